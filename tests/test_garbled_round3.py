"""Third round of garbled phrasing: spun collocations of sport, labour, housing,
transport, tax, clinical trials and floods (NL402), and broken grammar from bad
rewrites (NL403, NL407). Sentences written for these tests, not taken from any
held-out article."""

from __future__ import annotations

import pytest

from conftest import at, lint

SPUN = [
    ("The winger dived over the attempt line in the final minute.", "try line"),
    ("Their second endeavour scorer was the replacement hooker.", "try scorer"),
    ("Nurses stood on the stake line outside the hospital at dawn.", "picket line"),
    ("The club sold its captain before the exchange window closed.", "transfer window"),
    ("The airline said its burden factor reached 91 percent in July.", "load factor"),
    ("Residents asked why the deluge protections had not been raised.", "flood defences"),
    ("The county issued a torrent warning for the valley overnight.", "flood warning"),
    ("The study was a twofold visually impaired trial of 400 adults.", "double blind"),
    ("Homeowners will see their possession tax rise next spring.", "property tax"),
    ("The mayor promised 2,000 reasonably priced lodging units.", "affordable housing"),
    ("The city received 300 arranging applications last year.", "planning application"),
    ("The striker's penalty attempt was saved.", None),  # ordinary English
    ("Fares rise at surge hour on weekdays, the operator said.", "rush hour"),
    ("Two patients were moved to concentrated care on Sunday.", "intensive care"),
    ("The party is fighting to escape the demotion zone.", "relegation zone"),
    ("The ruling party won an avalanche triumph in the vote.", None),  # NHL headlines
]


@pytest.mark.parametrize(("sentence", "term"), SPUN)
def test_spun_collocations_of_the_third_round(sentence, term):
    reports = lint(f"Headline\n\n{sentence}\n", select=["NL402"])
    if term is None:
        assert reports == []
    else:
        assert at(reports, "NL402") == [3], sentence
        assert term in reports[0].message


CLEAN_NEWS = """Headline

The council approved 400 affordable homes on the former depot site, and the
planning committee will hear the second application in May. Inexpensive lodging
near the stadium sold out within hours of the fixture list being published.

Pickets gathered at the depot gates as the strike entered its second week. Flood
defences along the river held, the agency said, although a flood warning remains
in force. The trial was double-blind and placebo-controlled; side effects were
mild. A drug possession charge against the player was dropped.

Wind farms and a solar farm will supply the town. The Avalanche win over Dallas
kept them top of the division. Community feeling ran high at the meeting, and the
cabinet reshuffle was announced on Friday. Property tax bills go out in March.
"""


def test_clean_news_with_the_same_collocations_stays_quiet():
    assert lint(CLEAN_NEWS, select=["garbled-phrasing"]) == []


GRAMMAR = [
    # a bare verb after "been" or "being"
    ("The landlord has been refuse to repair the roof since June.", "NL403"),
    ("The ministers had been decide on the plan before the vote.", "NL403"),
    ("The drivers are being ask to work extra shifts.", "NL403"),
    # "whom" as a subject
    ("Voters whom backed the measure said they wanted lower fares.", "NL407"),
    ("A nurse whom works nights said the ward was short-staffed.", "NL407"),
    ("Residents whom are affected can apply for a grant.", "NL407"),
    # double subject
    ("The motion it was given a second hearing on Tuesday.", "NL407"),
    ("The new stadium it has been awarded the final.", "NL407"),
    # plural head, singular verb after an interruption
    (
        "The new barriers, installed last spring at a cost of $3.2m, was breached overnight.",
        "NL407",
    ),
    ("Its wages, frozen since the merger, is now below the regional average.", "NL407"),
]


@pytest.mark.parametrize(("sentence", "rule_id"), GRAMMAR)
def test_broken_rewrites_found(sentence, rule_id):
    reports = lint(f"Headline\n\n{sentence}\n", select=["NL403", "NL407"])
    assert at(reports, rule_id) == [3], sentence


CLEAN_GRAMMAR = [
    "The council have been told to find savings of £4m.",  # British collective noun
    "There has been refuse piling up in the streets for a week.",
    "The drivers have been asked to return to work.",
    "The company had been expected to settle.",
    "The minister whom the panel interviewed resigned.",  # object "whom"
    "To whom belongs the credit is still disputed.",
    "The official from whom came the leak was suspended.",
    "Whom was she talking to before the vote?",
    "The budget, it was said, passed easily.",
    "The day it was handed the keys, the trust changed the locks.",
    "The report it published last week found no wrongdoing.",
    "The series, filmed in Belfast last year, was renewed.",
    "The company's headquarters, built in 1990, is being sold.",
    "The players, led by their captain, were applauded.",
    "Its revenues, which rose 4 percent, were in line with forecasts.",
    "The safety of passengers, young and old, is the priority.",  # head before "of"
]


@pytest.mark.parametrize("sentence", CLEAN_GRAMMAR)
def test_correct_sentences_stay_quiet(sentence):
    assert lint(f"Headline\n\n{sentence}\n", select=["NL403", "NL407"]) == []


RUN_ON = (
    "Headline\n\n"
    "When the river rises the pumps start and the water is pushed into the channel which "
    "carries it to the estuary where it meets the tide and if the tide is high the gates "
    "close so the water backs up into the fields which flood and the farmers who own them "
    "lose their crops unless the council pays them which it rarely does because the budget "
    "is small and the claims are many.\n"
)


def test_unpunctuated_run_on_is_found_and_long_edited_sentences_are_not():
    assert at(lint(RUN_ON, select=["NL403"]), "NL403") == [3]
    long_but_edited = (
        "Headline\n\nThe plan, which the council approved on Tuesday after a long debate, "
        "sets aside money for new pumps, raises the height of the walls along the river, "
        "pays farmers whose fields flood and, if the budget allows, builds a second channel "
        "that would carry water to the estuary and keep the town dry.\n"
    )
    assert lint(long_but_edited, select=["NL403"]) == []
    plain_long = (
        "Headline\n\nThe report found that the number of homes at risk of flooding in the "
        "county had risen by a quarter in the decade since the last survey was carried out "
        "by the agency and that most of the increase was in new estates built on low ground "
        "near the river.\n"
    )
    assert lint(plain_long, select=["NL403"]) == []
