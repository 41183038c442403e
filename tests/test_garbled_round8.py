"""Eighth round of garbled phrasing: spun fintech, identity, energy and labour copy.

NL402 now covers more source collocations and term families (payments, wallets,
identity systems, consumer and rights groups, state ownership, venture capital,
early warning, rooftop solar, incentive schemes, farm-gate prices, "trading" and
"jobs" signatures); NL403 catches "completed outside the top ten"; the Harper adapter
drops agreement lints on past tenses spelled like the base form ("she beat") and
spelling lints on currency names ("reais"). Sentences written for these tests, not
taken from any held-out article."""

from __future__ import annotations

import pytest

from conftest import at, lint

SPUN = [
    # variants no earlier table held, in collocations other than the missed ones
    "The bank launched a versatile wallet for farmers in the north.",
    "Regulators capped fees on portable installments last year.",
    "Two shopper bunches criticised the price rise on Friday.",
    "The firm raised $40 million from a hazard capital firm in Nairobi.",
    "Officials said the public recognizable proof framework will go live in May.",
    "The ministry rolled out an early admonition system for floods.",
    "Cocoa farm entryway prices rose for a third season.",
    "The utility subsidises housetop solar boards for poorer households.",
    "Three state claimed companies will be listed on the exchange.",
    "The regulator fined the lender over weak extortion location controls.",
    "The startup trains machine acquiring models on call-centre recordings.",
    "Shortages in the provide chain delayed deliveries of the new model.",
    "The company is refinancing its long haul obligation this year.",
    "The scheme replaces a pay-as-you-proceed pension with personal accounts.",
    "Makers qualify for the creation connected motivating force plan.",
    "The platform's exchange esteem doubled in the first quarter.",
]


@pytest.mark.parametrize("sentence", SPUN)
def test_spun_collocations_of_the_class(sentence):
    assert at(lint(f"Headline\n\n{sentence}\n", select=["NL402"]), "NL402") == [3], sentence


CLEAN = [
    # the established terms, and ordinary phrases built from the same substitutes
    "The bank launched a mobile wallet for farmers in the north.",
    "Consumer groups and rights groups criticised the price rise.",
    "The chief administrative officer presented the budget on Monday.",
    "The water provides a habitat for rare fish, and the money provides a cushion.",
    "The state claimed that the land had never been sold.",
    "The family possessed a small farm outside the town.",
    "Community gatherings and business gatherings resumed after the lockdown.",
    "The resistance groups met in secret during the occupation.",
    "He signed an administrative order on Tuesday.",
    "Prices in exchange value terms fell, and exchange volumes were thin.",
    "The inaugural ceremony was held on the opening day of the festival.",
    "A specialist network of clinics treats the condition.",
    "The head priest led the service.",
    "Long-haul growth slowed as airlines cut routes to Asia.",
    "Most workers change occupations twice, and the census lists 200 occupations.",
    "Trading volume rose in early trading on Monday.",
]


@pytest.mark.parametrize("sentence", CLEAN)
def test_established_terms_and_ordinary_phrases_stay_clean(sentence):
    assert at(lint(f"Headline\n\n{sentence}\n", select=["NL402"]), "NL402") == [], sentence


def test_trading_and_jobs_signatures():
    text = (
        "Headline\n\nShares rose 3% in early exchanging on Monday.\n\n"
        "The reform could cut two million occupations, unions said.\n"
    )
    assert at(lint(text, select=["NL402"]), "NL402") == [3, 5]


PLACINGS = [
    "The favourite completed outside the top ten after a slow start.",
    "She completed in the top three for the second year running.",
]


@pytest.mark.parametrize("sentence", PLACINGS)
def test_completed_for_finished_in_a_placing(sentence):
    assert at(lint(f"Headline\n\n{sentence}\n", select=["NL403"]), "NL403") == [3], sentence


CLEAN_PLACINGS = [
    "The favourite finished outside the top ten after a slow start.",
    "She completed the course in the top 10 percent of her class.",
    "The firm completed in the top 5% of bidders, the audit found.",
]


@pytest.mark.parametrize("sentence", CLEAN_PLACINGS)
def test_finished_and_completed_work_stay_clean(sentence):
    assert at(lint(f"Headline\n\n{sentence}\n", select=["NL403"]), "NL403") == [], sentence


def test_harper_does_not_flag_a_past_tense_spelled_like_the_base():
    text = "Headline\n\nShe beat the champion in round eight. He forecast a loss in May.\n"
    assert at(lint(text, select=["NL410"], grammar="harper"), "NL410") == []


def test_harper_still_flags_a_bare_verb_after_a_pronoun():
    text = "Headline\n\nHe walk to the office every day.\n"
    assert at(lint(text, select=["NL410"], grammar="harper"), "NL410") == [3]


def test_currency_names_are_not_spelling_slips():
    text = "Headline\n\nThe bank earned 1.1 billion reais and 40 million cedis in the half.\n"
    assert at(lint(text, select=["NL411"], grammar="harper"), "NL411") == []
