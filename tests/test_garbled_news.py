"""Spun news terms that no list names (NL402), and the RE2 prefilter of NL403-NL407."""

from __future__ import annotations

import re

import pytest

from conftest import at, lint
from newslint.checks import garbled
from newslint.garbledata import news_terms
from newslint.garbledata.spun import PACKED, SPUN

SPUN_NEWS = [
    # term family: a spinner's substitute for the head after any modifier of the family
    ("The firm's vitality area revenue fell sharply this year.", "energy sector"),
    ("Telecom area stocks rallied on Tuesday.", "telecom sector"),
    ("The monetary area regulator fined three lenders.", "monetary sector"),
    ("The wellbeing priest issued new guidance on Friday.", "health minister"),
    # common-word substitutes are generated too, not only rare ones
    ("The resistance party won the most seats.", "opposition party"),
    ("The team's head mentor was fired after the defeat.", "head coach"),
    ("The online stage removed the posts within an hour.", "online platform"),
    ("The woman reported the personality theft to police.", "identity theft"),
    ("Understudy credits will be forgiven under the plan.", "student loans"),
    ("The unfamiliar clergyman flew to Paris for talks.", "foreign minister"),
    ("Police said violent wrongdoing rose 8 percent last year.", "violent crime"),
    ("Regional lenders face stricter capital necessities.", "capital requirements"),
    # legal and election terms (a held-out set's misses, in new sentences)
    ("Queues formed outside surveying depots before dawn.", "polling stations"),
    ("The bill passed by a larger part vote on Monday.", "majority vote"),
    ("Jurors must be sure beyond sensible uncertainty.", "reasonable doubt"),
]


@pytest.mark.parametrize(("sentence", "term"), SPUN_NEWS)
def test_spun_news_term_found_once_with_its_fix(sentence, term):
    reports = lint(f"Headline\n\n{sentence}\n", select=["NL402"])
    assert at(reports, "NL402") == [3]  # one finding per phrase, on its line
    assert reports[0].rule.category == "garbled-phrasing"
    assert reports[0].fix is not None and reports[0].fix.replacement.lower() == term


@pytest.mark.parametrize(
    ("sentence", "fixed"),
    [
        ("Oil organizations reported record profits.", "Oil companies"),
        ("The factory's steel creation fell 5 percent.", "steel production"),
        ("Creation fell for a third month at the plant.", "production fell"),
        ("The firm posted a yearly misfortune of $3 billion.", "annual loss"),
        ("Congress must raise the obligation ceiling by June.", "debt ceiling"),
        ("The bloc agreed new assents against the regime.", "sanctions against"),
    ],
)
def test_news_signatures_need_a_marking_neighbour(sentence, fixed):
    reports = lint(sentence + "\n", select=["NL401", "NL402"])
    assert len(reports) == 1
    assert reports[0].fix.replacement.lower() == fixed.lower()


CLEAN_NEWS = """\
Energy costs rose again in March, and military assistance to the region was delayed.
The bus depot and the new charging depots opened; guilt beyond reasonable doubt.

Health authorities said data security at public hospitals had improved, and the
board of supervisors met in the House of Delegates chamber in Richmond.

Mortgage holders face higher loan costs. The power network was restored after the
storm, officials said, calling the outbreak a public health crisis.

The league leaders won again. Job offers rose in May; content creation, job creation
and media organizations were the talk of the conference. Offers of help poured in.

Police brutality and financial wrongdoing were on the agenda, along with the legal
framework for public areas and private areas of the park.

The creation of the fund was announced on Monday, and his annual benefit payment
rose. The net benefit to consumers is small, the report said.
"""


def test_ordinary_news_english_stays_clean():
    reports = lint(CLEAN_NEWS, select=["NL401", "NL402", "NL405"])
    assert [(r.location.line, r.message) for r in reports] == []


def test_generated_table_skips_ordinary_english_and_pack_entries():
    ordinary = {" ".join(o.replace("-", " ").split()) for o in news_terms.ORDINARY}
    assert not ordinary & SPUN.keys()
    assert not PACKED & SPUN.keys()
    assert SPUN["energy area"] == "energy sector"
    assert "military assistance" not in SPUN  # every swap a plain synonym


def test_spun_phrase_from_the_pack_gets_no_second_finding():
    reports = lint("The ransomware assault crippled hospitals.\n", select=["NL401", "NL402"])
    assert [r.rule.id for r in reports] == ["NL401"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor declared a highly sensitive situation after the flood.",
        "The striker scored a cap stunt in the final.",
        "Voters head to the surveys on Sunday.",
    ],
)
def test_new_pack_pairs(sentence):
    assert at(lint(sentence + "\n", select=["NL401"]), "NL401") == [1]


# --- the RE2 prefilter of the structural patterns -----------------------------------

PATTERN_TEXTS = [
    "Cloud vendors are become more and more intermediaries.",
    "AI has ceased to exist as an experimental concept.",
    "The price cuts rendered them to be appealing among young buyers.",
    "They made him to apologize. The company can tell that AWS helps.",
    "The chart visualizes how prices moved. Detach the civil uses of AI of the rest.",
    "He is capable to win and must comply to the rules; she emphasized on costs.",
    "There's a few layers. Each of the players have a contract. One of the reasons are.",
    "Between you and I, it was fine. Me and my friend went. He doesn't has time.",
    "I look forward to hear from you. I live here since 2010. We must to finish.",
    "He can't to come. I am born in May. I enjoyed to visit. Many people thinks so.",
    "There were less friends. The news are bad. The number of cars have risen.",
    "The price of houses are high. Much people came. They gave advices and equipments.",
    "Despite of the rain, it depends of the weather; in the other hand, he is aware about it.",
    "Ünïcödé text — “quoted” café: he was afraid from dogs and consisted from parts.",
]


def test_prefilter_never_drops_a_pattern_that_matches():
    for text in PATTERN_TEXTS:
        candidates = set(garbled._candidates(text))
        for index, (_, rx, _) in enumerate(garbled.PATTERNS):
            if rx.search(text):
                assert index in candidates, (text, rx.pattern[:60])


def test_prefilter_source_drops_lookarounds_only():
    rx = re.compile(r"(?:^|(?<=[.!?]\s))Me\s+and\s+(?!the\b)\w+(?=[,.])", re.I)
    assert garbled._prefilter_source(rx) == r"(?i)(?:^|)Me\s+and\s+\S+"


# Second round: consumer tech, results and markets, central banking, travel, entertainment.
SPUN_NEWS_2 = [
    ("The innovation goliath reported a record quarter.", "tech giant"),
    ("Its most recent leader mobile phone sold out within hours.", "latest flagship smartphone"),
    ("The drug monster cut prices in three countries.", "drug giant"),
    ("The company held its yearly send off occasion on Tuesday.", "annual launch event"),
    ("Crowds gathered near the dispatch pad before dawn.", "launch pad"),
    ("Sales of the smash hit drug doubled last year.", "blockbuster drug"),
    ("The bank cut rates by 50 premise focuses.", "basis points"),
    ("Exchanging volume was thin before the holiday.", "trading volume"),
    ("Fares at the spending plan airline rose 12 percent.", "budget airline"),
    ("She suffered from jet slack after the trip.", "jet lag"),
]


@pytest.mark.parametrize(("sentence", "term"), SPUN_NEWS_2)
def test_second_round_spun_terms(sentence, term):
    reports = lint(f"Headline\n\n{sentence}\n", select=["NL401", "NL402"])
    assert at(reports, "NL402") == [3]
    assert reports[0].fix.replacement.lower() == term


@pytest.mark.parametrize(
    ("sentence", "found", "fixed"),
    [
        (
            "Revenue surpassed the desires of market analysts.",
            "surpassed the desires",
            "surpassed the expectations",
        ),
        ("Profit beat Wall Street assumptions.", "beat Wall Street assumptions", None),
        ("Examiners anticipate a rebound next year.", "Examiners anticipate", None),
        ("Market examiners see more cuts.", "Market examiners", "Market analysts"),
    ],
)
def test_verb_and_analyst_signatures(sentence, found, fixed):
    reports = lint(sentence + "\n", select=["NL401", "NL402"])
    assert len(reports) == 1 and found in reports[0].message
    if fixed:
        assert reports[0].fix.replacement == fixed


def test_marked_down_after_a_verb_of_going_is_the_pack_entry():
    reports = lint("The console will go marked down in May.\n", select=["NL401", "NL402"])
    assert [r.rule.id for r in reports] == ["NL401"]
    assert reports[0].fix.replacement == "go on sale"


CLEAN_NEWS_2 = """\
The goods will be marked down after the holidays, and the phone goes on sale on Friday.

She exceeded the assumptions of her own model and met the desires of her clients.

He is a brilliant speaker and keeps a keen watch on the markets; the dispatch date is Monday.

Examiners at the patent office rejected the application. The official send-off was moving.

The smash hit film topped the charts, and an exploration firm found gas offshore.

Emerging innovation and the next big innovation were discussed by a business pioneer.
"""


def test_second_round_ordinary_english_stays_clean():
    reports = lint(CLEAN_NEWS_2, select=["NL401", "NL402", "NL405"])
    assert [(r.location.line, r.message) for r in reports] == []
