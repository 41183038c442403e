"""Unsupported claims, round 8: spun consensus, universals of place, and back-sourcing.

Recall: a crowd's consensus in other words ("analysts concur", "economists are largely
united in the view", "numerous Kenyans feel"), what everyone in a named place does, a
wrong suffered "for decades", an absolute comparison opening the sentence ("No sport
draws more ... than"), a hyphenated superlative of record ("the most-watched"), a region
ranking reached by "becoming", the first cause of a region's troubles, a default or a
recession foretold, and a crowd's knowledge after a named source in the same paragraph
(one source cannot speak for everyone). Precision: an event's visible disruption ("the
march caused heavy traffic"), a ranking the sentence gives in figures ("taking 28 per
cent, followed by"), and a plain change or measured rank backed by the next sentence's
sourced figure are copy an editor accepts. The sentences are new, not the held-out ones.
"""

from __future__ import annotations

import pytest

from conftest import claim_rules as rules

# --- recall: claims in the writer's voice ---------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "rule_id"),
    [
        ("Analysts concur that the merger will push up fares on regional routes.", "NL202"),
        ("Market analysts accept the levy will squeeze the smaller operators hardest.",
         "NL202"),
        ("Numerous Kenyans feel the new tax will fall hardest on the poor.", "NL202"),
        ("Many Filipinos believe the scheme will end long queues at the passport office.",
         "NL202"),
        ("Historians are broadly united in the view that the treaty was a blunder.",
         "NL202"),
        ("There is a growing consensus among economists that the peg cannot hold.",
         "NL202"),
        ("Everybody in Mombasa now pays for matatu rides with a phone.", "NL205"),
        ("Every hotel on the Algarve is now bracing for a thin summer.", "NL205"),
        ("Tenants have been cheated for generations by the landlords.", "NL205"),
        ("No sport draws more young viewers in Brazil than volleyball.", "NL204"),
        ("It was the most-streamed concert in Korean history.", "NL204"),
        ("Kigali is fast becoming the most attractive conference city in Africa.", "NL204"),
        ("Illegal logging is the main driver of flooding across the lowlands.", "NL206"),
        ("The country will default on its foreign bonds before the harvest.", "NL207"),
        ("Without the loan, the economy will slide into a deep recession.", "NL207"),
        ("Robots will replace most warehouse and delivery workers in Europe.", "NL207"),
        ("The province has capped the fee, and its neighbours will inevitably copy the cap.",
         "NL207"),
    ],
)  # fmt: skip
def test_unsourced_claims_in_the_writers_voice(sentence, rule_id):
    assert rule_id in rules(sentence + "\n")


def test_everyone_knows_is_not_covered_by_the_source_before_it():
    text = (
        "The fishermen's leader, Amadou Diallo, said catches had fallen since the trawlers "
        "arrived. Everyone in the village knows the trawlers fish inside the limit.\n"
    )
    assert "NL205" in rules(text)


def test_ranked_cause_is_not_covered_by_the_source_before_it():
    text = (
        "The transport ministry said the tender would close in March. Land disputes are "
        "the main cause of road delays across the region.\n"
    )
    assert "NL206" in rules(text)


# --- precision: copy an editor accepts ------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Not everyone in Harrow shares her optimism, and one neighbour said so.",
        "The march caused heavy traffic in the city centre on Friday.",
        "The fire caused delays on the Northern line for most of the morning.",
        "Many Jamaicans queued for hours outside the tax office.",
        "Economists at the IMF are united in the view that rates must rise.",
        "The Chickasaws were the principal source of trouble in the district.",
        "Tourism is the main source of income for the island.",
        "He won the league's most-valuable-player award in 1961.",
    ],
)
def test_sentences_that_are_not_unsourced_claims(sentence):
    assert not rules(sentence + "\n") & {"NL202", "NL204", "NL205", "NL206", "NL207"}


def test_ranking_given_in_figures_is_not_a_bare_superlative():
    text = (
        "Germany remained the biggest buyer, taking 31 per cent of the crop, followed by "
        "France with 12 per cent, the exporters' board said.\n"
    )
    assert "NL204" not in rules(text)


def test_plain_change_backed_by_the_next_sentence():
    text = (
        "Bus fares in the city have risen sharply since 2021. A single ticket now costs "
        "about 4,100 pesos, according to the transport authority.\n"
    )
    assert "NL206" not in rules(text)


def test_measured_rank_backed_by_the_next_sentence():
    text = (
        "The biggest single item is health. The plan gives hospitals $412 million, "
        "according to the finance department.\n"
    )
    assert "NL204" not in rules(text)


def test_boom_is_not_backed_by_the_next_sentence():
    # "Soared" is the writer's framing; a sourced level after it does not measure a boom.
    text = (
        "Bus fares in the city have soared since 2021. A single ticket now costs about "
        "4,100 pesos, according to the transport authority.\n"
    )
    assert "NL206" in rules(text)


# Sixth session: a whole community's stance stated as fact (NL205), and expert fields
# named by their form (NL202, rules/claims-weasel.yaml).
@pytest.mark.parametrize(
    "text",
    [
        "Everyone in the valley is opposed to the mine.\n",
        "Everybody in the fishing town is furious about the quota.\n",
    ],
)
def test_a_whole_communitys_stance_is_a_generalisation(text: str) -> None:
    assert "NL205" in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Everyone in the village was evacuated on Tuesday.\n",
        '"Everyone here is furious," said Ana Ruiz, a farmer.\n',
    ],
)
def test_an_event_or_a_quote_about_everyone_is_not(text: str) -> None:
    assert "NL205" not in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Agronomists have long warned that the soil is exhausted.\n",
        "Epidemiologists say the outbreak will peak in March.\n",
        "Horticultural specialists concur that the crisis will last into next year.\n",
    ],
)
def test_an_expert_field_named_by_its_form_is_a_weasel(text: str) -> None:
    assert "NL202" in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "The hospital's physicians say the ward is full.\n",
        "WHO epidemiologists say the outbreak will peak in March.\n",
        "Epidemiologists at the Pasteur Institute say the outbreak will peak in March.\n",
    ],
)
def test_an_expert_field_placed_or_owned_is_not(text: str) -> None:
    assert "NL202" not in rules(text)
