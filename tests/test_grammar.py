"""Grammar backends (NL410-NL415): Harper embedded, LanguageTool adapter."""

from __future__ import annotations

import os

import pytest

from conftest import at, lint
from newslint.checks import grammar
from newslint.checks.grammar import likely_typo, lt_matches_from_json
from newslint.config import Config
from newslint.engine import lint_string

GRAMMAR = ["NL410", "NL411", "NL412", "NL413", "NL414", "NL415"]


def _lt_config(url: str) -> Config:
    return Config(grammar="languagetool", languagetool_url=url, select=tuple(GRAMMAR))


def test_harper_finds_agreement_error_on_its_line():
    text = "The vote was close.\n\nHe don't support the new policy.\n"
    reports = lint(text, select=GRAMMAR, grammar="harper")
    assert at(reports, "NL410") == [3]
    assert reports[0].rule.category == "garbled-phrasing"
    assert reports[0].rule.name == "grammar-agreement"


def test_long_prose_is_linted_in_pieces_with_positions_kept():
    """Harper slows down more than linearly on long input; pieces must not move findings."""
    filler = "The council met on Tuesday and approved the budget for the coming year."
    paragraphs = [filler] * 120
    paragraphs[0] = paragraphs[77] = paragraphs[119] = "He don't support the new policy."
    text = "\n\n".join(paragraphs) + "\n"
    pieces = grammar.prose_pieces(text)
    assert len(pieces) > 2
    assert "".join(piece for _, piece in pieces) == text
    assert all(text.startswith(piece, base) for base, piece in pieces)
    reports = lint(text, select=GRAMMAR, grammar="harper")
    assert at(reports, "NL410") == [1, 155, 239]


def test_a_wall_of_text_without_blank_lines_is_still_cut():
    """A 5 MB paragraph in one Harper call ran for hours; it is cut after sentences."""
    text = "The council met on Tuesday and approved the budget. " * 2000
    pieces = grammar.prose_pieces(text)
    assert "".join(piece for _, piece in pieces) == text
    assert max(len(piece) for _, piece in pieces) <= grammar.HARPER_PIECE_CHARS
    assert all(piece.endswith(". ") for _, piece in pieces[:-1])


def test_harper_typo_gets_a_fix_but_names_and_british_spellings_do_not():
    text = (
        "Amodei told Jassy that Trainium and Inferentia chips ship from city centres.\n"
        "The council will recieve the report.\n"
    )
    reports = lint(text, select=GRAMMAR, grammar="harper")
    assert at(reports, "NL411") == [2]
    fix = reports[0].fix
    assert text[fix.start : fix.end] == "recieve" and fix.replacement == "receive"


def test_harper_false_alarms_on_edited_prose_are_filtered():
    text = (
        "The court issued a ruling after a hearing, and there was a unanimous vote.\n"
        "It was an historic day for Texas A & M; they had had enough of that.\n"
        "Across the WHO's European region, cases rose, the WHO and UNICEF said.\n"
        "The ministry published a roadmap for the rail network on Monday.\n"
    )
    assert lint(text, select=GRAMMAR, grammar="harper") == []


def test_harper_learner_errors_kept():
    text = "He made a research about the market.\nAn university closed.\nHe saw the the dog.\n"
    reports = lint(text, select=GRAMMAR, grammar="harper")
    assert sorted(r.location.line for r in reports) == [1, 2, 3]


def test_harper_sees_prose_only_and_skips_quotes():
    text = (
        "# Story\n\n"
        "```\nHe don't care about code.\n```\n\n"
        "\u201cHe don't care,\u201d the coach said.\n\n"
        "> They is wrong, a reader wrote.\n"
    )
    assert lint(text, "story.md", select=GRAMMAR, grammar="harper") == []


def test_grammar_off_reports_nothing():
    assert lint("He don't support the new policy.", select=GRAMMAR) == []


def test_missing_harper_yields_nothing(monkeypatch):
    monkeypatch.setattr(grammar, "harper_linter", lambda dialect=0: None)
    assert lint("He don't support the new policy.", select=GRAMMAR, grammar="harper") == []


def test_likely_typo_needs_a_much_commoner_close_spelling():
    assert likely_typo("recieve", "receive")
    assert not likely_typo("centres", "centers")  # a British spelling
    assert not likely_typo("finetune", "fine-tune")  # jargon
    assert not likely_typo("noopener", "opener")  # not one edit away
    assert not likely_typo("Jassy", "Sassy")  # a name


# A response in the format of LanguageTool's documented POST /v2/check answer.
TEXT = "She go to the market 🛒 to recieve bread. This are fine, its true."
LT_RESPONSE = {
    "software": {"name": "LanguageTool", "version": "6.4", "apiVersion": 1, "status": ""},
    "language": {"name": "English (US)", "code": "en-US"},
    "matches": [
        {
            "message": "The pronoun 'She' is usually used with a third-person verb: 'goes'.",
            "shortMessage": "Grammatical problem",
            "replacements": [{"value": "goes"}],
            "offset": 4,
            "length": 2,
            "context": {"text": TEXT, "offset": 4, "length": 2},
            "sentence": "She go to the market 🛒 to recieve bread.",
            "type": {"typeName": "Other"},
            "rule": {
                "id": "HE_VERB_AGR",
                "description": "Agreement error: third-person verb",
                "issueType": "grammar",
                "category": {"id": "GRAMMAR", "name": "Grammar"},
            },
        },
        {
            # after the emoji: LanguageTool counts UTF-16 units (the emoji is 2)
            "message": "Possible spelling mistake found.",
            "replacements": [{"value": "receive"}, {"value": "relieve"}],
            "offset": 27,
            "length": 7,
            "rule": {
                "id": "MORFOLOGIK_RULE_EN_US",
                "issueType": "misspelling",
                "category": {"id": "TYPOS", "name": "Possible Typo"},
            },
        },
        {
            "message": "Did you mean 'is'?",
            "replacements": [{"value": "is"}],
            "offset": 47,
            "length": 3,
            "rule": {
                "id": "THIS_NNS_VB_AGREEMENT",
                "issueType": "grammar",
                "category": {"id": "GRAMMAR", "name": "Grammar"},
            },
        },
        {
            "message": "Consider a shorter alternative.",
            "replacements": [],
            "offset": 0,
            "length": 3,
            "rule": {
                "id": "SOME_STYLE_RULE",
                "issueType": "style",
                "category": {"id": "STYLE", "name": "Style"},
            },
        },
    ],
}


def test_languagetool_json_is_mapped_to_stable_rules_and_code_points():
    matches = lt_matches_from_json(LT_RESPONSE, TEXT)
    got = [(m.rule_id, TEXT[m.start : m.end], m.replacement) for m in matches]
    assert got == [
        ("NL413", "go", "goes"),
        ("NL411", "recieve", "receive"),
        ("NL410", "are", "is"),
    ]


def test_languagetool_backend_reports_on_lines(monkeypatch):
    text = "# Headline here\n\nShe go to the market 🛒 to recieve bread. This are fine, its true.\n"

    def fake_remote(prose, url, language, timeout=30.0):
        assert url == "http://localhost:8081" and language == "en-US"
        assert prose == TEXT  # prose only, markup and headings stripped
        return LT_RESPONSE

    monkeypatch.setattr(grammar, "lt_check_remote", fake_remote)
    reports = lint_string(text, "story.md", _lt_config("http://localhost:8081"))
    assert sorted((r.rule.id, r.location.line) for r in reports) == [
        ("NL410", 3),
        ("NL411", 3),
        ("NL413", 3),
    ]


def test_unreachable_languagetool_is_not_a_crash(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("connection refused")

    monkeypatch.setattr(grammar, "lt_check_remote", refuse)
    assert lint_string("She go home.", "a.txt", _lt_config("http://localhost:9")) == []


def test_languagetool_without_server_or_install_reports_nothing(monkeypatch, tmp_path):
    monkeypatch.setenv("LTP_PATH", str(tmp_path))  # no local install there
    grammar._local_languagetool.cache_clear()
    assert lint_string("She go home.", "a.txt", _lt_config("")) == []


@pytest.mark.languagetool
@pytest.mark.skipif(not os.environ.get("NEWSLINT_LT_URL"), reason="NEWSLINT_LT_URL not set")
def test_live_languagetool_server():
    config = _lt_config(os.environ["NEWSLINT_LT_URL"])
    reports = lint_string("She go to the market every morning.", "a.txt", config)
    assert at(reports, "NL410") + at(reports, "NL413") == [1]


def test_a_prefix_on_a_common_word_is_a_coinage_not_a_typo():
    # planning and tech coinages: prefix + common word of five letters or more
    assert not likely_typo("upzoning", "uploading")
    assert not likely_typo("rezonings", "reasonings")
    # misspellings leave no common word behind the prefix ("till" is too short)
    assert likely_typo("untill", "until")
    assert likely_typo("recieve", "receive")
    assert likely_typo("unecessary", "unnecessary")


def test_world_english_words_are_not_typos():
    # established in some English: wordfreq counts them at Zipf 3.1 or more
    assert not likely_typo("lakh", "lake")
    assert not likely_typo("crore", "core")
    assert not likely_typo("dreamt", "dream")
    # rarer regional words, listed: Harper proposes a common word one edit away
    assert not likely_typo("taluk", "talk")
    assert not likely_typo("marae", "mare")
    assert not likely_typo("bogan", "began")
    # real misspellings are still typos
    assert likely_typo("recieve", "receive")
    assert likely_typo("untill", "until")
    assert likely_typo("goverment", "government")


def test_indian_english_review_has_no_spelling_finding():
    text = (
        "Review\n\n"
        "The phone sold two lakh units in its first week, and the maker expects sales of "
        "Rs 500 crore this year. Buyers in every taluk can order it online.\n"
    )
    assert at(lint(text, select=["NL411"], grammar="harper"), "NL411") == []
    typo = "Review\n\nBuyers will recieve the phone next week.\n"
    assert at(lint(typo, select=["NL411"], grammar="harper"), "NL411") == [3]


def test_harper_idiom_rules_that_misread_news_copy_are_off():
    """ "made changes to his defence" (a team's) and predicative "out of date" are English."""
    text = (
        "The coach made changes to his defence at half-time.\n\n"
        "Team-mates rushed to her defense after the match.\n\n"
        "The figures in this table may be out of date.\n"
    )
    assert lint(text, select=GRAMMAR, grammar="harper") == []
