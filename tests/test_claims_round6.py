"""Unsupported claims, round 6: whose sources are weasels, and sweeps stated as fact.

Precision first: a profession reported on one occasion ("Doctors said", "lawyers for
the families argued"), a group the story defines ("the hospital's doctors", "IMF
economists"), officials, and the sides of a dispute in balanced copy are sources an
editor accepts; "experts say", "critics argue" standing alone and "doctors say" as a
body of opinion are not. Then the claims in the writer's voice that the detectors
missed: a trade's conduct over decades, a population's state of mind, "virtually every
household", a ranking against a region, a payback promised as fact, "no option but to",
and a consensus nobody is named for. The sentences are new, not the held-out ones.
"""

from __future__ import annotations

import pytest

from conftest import at, claims
from conftest import claim_rules as rules
from newslint.checks.claims import is_attributed

# --- weasel attribution (NL202): precision ---------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Doctors said many of the children had arrived after a week of fever.",
        "Lawyers argued that the eviction notices had never been served.",
        "The families' lawyers argued that the compensation was set without a survey.",
        "The clinic's doctors say the ward is full every night.",
        "Officials estimate the new levy will raise $12 million a year.",
        "Treasury Department economists estimate the subsidy will cost $3 billion.",
        "IMF economists expect growth to slow to 2% next year.",
        "The plan was opposed by several bankers, including Ana Ruiz of Porto.",
        "Lawyers for the mine told the court the permit was valid.",
        "She is a reporter's reporter, as they say in the trade.",
        "The pupils hate the new buses. They say the seats are too hard.",
    ],
)
def test_defined_or_reported_groups_are_not_weasels(sentence):
    assert "NL202" not in rules(sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Doctors say helmets would prevent most of these injuries.",
        "Economists believe the rate rise came too late.",
        "Experts said the bridge could not have been saved.",
        "Critics argued that the scheme was a waste of money.",
        "Many British economists expect a recession next year.",
        "Top scientists have warned that the glacier will vanish.",
        "People say the queues are longer than ever.",
    ],
)
def test_crowds_and_bodies_of_opinion_stay_weasels(sentence):
    assert "NL202" in rules(sentence + "\n")


def test_a_camp_answering_a_named_source_is_balance_not_a_weasel():
    text = (
        "The Ministry of Housing has said that buyers will get a grant of $5,000. "
        "Critics say that covers only a fraction of a deposit.\n\n"
        "Planners have been split on the tower. Supporters say it will bring jobs to the "
        "centre. Opponents argue that it will overshadow the old town.\n"
    )
    assert "NL202" not in rules(text)


def test_a_camp_standing_alone_is_still_a_weasel():
    text = "The mayor said the tram would open in May.\n\nCritics say the line was never needed.\n"
    assert at(claims(text), "NL202") == [3]


# --- causal claims (NL206): who makes them --------------------------------------------


def test_a_cause_blamed_by_a_named_source_is_attributed():
    text = (
        "The airline blamed a shortage of pilots and a backlog of repairs caused by the "
        "strike for the cancellations.\n"
    )
    assert "NL206" not in rules(text)
    assert is_attributed("The airline blamed a shortage of pilots.")
    assert not is_attributed("The fire was blamed on a faulty heater.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Martinez doubled to left center and scored on a single.",
        "The singer collapsed and died on stage in Lyon on Friday.",
        "Nobody could explain the causes of the outage.",
        "Smoking is one of the chief causes of lung disease in adults.",
    ],
)
def test_other_senses_of_trend_verbs_are_not_trends(sentence):
    assert "NL206" not in rules(sentence + "\n")


def test_a_cause_asserted_in_the_writers_voice_is_still_flagged():
    text = "The closure of the mine caused a collapse in house prices across the valley.\n"
    assert "NL206" in rules(text)


def test_what_nobody_said_is_no_source():
    text = "Tenants across Leeds have completely lost faith in the landlord, and nothing the firm says will change that.\n"
    assert "NL205" in rules(text)


# --- sweeps, rankings and forecasts in the writer's voice ---------------------------------


@pytest.mark.parametrize(
    ("sentence", "rule_id"),
    [
        ("Logging firms in Sabah have for decades simply ignored the villagers.", "NL205"),
        ("Landlords have systematically neglected the estate's tower blocks.", "NL205"),
        ("Voters across Ohio have completely lost faith in the state party.", "NL205"),
        ("Fans have utterly given up on the club's owners.", "NL205"),
        ("Mould now grows in virtually every home on the estate.", "NL205"),
        ("Farmers in the delta have no choice but to sell their land or starve.", "NL205"),
        ("Everyone in the industry expects the merger to collapse.", "NL205"),
        ("Nobody in the squad thinks the coach will survive the summer.", "NL205"),
        ("Kenyan runners are the fastest in the world.", "NL204"),
        ("The state's sales tax is the highest in the country.", "NL204"),
        ("Solar panels will pay for themselves within six years.", "NL207"),
        ("The new meters will cut bills for every household that has one.", "NL207"),
    ],
)
def test_sweeps_rankings_and_forecasts_fire(sentence, rule_id):
    assert rule_id in rules(sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents have long complained about the noise from the depot.",
        "Not everyone accepts that the rankings measure teaching.",
        "The interest in Europe has grown since the final.",
        "She was the latest in a line of managers to resign.",
        "Kenyan runners are the fastest in the world, according to a 2024 study by the IAAF.",
        "Solar panels will pay for themselves within six years, the energy agency said.",
        "Everyone in the hall stood for the anthem.",
    ],
)
def test_look_alikes_stay_quiet(sentence):
    assert not rules(sentence + "\n") & {"NL204", "NL205", "NL207"}


# --- a class of the best is described, not ranked (NL204) ---------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "He stays in Europe's best hotels when he travels.",
        "Hundreds of the country's most valuable records are kept in the vault.",
    ],
)
def test_a_class_of_the_best_is_not_a_ranking(sentence):
    assert "NL204" not in rules(sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Coffee and tea are the country's most valuable exports.",
        "The fund became one of Anthropic's largest shareholders.",
        "Acme is the country's biggest lender.",
    ],
)
def test_a_ranked_subject_is_still_a_ranking(sentence):
    assert rules(sentence + "\n") & {"NL203", "NL204"}
