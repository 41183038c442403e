"""Garbled phrasing (NL401-NL407): tortured phrases, spun terms, broken constructions."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import re2

from conftest import ROOT, SEEDS, at, lint, rules_of
from newslint.checks.garbled import spun_table

CLEAN = Path(__file__).resolve().parent / "corpus" / "garbled" / "clean"
GARBLED = ["NL401", "NL402", "NL403", "NL404", "NL405", "NL406", "NL407"]


def test_tortured_phrases_found_with_line_category_and_fix():
    text = (
        "Banks are betting on counterfeit consciousness.\n"
        "\n"
        "Profound learning models now read loan files, and neural organizations\n"
        "trained on colossal information flag fraud.\n"
    )
    reports = lint(text, select=["NL401"])
    assert at(reports, "NL401") == [1, 3, 3, 4]
    assert {r.rule.category for r in reports} == {"garbled-phrasing"}
    fixes = {text[r.fix.start : r.fix.end]: r.fix.replacement for r in reports if r.fix}
    assert fixes["counterfeit consciousness"] == "artificial intelligence"
    assert fixes["Profound learning"] == "Deep learning"  # case kept
    assert fixes["neural organizations"] == "neural networks"  # plural kept
    assert fixes["colossal information"] == "big data"


def test_tortured_phrase_across_a_line_break_and_in_markdown():
    text = "# Markets\n\nThe *top state leader* met the top managerial\nstaff on Monday.\n"
    reports = lint(text, "story.md", select=["NL401"])
    assert at(reports, "NL401") == [3, 3]


def test_tortured_pack_leaves_ordinary_words_alone():
    text = (
        "Police broke up a counterfeit ring. The judge showed profound knowledge of the law.\n"
        "The social media company uses deep learning and big data.\n"
    )
    assert lint(text, select=["NL401", "NL402"]) == []


def test_pack_keys_compile_and_differ_from_their_fix():
    pack = (ROOT / "rules" / "tortured-phrases.yaml").read_text(encoding="utf-8")
    pairs = re.findall(r"^\s+'(.+?)': '(.+?)'$", pack, re.M)
    assert len(pairs) >= 500
    for key, value in pairs:
        re2.compile(key)
        assert key.lower() != value.lower()


def test_spun_term_generated_beyond_the_pack():
    text = "Advertisers target users on gregarious networking sites.\nSales of savvy phones fell.\n"
    reports = lint(text, select=["NL402"])
    assert at(reports, "NL402") == [1, 2]
    fixes = sorted(r.fix.replacement for r in reports if r.fix)
    assert fixes == ["smart phones", "social networking"]
    assert len(spun_table()) > 500


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        ("Cloud vendors are become more and more intermediaries.", "NL403"),
        ("AI has ceased to exist as an experimental concept.", "NL403"),
        ("These features have rendered them to be appealing to buyers.", "NL403"),
        ("The company can tell that the unit is for sale.", "NL403"),
        ("The merger visualizes how fast the sector is changing.", "NL403"),
        ("The plan would detach military uses of AI of civilian ones.", "NL403"),
        ("She made him to apologize in public.", "NL403"),
        ("The offer is appealing among young buyers.", "NL404"),
        ("The firm is capable to meet demand.", "NL404"),
        ("Clients want AI-soothed decision-making tools.", "NL405"),
        ("Companies employ various templates to carry out various activities.", "NL406"),
        ("There's a few layers to unpack here.", "NL407"),
        ("My sister can speaks three languages.", "NL407"),
        ("Each of the players have a contract.", "NL407"),
        ("It depend on the weather.", "NL407"),
        ("I look forward to hear from you.", "NL407"),
        ("He doesn't has enough money.", "NL407"),
        ("Does he likes football?", "NL407"),
    ],
)
def test_constructions_found(sentence, rule):
    reports = lint(f"Intro line.\n\n{sentence}\n", select=GARBLED)
    assert at(reports, rule) == [3], [(r.rule.id, r.message) for r in reports]
    assert all(r.rule.category == "garbled-phrasing" for r in reports)


@pytest.mark.parametrize(
    "sentence",
    [
        "Cloud vendors are becoming intermediaries.",
        "All the union wants to do is make its case.",
        "AI is no longer an experimental concept.",
        "The company said the unit is for sale.",
        "The map shows how fast the sector is changing.",
        "She made it to the final and let him go.",
        "Did it depend on the weather?",
        "Officials insisted that he remain in post.",
        "The offer is appealing to young buyers and popular among students.",
        "A cash-strapped, war-ravaged town bought AI-powered, state-owned tools.",
        "Different people have different views.",
        "There are a few layers, and there's a lot of work.",
        "One of the players who are injured will miss the match.",
        "Each of the players has a contract.",
        "The chart visualises data from 2019.",
    ],
)
def test_correct_english_stays_clean(sentence):
    assert lint(sentence, select=GARBLED) == []


def test_quoted_speech_is_not_corrected():
    text = "\u201cThere's a few things we need to fix,\u201d the mayor said.\n"
    assert lint(text, select=GARBLED) == []


def test_seed_000_garbled_lines_found():
    text = (SEEDS / "000_cb3101b0aeb73b03.txt").read_text(encoding="utf-8")
    lines = {r.location.line for r in lint(text, select=GARBLED)}
    assert {5, 13, 15, 23, 33, 37} <= lines


def test_clean_news_corpus_under_one_finding_per_thousand_words():
    files = sorted(CLEAN.glob("*.md"))
    assert len(files) >= 8
    words = findings = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        words += len(text.split())
        reports = lint(text, path.name, select=["NL4"], grammar="harper")
        findings += len(reports)
        assert rules_of(reports) <= set(), f"{path.name}: {[r.message for r in reports]}"
    assert words > 3000
    assert 1000 * findings / words <= 1.0
