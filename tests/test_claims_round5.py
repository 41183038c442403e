"""Unsupported claims, round 5: forecasts, absolute comparisons, sweeps, vague sources.

Each class has sentences that must fire and look-alikes (a plan, an attribution, a
record the reporter can see) that must stay quiet. The held-out documents these came
from are not used: the sentences here are new.
"""

from __future__ import annotations

import pytest

from conftest import at, claims
from conftest import claim_rules as rules
from newslint.checks.claims import is_attributed

# --- forecasts in the writer's voice (NL207) ------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The number of victims will rise once rescuers reach the collapsed school.",
        "The death toll from the floods will climb past 40 by the weekend.",
        "Airlines will cancel their Lisbon routes before the month is out.",
        "The Social Democrats will be back in power by Christmas.",
        "The governing party will lose its majority at the next vote.",
        "The refinery will turn the sleepy port into the energy hub of the region.",
        "Robots will replace most warehouse workers.",
        "Contactless cards will replace cash as the main way to pay for bus fares.",
    ],
)
def test_unattributed_forecast_is_a_prediction(sentence):
    assert "NL207" in rules(sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        # A repair, a succession or a schedule: a plan, not a forecast.
        "Mechanics will replace the faulty valve at no cost to owners.",
        "Ms Ortiz will replace Mr Lee as chief executive in March.",
        "The council will hold the election on June 4.",
        "The bridge will reopen to traffic on Monday morning.",
        # Attributed or hedged forecasts.
        "Unemployment will climb above 6 percent, the central bank forecast on Friday.",
        "Airlines could cancel their Lisbon routes before the month is out.",
    ],
)
def test_plans_and_attributed_forecasts_are_not_predictions(sentence):
    assert "NL207" not in rules(sentence + "\n")


# --- superlatives and absolute comparisons (NL204) ------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "There is no goalkeeper in European football who commands his area better than Silva.",
        "Manufacturing in Wales has never been in a weaker position than it is now.",
        "Rochdale is the bicycle capital of the world.",
        "Solar leasing has become the hottest corner of the energy market.",
        "The fine is the largest ever imposed on a British water company in the United States.",
        "It was the biggest award ever made to a supplier over pricing claims.",
    ],
)
def test_absolute_comparisons_and_titles_are_superlatives(sentence):
    assert "NL204" in rules(sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "She carded a 64, the lowest score of the day.",
        "He won the biggest title of his career on Sunday.",
        "There is no reason to think the plan will be better than the last one.",
        "Ottawa is the capital of the country.",
        "Visitors flock to the nation's capital every spring.",
    ],
)
def test_bounded_records_and_plain_names_are_not_superlatives(sentence):
    assert "NL204" not in rules(sentence + "\n")


# --- sweeping generalisations (NL205) -------------------------------------------------


def test_a_whole_trade_always_doing_something_is_a_sweep():
    text = (
        "Regional airlines have always treated maintenance as a cost to be cut, "
        "flying ageing aircraft long after rivals retire them.\n"
    )
    assert at(claims(text), "NL205") == [1]


@pytest.mark.parametrize(
    "sentence",
    [
        "We have always treated our customers fairly.",
        "The two airlines have always shared a terminal at the airport.",
        "Regional airlines have always treated maintenance as a cost, the union said.",
    ],
)
def test_pronouns_definite_groups_and_attributed_sweeps_stay_quiet(sentence):
    assert "NL205" not in rules(sentence + "\n")


# --- trend figures rounded into words (NL201) -----------------------------------------


def test_trend_rounded_into_words_is_not_covered_by_a_nearby_quote():
    text = (
        '"We were poor in the first half," the coach said after the match.\n\n'
        "Crowds at the ground have risen by a third since the club was promoted.\n"
    )
    assert at(claims(text), "NL201") == [3]


def test_a_third_in_a_sequence_is_not_a_trend():
    text = (
        '"We were poor in the first half," the coach said after the match.\n\n'
        "A single shot rang out, then a second, followed by a third.\n"
    )
    assert "NL201" not in {r.rule.id for r in claims(text)}


# --- anonymous sources (NL202) --------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "According to people close to the board, the chairman will step down in May.",
        "According to sources inside the ministry, the tender was rigged.",
        "Plenty of people who trade in the market suspected for years that prices were fixed.",
    ],
)
def test_placed_but_unnamed_sources_are_weasels(sentence):
    assert "NL202" in rules(sentence + "\n")


def test_wire_usage_familiar_with_stays_quiet():
    text = "According to people familiar with the matter, the deal values the firm at $2 billion.\n"
    assert "NL202" not in rules(text)


# --- what is and is not a source ------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Exports to the United States fell sharply.",
        "The penalty was imposed over misleading speed claims.",
    ],
)
def test_nouns_that_look_like_reporting_verbs_are_not_sources(sentence):
    assert not is_attributed(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sales rose 5 percent last year, the company reports.",
        "Sales rose 5 percent last year, as the annual report notes.",
        "The United States said it would send aid.",
    ],
)
def test_reporting_verbs_with_a_subject_still_attribute(sentence):
    assert is_attributed(sentence)
