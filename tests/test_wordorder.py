"""Scrambled word order (NL408) and spelling lints on foreign words (NL411).

NL408 flags three constructions machine translation from verb-final or topic-first
languages leaves behind: two modals in a row, a participle stranded at the end of
its clause after a long adverbial, and an object fronted before its subject and
picked up again by a pronoun. The Harper adapter no longer reports spelling on words
with diacritics (foreign words) or on currency subunits ("toea"). Sentences written
for these tests, not taken from any held-out article."""

from __future__ import annotations

import pytest

from conftest import at, lint
from newslint.checks.grammar import likely_typo

SCRAMBLED = [
    # two modals in a row
    "Companies that miss the deadline will not can bid for the contract.",
    "The agency said that the ministers should must sign the order first.",
    "Farmers would can sell the maize only through the board.",
    "Schools won't can open until the roof is repaired.",
    # a participle stranded after a long adverbial
    "The price of rice had over the past two years by almost a third fallen.",
    "Turnout has in every election since 2010 by several points declined.",
    "Exports have during the first half of the year to record levels climbed.",
    # an object fronted before subject and verb, picked up by a pronoun
    "The audit found that the ministry the funds it received had not accounted for.",
    "Residents complained after the council the roads it had promised never repaired.",
    "Officials said that the regulator the licences they issued would now review.",
]

CLEAN = [
    "Let us agree that our good will must be dedicated to great goals.",
    "The popular will can be slow to form, she said.",
    "The smaller the town, the friendlier the people it welcomes.",
    "The more the agency spends, the less the public it serves trusts it.",
    "Prices had since fallen by more than a fifth in nominal terms.",
    "The grant had risen by more than a fifth since 2020.",
    "He had to add two more shifts because of the business it created.",
    "They had in fact said that the plan was fair.",
    "The report the committee commissioned was published on Monday.",
    "The board gave the contractor the trucks it had asked for.",
    "The plan is dead, said the minister the day he resigned.",
    "It rained, and the team the way it always does played on.",
    "Outlets may not be able to receive state advertising in May.",
    "Can May rains save the harvest? Will June be drier?",
]


@pytest.mark.parametrize("sentence", SCRAMBLED)
def test_scrambled_word_order_is_flagged(sentence):
    assert at(lint(f"Headline\n\n{sentence}\n", select=["NL408"]), "NL408") == [3], sentence


@pytest.mark.parametrize("sentence", CLEAN)
def test_ordinary_word_order_is_not_flagged(sentence):
    assert at(lint(f"Headline\n\n{sentence}\n", select=["NL408"]), "NL408") == [], sentence


def test_quoted_speech_and_headings_are_left_alone():
    text = (
        "# The board the money it lost will not can recover\n\n"
        '"We will not can pay them," the mayor said.\n'
    )
    assert at(lint(text, "article.md", select=["NL408"]), "NL408") == []


def test_finding_names_the_construction():
    reports = lint("Headline\n\nThe fund had since 2019 by nearly half in value shrunk.\n")
    [report] = [r for r in reports if r.rule.id == "NL408"]
    assert "had since 2019 by nearly half in value shrunk" in report.message
    assert report.rule.category == "garbled-phrasing"


def test_words_with_diacritics_are_foreign_not_typos():
    assert not likely_typo("région", "region")
    assert not likely_typo("réservés", "reserves")
    assert likely_typo("recieve", "receive")  # plain ASCII slips are still reported


def test_currency_subunits_are_not_typos():
    text = "Headline\n\nFuel rose 12 toea a litre, and bread 50 tetri a loaf.\n"
    assert at(lint(text, select=["NL411"], grammar="harper"), "NL411") == []


def test_foreign_words_in_english_copy_are_not_spelling_errors():
    text = "Headline\n\nThe notice read: Tous droits réservés, with results région par région.\n"
    assert at(lint(text, select=["NL411"], grammar="harper"), "NL411") == []
