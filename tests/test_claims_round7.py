"""Unsupported claims, round 7: rankings of record, and sweeps and forecasts as fact.

Precision first: a measured rank set off as an epithet after a name ("Pakistan, the
country's largest export market,"), a class described by its rank ("the busiest
corridors"), a percentile bracket ("the poorest 60 per cent of households"), a plain
change beside the figures that measure its context, a forecast its owners make ("its
members say will double"), and a field's view in a concession ("though scientists say")
are copy an editor accepts. Then the claims in the writer's voice that were missed: a
comparison with every rival ("more X than any other country"), a ranking within a whole
field ("the toughest climb in European cycling"), near-unanimity ("Voters overwhelmingly
back"), a consensus credited to everyone, a harm dealt to every resident, a share of
household income, and forecasts of an end, a run of rises or a forced climb-down.
The sentences are new, not the held-out ones.
"""

from __future__ import annotations

import pytest

from conftest import claim_rules as rules

# --- precision: copy an editor accepts ------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Exports slowed in March as buyers from Germany, the country's biggest trading "
        "partner, cut orders ahead of the holidays.",
        "Lagos, Nigeria's largest city, was hit by flooding on Sunday.",
        "The city plans to add bus lanes along the busiest roads before the summer.",
        "Some councils have begun moving the poorest families into temporary housing.",
        "The grant covers students from the poorest 40 per cent of households.",
        "A levy on the richest 1% of earners was dropped from the budget.",
        "Farmers signed a contract that their leaders say will roughly triple the price "
        "they receive for each tonne.",
        "Some of the forest has grown back, though scientists say the fires now come too "
        "often for a full recovery.",
        "Student numbers held steady, and for the most part the faculties kept their staff.",
        "The survey found that the students overwhelmingly approve of the new library.",
        "The motion was favoured by all three parties on the council.",
    ],
)
def test_rankings_of_record_and_owned_forecasts_are_not_flagged(sentence):
    assert not rules(sentence + "\n") & {"NL201", "NL202", "NL204", "NL205", "NL207"}


def test_plain_change_beside_covered_figures_is_background():
    text = (
        "The central bank said on Monday that reserves had fallen for a third month.\n\n"
        "The lira has lost more than a third of its value against the euro since 2023, "
        "and rents have risen sharply.\n"
    )
    assert "NL206" not in rules(text)


def test_praise_in_apposition_is_still_a_claim():
    # Only a measured rank is a matter of record: "most innovative" is praise.
    text = "Zentro, the nation's most innovative bank, launched a card today.\n"
    assert "NL204" in rules(text)


def test_superlative_of_one_thing_is_still_a_claim():
    assert "NL204" in rules("The port is now the busiest in the world.\n")


# --- recall: claims in the writer's voice ---------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "rule_id"),
    [
        ("Portugal has attracted more digital nomads per head than any other country in "
         "the European Union.", "NL204"),
        ("Irish renters spend more of their income on housing than anywhere else in "
         "Europe.", "NL204"),
        ("Mont Ventoux is the toughest climb in French cycling, and no rider has won there twice.",
         "NL204"),
        ("Parents overwhelmingly support the later school start.", "NL205"),
        ("She is widely tipped by everyone in British athletics to win gold in Paris.",
         "NL205"),
        ("The new flight path has ruined daily life for every household in the village.",
         "NL205"),
        ("Within a decade the corner bookshop will have completely disappeared from our "
         "high streets.", "NL207"),
        ("Diesel prices will keep rising until the end of the summer.", "NL207"),
        ("The rally is expected to draw thousands, and the minister will be forced to "
         "resign before the end of the week.", "NL207"),
    ],
)  # fmt: skip
def test_unsourced_claims_in_the_writers_voice(sentence, rule_id):
    assert rule_id in rules(sentence + "\n")


def test_share_of_household_income_is_not_covered_by_a_nearby_source():
    text = (
        "The provincial government said on Friday that it held enough grain to last "
        "until the harvest in April.\n\n"
        "Almost half of household income in the province is now spent on rent.\n"
    )
    assert "NL201" in rules(text)


def test_forecast_in_another_currency_is_a_prediction():
    text = (
        "Millers said the state's stocks were being released too slowly, the association "
        "said on Tuesday.\n\n"
        "A bag of rice will cross ₹2,000 before the monsoon.\n"
    )
    assert "NL207" in rules(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Mrs Self knows more than any other person about the city's pension records.",
        "The discount will disappear at midnight, the retailer said.",
        "Under the new rules, drivers will be forced to stop at the border post.",
        "Prices will keep rising until March, the central bank forecast on Monday.",
    ],
)
def test_comparisons_and_forecasts_that_claim_nothing_unsourced(sentence):
    assert not rules(sentence + "\n") & {"NL204", "NL207"}
