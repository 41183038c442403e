"""Sixth round of garbled phrasing: spun institution names found without a list of
names (NL402), and grammar-backend precision on real copy (NL411 spelling of derived,
compound, regional and borrowed words; NL413 articles before letters and
abbreviations). Sentences written for these tests, not taken from any held-out
article."""

from __future__ import annotations

import pytest

from conftest import at, lint
from newslint.checks.grammar import likely_typo

SPUN_NAMES = [
    ("The Australian Rivalry and Purchaser Commission fined the carrier.", "Competition"),
    ("The Preeminent Court of Allure dismissed the case on Friday.", "Supreme Court of Appeal"),
    ("The Federal Vitality Regulatory Commission approved the line.", "Energy"),
    ("He complained to the Unfamiliar Affairs Ministry in Delhi.", "Foreign Affairs"),
    ("The Purchaser Protection Bureau opened an inquiry.", "Consumer Protection Bureau"),
]


@pytest.mark.parametrize(("sentence", "word"), SPUN_NAMES)
def test_spun_institution_names(sentence, word):
    reports = lint(f"Headline\n\n{sentence}\n", select=["NL402"])
    assert at(reports, "NL402") == [3], sentence
    assert word in reports[0].message


CLEAN_NAMES = [
    "The Australian Competition and Consumer Commission fined the carrier.",
    "The Supreme Court of Appeal dismissed the case on Friday.",
    "The Court of Common Pleas sat on Monday.",
    "The Diversified Growth Stock Fund rose 2 per cent.",
    "The Office of Minerals Exploration paid for the survey.",
    "The Health and Wellbeing Board meets in March.",
    "The Privileges Committee will hear the complaint.",
    "Halcyon Bank and Bluepeak Telecom agreed a deal.",
    "Rivalry between the two boards grew after the vote.",  # not a name
]


@pytest.mark.parametrize("sentence", CLEAN_NAMES)
def test_real_institution_names_stay_clean(sentence):
    assert at(lint(f"Headline\n\n{sentence}\n", select=["NL402"]), "NL402") == []


REAL_WORDS = [
    ("rebook", "reboot"),  # a prefix on a four-letter verb
    ("corporator", "corporate"),  # Indian English: a city councillor
    ("leaguer", "league"),  # a derivational ending
    ("countian", "contain"),
    ("anteriors", "anterior"),
    ("righthander", "right-hand"),  # a closed compound
    ("graf", "grab"),  # the newsroom's word for a paragraph
    ("broking", "booking"),  # British for brokering
    ("maund", "mound"),  # a South Asian unit of weight
]


@pytest.mark.parametrize(("word", "suggestion"), REAL_WORDS)
def test_built_and_regional_words_are_not_typos(word, suggestion):
    assert not likely_typo(word, suggestion)


@pytest.mark.parametrize(
    ("word", "suggestion"),
    [
        ("recieve", "receive"),
        ("severly", "severely"),
        ("untill", "until"),
        ("finaly", "finally"),  # a single letter where a double belongs
        ("wholy", "wholly"),
        ("adminstration", "administration"),
        ("preceeded", "preceded"),
        ("arguement", "argument"),
        ("makeing", "making"),
        ("begining", "beginning"),
    ],
)
def test_slips_stay_typos(word, suggestion):
    assert likely_typo(word, suggestion)


GRAMMAR = ["NL411", "NL413"]


@pytest.mark.parametrize(
    "sentence",
    [
        "He bought bric-a-brac and papier-mache at the fair.",  # parts of a compound
        "The envoy was a bete noire of the regime.",  # two rare words side by side
        "It was a mano a mano contest on the back nine.",  # a repeated borrowed word
        "Staff are paid a per diem of $40.",
        "Leading scores: 274 F Lindqvist (Swe) 70 69; 277 A Okafor (Eng) 69 67.",
        "The talks between F & A and the union broke down.",
        "He served as an Sp 4 before college.",
        "She signed an MoU with the port authority.",
        "The big righthander struck out nine.",
        "Former corporator Rahul Shinde spoke at the meeting.",
        "The airline helped passengers rebook flights.",
        "Buyers will watch the season closely, since a weak harvest would empty the reserve.",
    ],
)
def test_grammar_backend_leaves_real_copy_alone(sentence):
    assert lint(f"{sentence}\n", select=GRAMMAR, grammar="harper") == []


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        ("The driver was severly injured in the crash.", "NL411"),
        ("The council will recieve the report on Monday.", "NL411"),
        ("It was an unique event for the town.", "NL413"),
        ("He is a honest broker in the talks.", "NL413"),
        ("He has lived here since three years.", "NL413"),
        ("The towers reflect signals and create skywave intereference.", "NL411"),
    ],
)
def test_grammar_backend_still_reports_slips(sentence, rule):
    assert at(lint(f"{sentence}\n", select=GRAMMAR, grammar="harper"), rule) == [1]


def test_institution_substitutes_are_telling_and_never_name_words():
    from wordfreq import zipf_frequency

    from newslint.garbledata.institutions import NAME_WORDS, SUBSTITUTES, TELLING_BELOW

    for sub, word in SUBSTITUTES.items():
        assert zipf_frequency(sub, "en") < TELLING_BELOW, sub
        assert sub not in NAME_WORDS and word in NAME_WORDS, sub
