"""Unsupported claims, round 9: majorities' verdicts, crowds' beliefs, sides as sources.

Recall: a majority's opinion stated as fact ("Most farmers regard the scheme as a
failure"), a crowd's belief with an intensifier ("Residents widely believe"), sources
named only by their side ("according to donor sources"), a trade's conduct charged in
the writer's voice even when "claims" is its object ("Insurers routinely reject
legitimate claims"), a superlative foretold with certainty in a sentence that names the
month May, a country's standing against its region ("has the most militant unions in
West Africa"), a comparison with rivals summed ("larger than ... combined"), a cause
among the first ("a major reason why"), and a ranking whose hedge sits in another main
clause. Precision: a "first" that tells when ("the first trains to run in 2029"), an
attributed, quoted or hedged version of each claim, an elliptical aside that keeps its
hedge, the writer's own act ("I ... caused the seal to be affixed") and the worst part
of an experience. The sentences are new, not the held-out ones.
"""

from __future__ import annotations

import pytest

from conftest import claim_rules as rules

# --- recall: claims in the writer's voice ---------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "rule_id"),
    [
        ("Most teachers now regard the new curriculum as a step backwards.", "NL205"),
        ("Most nurses see the pay offer as an insult to the profession.", "NL205"),
        ("Many economists consider the peg as good as dead.", "NL205"),
        ("Residents widely believe the tender was rigged in favour of a local firm.",
         "NL202"),
        ("Farmers in the north generally assume the rains will fail again.", "NL202"),
        ("According to donor sources, the fund will stop paying for the programme.",
         "NL202"),
        ("According to Western diplomatic sources, the envoy was recalled on Tuesday.",
         "NL202"),
        ("Landlords in Nairobi routinely refuse legitimate claims for repairs.", "NL205"),
        ("Next season will without doubt be the worst for the cocoa growers in a generation,"
         " as the drought feeds through to the harvest in April and May.", "NL207"),
        ("Kenya has the most expensive electricity tariffs in East Africa.", "NL204"),
        ("Croatia is the most visited country in Southern Europe.", "NL204"),
        ("Its gas reserves are larger than those of Norway and Denmark combined.", "NL204"),
        ("Poor roads are a major reason why farm prices in the north stay so high.",
         "NL206"),
        ("Ghana's cocoa is the finest in Africa, and with better roads the country could "
         "double its exports.", "NL204"),
    ],
)  # fmt: skip
def test_unsourced_claims_in_the_writers_voice(sentence, rule_id):
    assert rule_id in rules(sentence + "\n")


# --- precision: what an editor leaves alone -------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # A "first" in time, not a record.
        "City officials expect the first trains to run on the new line in 2029.",
        "The first residents to move into the estate arrived in March.",
        # Attributed, quoted or hedged versions of the claims above.
        "A survey by the teachers' union found that most teachers regard the new "
        "curriculum as a step backwards.",
        '"Most nurses see the pay offer as an insult," said Grace Mutua, the union leader.',
        "Residents at the meeting said they believed the tender had been rigged.",
        "According to donor records published in March, the fund paid $4 million.",
        "Next season may be the worst for cocoa growers in a generation.",
        "Kenya has the most expensive electricity tariffs in East Africa, according to the "
        "Energy Regulatory Commission.",
        "Kenya may have the most expensive electricity tariffs in East Africa.",
        "The two sides generally agree on the need for a ceasefire.",
        "It was generally agreed at the meeting that the vote should be postponed.",
        # A textbook cause, not one situation explained.
        "Poor brushing is one of the chief causes of tooth loss in adults.",
        # A hedge in an elliptical aside still covers the clause before it.
        "The dispute resulted in both towns claiming the tax, and probably justifiably.",
        # The writer's own act, and the worst part of an experience.
        "In testimony whereof, I have set my hand and caused the seal to be affixed.",
        "The worst part had been the waiting; we sat in the truck for hours.",
    ],
)
def test_clean_copy_stays_clean(sentence):
    assert not rules(sentence + "\n") & {"NL202", "NL204", "NL205", "NL206", "NL207"}
