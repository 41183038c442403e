"""NL301 on definite restatements: 'the 40,000 trees' after '50,000 trees'."""

from __future__ import annotations

import pytest

from conftest import at, lint


@pytest.mark.parametrize(
    ("first", "later"),
    [
        (
            "The city will plant 50,000 trees by 2030.",
            "Once complete, the 40,000 trees will cool streets.",
        ),
        (
            "The budget sets aside £4.2 million for road repairs.",
            "The £4.5 million road repair fund starts in May.",
        ),
        (
            "A magnitude 6.8 earthquake struck the region.",
            "The 6.3-magnitude quake was followed by aftershocks.",
        ),
        (
            "The side reached the final after a 3-1 win on Saturday.",
            "The 2-1 win means they face Eastport.",
        ),
        (
            "SkyLink will launch five new routes in June.",
            "The manager said the four new routes would add 30 jobs.",
        ),
        (
            "Walkers had a 23% lower risk of heart attack.",
            "The 32% reduction in risk held for men and women.",
        ),
    ],
)
def test_definite_restatement_with_another_value(first: str, later: str) -> None:
    reports = lint(f"{first}\n\n{later}\n", "a.txt", select=["NL301"])
    assert at(reports, "NL301") == [3]
    assert reports[0].rule.category == "inconsistent-figure"
    assert "refers back" in reports[0].message


@pytest.mark.parametrize(
    ("first", "later"),
    [
        (
            "The city will plant 50,000 trees by 2030.",
            "Once complete, the 50,000 trees will cool streets.",
        ),
        (
            "Three companies bid for the contract.",
            "The two companies that remained were asked for offers.",
        ),
        (
            "About 120 people were evacuated.",
            "Police said the 30 people arrested would appear in court.",
        ),
        (
            "The ranking covers the 20 largest banks.",
            "Of those, the 10 largest banks hold most deposits.",
        ),
        (
            "The city adopted a five-year plan in 2019.",
            "The three-year deal signed this week replaces it.",
        ),
        (
            "The council gave $4 million for parks last year.",
            "This year the $5 million parks budget adds two playgrounds.",
        ),
        ("Rovers scored 3 goals on Saturday.", "Their other 2 goals this season came in April."),
        (
            "Ford said the strike cost $53 million.",
            "Analysts estimated the $66 million strike cost differently.",
        ),
    ],
)
def test_consistent_or_different_facts_stay_clean(first: str, later: str) -> None:
    assert at(lint(f"{first}\n\n{later}\n", "a.txt", select=["NL301"]), "NL301") == []


def test_possessive_restatement_of_the_same_investment() -> None:
    text = (
        "Amazon invested $1.25 billion last September and another $2.75 billion this week, "
        "bringing its total commitment to $4 billion.\n\n"
        "Amazon's $5 billion bet gives it a minority stake.\n"
    )
    assert at(lint(text, "a.txt", select=["NL301"]), "NL301") == [3]


@pytest.mark.parametrize(
    "text",
    [
        "Tesla built a $5 billion factory in Mexico. Tesla's $7 billion factory in Texas opened in 2022.\n",
        "Google has invested $2 billion.\n\nThe $4 billion investment by Amazon came later.\n",
        "Microsoft invested $1 billion in 2019 and $10 billion in 2023.\n\n"
        "Microsoft's $13 billion total investment makes it the largest backer.\n",
    ],
)
def test_other_places_parties_and_totals_are_other_figures(text: str) -> None:
    assert at(lint(text, "a.txt", select=["NL301"]), "NL301") == []


def test_organisation_age_against_its_founding_year() -> None:
    head = "---\ndate: 2023-09-25\n---\nAnthropic was founded in 2021 by former OpenAI staff.\n\n"
    bad = lint(head + "The three-year-old startup makes Claude.\n", "a.md", select=["NL311"])
    assert at(bad, "NL311") == [6]
    good = lint(head + "The two-year-old startup makes Claude.\n", "a.md", select=["NL311"])
    assert at(good, "NL311") == []


def test_a_rise_restated_as_a_fall() -> None:
    text = (
        "AWS reported revenue of $24.2 billion, up 13% from a year earlier.\n\n"
        "The 13% decline in AWS revenue worried investors.\n"
    )
    reports = lint(text, "a.txt", select=["NL301"])
    assert at(reports, "NL301") == [3]
    assert "fall" in reports[0].message
    same = text.replace("13% decline", "13% rise")
    assert at(lint(same, "a.txt", select=["NL301"]), "NL301") == []
    rates = (
        "We were faced with heavy inflation, over 12 percent.\n\n"
        "We never got the 4% inflation we were promised.\n"
    )
    assert at(lint(rates, "a.txt", select=["NL301"]), "NL301") == []
