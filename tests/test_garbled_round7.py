"""Seventh round of garbled phrasing: machine-paraphrased business and technology copy.

Agreement after a plural subject and "it is aim to" (NL407, NL403), "in excess of ...
ago" (NL403), and spun business collocations (NL402: funding rounds, recurring revenue,
latency, data sovereignty, buy now pay later, chip packaging). Sentences written for
these tests, not taken from any held-out article."""

from __future__ import annotations

import pytest

from conftest import at, lint

AGREEMENT = [
    "Analysts say the retail investors is expecting a second payout.",
    "The new subscribers is growing faster than planned.",
    "In May the two ministries was still negotiating the budget.",
]


@pytest.mark.parametrize("sentence", AGREEMENT)
def test_plural_subject_with_singular_progressive(sentence):
    assert at(lint(f"Headline\n\n{sentence}\n", select=["NL407"]), "NL407") == [3], sentence


CLEAN_AGREEMENT = [
    "One of the players is leaving the club in June.",
    "Each of the teams is hoping for a home draw.",
    "The news is spreading quickly across the region.",
    "The series is returning for a third season.",
    "The customers are expecting refunds this week.",
    "The results of the tests is nothing new, he said, mangling the line on purpose.",
]


@pytest.mark.parametrize("sentence", CLEAN_AGREEMENT)
def test_singular_heads_and_of_phrases_stay_clean(sentence):
    assert at(lint(f"Headline\n\n{sentence}\n", select=["NL407"]), "NL407") == [], sentence


def test_is_aim_to_is_garbled():
    text = "Headline\n\nThe lender, which it is aim to double its loan book, said so.\n"
    assert at(lint(text, select=["NL403"]), "NL403") == [3]
    clean = "Headline\n\nIts aim is to double the loan book. The lender plans to grow.\n"
    assert at(lint(clean, select=["NL403"]), "NL403") == []


def test_in_excess_of_years_ago():
    text = "Headline\n\nThe bakery has traded here in excess of forty years ago.\n"
    assert at(lint(text, select=["NL403"]), "NL403") == [3]
    clean = (
        "Headline\n\nThe bakery opened more than forty years ago. Costs were in excess "
        "of 20 million. It has traded for in excess of forty years.\n"
    )
    assert at(lint(clean, select=["NL403"]), "NL403") == []


SPUN_BUSINESS = [
    ("The lender closed a Series C subsidizing round last week.", "funding round"),
    ("Its repeating income doubled in a year.", "recurring revenue"),
    ("The new region promises lower inactivity for gamers.", "lower latency"),
    ("Banks worry about information sway when data leaves the country.", "data sovereignty"),
    ("Shoppers can purchase currently, pay later at the till.", "buy now pay later"),
    ("The plant will do progressed chip bundling for export.", "advanced chip packaging"),
    ("The app lets users pay in four equivalent parcels.", "equal instalments"),
    ("It runs a chatbot that replaces client help specialists.", "customer support agents"),
]


@pytest.mark.parametrize(("sentence", "term"), SPUN_BUSINESS)
def test_spun_business_collocations(sentence, term):
    reports = lint(f"Headline\n\n{sentence}\n", select=["NL402"])
    assert at(reports, "NL402") == [3], sentence
    assert term in reports[0].message


CLEAN_BUSINESS = [
    "The funding round was led by a pension fund.",
    "Recurring revenue rose and latency fell after the upgrade.",
    "The joint endeavor ended with a pay increase for all staff.",
    "The bank sought administrative approval for the cloud processing contract.",
    "The purchase, currently on hold, will be paid later this year.",
    "Help specialists at the library answer questions by phone.",
]


@pytest.mark.parametrize("sentence", CLEAN_BUSINESS)
def test_ordinary_business_phrases_stay_clean(sentence):
    reports = lint(f"Headline\n\n{sentence}\n", select=["NL402", "NL403", "NL407"])
    assert reports == [], [r.message for r in reports]
