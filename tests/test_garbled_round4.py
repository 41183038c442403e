"""Fourth round of garbled phrasing: spun collocations of weather, elections, phone
reviews, banking, retail, public health, film and business ceremonies (NL402), broken
grammar from bad rewrites (NL404, NL407) and a punctuated sentence whose clauses pile
up (NL403). Sentences written for these tests, not taken from any held-out article."""

from __future__ import annotations

import pytest

from conftest import at, lint

SPUN = [
    ("Hefty skyfall is expected across the ranges until Tuesday.", "heavy rain"),
    ("A grave thunderstorm caveat covers the coast tonight.", "severe thunderstorm warning"),
    ("The bureau issued an austere weather caveat for the islands.", "severe weather warning"),
    ("The warmth ripple is expected to ease by the weekend.", "heat wave"),
    ("Analysts expect a dangling legislature after Thursday's vote.", "hung parliament"),
    ("Queues formed outside schools on balloting daytime.", "polling day"),
    ("The balloter showing was the lowest since 2001.", "voter turnout"),
    ("The tablet's 144Hz revival frequency is its best feature.", "refresh rate"),
    ("Accumulator endurance is close to two days of light use.", "battery life"),
    ("There is no earphone attachment on this model.", "headphone jack"),
    ("The bank held its foundation rate at 4.5 percent.", "base rate"),
    ("The lender's net attention margin narrowed to 2.9 percent.", "net interest margin"),
    ("The insurer posted its yearly upshots on Thursday.", "annual results"),
    ("Shoppers who scan a devotion card get the lower price.", "loyalty card"),
    ("Officials said crowd resistance would take another year.", "herd immunity"),
    ("The comedy grew by expression of mouth over the summer.", "word of mouth"),
    ("The sequel topped the container bureau with $41m.", "box office"),
    ("The mayor attended the band-slicing ceremony at the depot.", "ribbon cutting ceremony"),
    # ordinary English built from the same words
    ("The bank cut its base rate and raised its deposit rates.", None),
    ("The legislature was suspended for a week in March.", None),
    ("A hefty snowfall closed the pass on Friday.", None),
    ("Battery endurance is excellent and the refresh rate is 120Hz.", None),
    ("The crowd cheered the band at the opening ceremony.", None),
    ("The comedy became a box office hit by word of mouth.", None),
]


@pytest.mark.parametrize(("sentence", "term"), SPUN)
def test_spun_collocations_of_the_fourth_round(sentence, term):
    reports = lint(f"Headline\n\n{sentence}\n", select=["NL402"])
    if term is None:
        assert reports == [], sentence
    else:
        assert at(reports, "NL402") == [3], sentence
        assert term in reports[0].message


CLEAN_NEWS = """Headline

Heavy rain and a severe thunderstorm warning kept ferries in port, and the heatwave
in the south is expected to break on Sunday. Forecasters said heavy drizzle would
linger on the coast, and a hefty snowfall is likely on the ranges.

The count points to a hung parliament. Polling day passed quietly, turnout was high,
and the caretaker administration will stay until a coalition is formed.

The phone's battery life is strong and its refresh frequency adapts to the content.
The bank raised its base rate; its net interest margin and annual results beat
forecasts. The supermarket's loyalty card now gives fuel discounts.

Herd immunity needs about 95 percent coverage, the health agency said. The film
opened top of the box office, helped by word of mouth, and the mayor cut the ribbon
at the new depot before a formal sendoff for the retiring director.
"""


def test_clean_news_with_the_same_collocations_stays_quiet():
    assert lint(CLEAN_NEWS, select=["garbled-phrasing"]) == []


GRAMMAR = [
    # a plural subject, "which/who", a singular verb
    ("The tenants which was evicted last month have appealed.", "NL407"),
    ("These drivers who has lost their licences can reapply.", "NL407"),
    ("Many farmers who is waiting for compensation have written to the minister.", "NL407"),
    # "be" + a modal
    ("The airline said they are now must rebook every passenger.", "NL407"),
    ("Officials said it is still can reopen before winter.", "NL407"),
    # "affected from"
    ("Families affected from the closure will receive a letter.", "NL404"),
    ("Shops affected from this outage can claim a refund.", "NL404"),
]


@pytest.mark.parametrize(("sentence", "rule_id"), GRAMMAR)
def test_broken_rewrites_found(sentence, rule_id):
    reports = lint(f"Headline\n\n{sentence}\n", select=["NL403", "NL404", "NL407"])
    assert at(reports, rule_id) == [3], sentence


CLEAN_GRAMMAR = [
    "The tenants who were evicted last month have appealed.",
    "One of the drivers who was stopped has been charged.",  # relative on "one"
    "A collection of essays which was published in 1961 is back in print.",  # on "collection"
    "The series which was filmed in Belfast returns in May.",  # "series" is singular here
    "The changes which is to say the new fees start in June.",
    "Customers who were affected by the freeze must wait for the court.",
    "What they are can change after the vote.",  # a free relative as subject
    "Who it is will matter less than when it happens.",
    "They must now wait for the ruling.",
    "The town has been affected from the start of the dispute.",
    "Villages affected from the coast to the hills have been cut off.",
    "Services were affected from the beginning of the week.",
]


@pytest.mark.parametrize("sentence", CLEAN_GRAMMAR)
def test_correct_sentences_stay_quiet(sentence):
    reports = lint(f"Headline\n\n{sentence}\n", select=["NL403", "NL404", "NL407"])
    assert reports == [], sentence


PILED = (
    "Headline\n\n"
    "After the council changed its rules last spring, most landlords have raised their "
    "deposits, which means that a tenant who might have been told last year that she could "
    "rent a flat with one month's deposit because the landlord trusted the old scheme and "
    "wanted to be sure that the rent would still be paid if she lost her job or fell ill may now "
    "find, depending on the landlord, the flat, the area and the agency that handles the "
    "letting, that the sum she is asked for is twice what it was, though this does not mean "
    "that every landlord will ask for it.\n"
)


def test_a_long_sentence_whose_clauses_pile_up_is_found():
    assert at(lint(PILED, select=["NL403"]), "NL403") == [3]


def test_long_punctuated_sentences_of_edited_prose_stay_quiet():
    long_but_edited = (
        "Headline\n\nFor a brief period each year, when the days lengthen and the sun climbs "
        "higher over the ridge, the rays are warm enough to melt some of the snow piled on "
        "the slopes, and the water, gathering in rills that join and widen as they descend, "
        "runs down into the valley, where it fills the old channels, floods the low meadows "
        "near the river and, in the wettest years, reaches the edge of the town itself, "
        "though the walls built after the great flood of 1952 have kept the streets dry "
        "ever since, and the council, which maintains them, says they will hold for decades "
        "to come if they are inspected every spring as the engineers advise.\n"
    )
    assert lint(long_but_edited, select=["NL403"]) == []
