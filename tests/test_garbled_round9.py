"""Ninth round of garbled phrasing: spun trade, telecoms, power and education copy.

A spinner swaps word by word from one thesaurus, so the same substitute ("showcase"
for market, "undertakings" for enterprises, "swelling" for inflation, "understudy"
for student) recurs in every collocation of its word. NL402 crosses each source
collocation with the substitutes of its words; this round adds about 330 news
collocations (trade and industry, telecoms, power, education, farming, labour,
health, courts, transport) and the substitutes they lacked. Sentences written for
these tests, not taken from any held-out article: each uses a collocation or a
substitute other than the missed ones where it can."""

from __future__ import annotations

import pytest

from conftest import at, lint

SPUN = [
    # trade and industry
    "The firm lifted its showcase esteem to $3 billion this year.",
    "Credit lines for little and medium-sized undertakings were expanded.",
    "Send-out revenues from tea fell in the second quarter.",
    "Garment industrial facilities in the south laid off 2,000 workers.",
    "The country attracted more immediate venture from the Gulf.",
    "Crude substance costs climbed after the floods.",
    "Processors say greatness control is patchy across the sector.",
    # telecoms
    "The operator promised wideband access in every district by 2027.",
    "The media communications authority fined the operator on Monday.",
    "The ministry plans a range sell-off for 5G frequencies.",
    "Versatile network administrators raised prices again.",
    "Internet administration suppliers must store data locally.",
    # power
    "Two autonomous force makers signed contracts with the utility.",
    "The dam's introduced capacity was cut in half by the drought.",
    "Households face everyday burden dropping until the rains come.",
    "A water-powered plant on the river supplies the capital.",
    # education, prices and the land
    "Understudy associations called a strike for Thursday.",
    "Yearly swelling slowed to 4 percent in March.",
    "Economists expect core swelling to ease by autumn.",
    "Doctors warn of a cerebrum drain as nurses move abroad.",
    "The grant pays for exploration subsidizing at regional colleges.",
    "Ranchers blame leaf corrosion for the poor crop.",
    "The ministry runs an extermination crusade against invasive rats.",
    "Feathered creature populaces on the islands have recovered.",
    "Clinics will offer far-off consultations for rural patients.",
]


@pytest.mark.parametrize("sentence", SPUN)
def test_spun_collocations_of_the_class(sentence):
    assert at(lint(f"Headline\n\n{sentence}\n", select=["NL402"]), "NL402") == [3], sentence


CLEAN = [
    # the established terms, and ordinary phrases built from the same substitutes
    "Export revenue rose as raw material costs fell and market share grew.",
    "Small and medium enterprises drew foreign direct investment.",
    "The telecommunications regulator will hold a spectrum auction.",
    "Mobile network operators blamed load shedding for outages.",
    "Monthly inflation eased and the brain drain slowed.",
    "The car showcase drew record crowds, and the event was a global showcase for design.",
    "With the tax burden dropping to 30 percent, firms hired again.",
    "The museum's age limit was introduced last year; introduced limits on visits followed.",
    "The swelling went down after treatment, and high swelling was rare.",
    "The regions are far-off areas with little road access.",
    "Advanced economies and advanced literacy programmes were discussed.",
    "The treaty reflects a collective understanding among members.",
    "Exploration funding for the mine came from the state.",
    "Crude substances were purified before the test, and raw substances were stored.",
    "The trade understanding between the two countries was informal.",
    "The service supplier was paid by the agency, and help givers were thanked.",
    "Little organizations can make a big difference, the mayor said.",
    "The air force cuts its budget this year.",
    "She held her colleague in high esteem, and the coffee gathering went on late.",
    "Supporter base and supporter growth are what clubs measure.",
    "EU rules on state aid to public undertakings and small undertakings apply.",
    "Detection canines searched the bags, and the extermination campaign of 1942 was recalled.",
]


@pytest.mark.parametrize("sentence", CLEAN)
def test_clean_sentences_stay_clean(sentence):
    assert at(lint(f"Headline\n\n{sentence}\n", select=["NL401", "NL402"]), "NL402") == [], sentence
