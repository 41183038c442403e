"""Figure relations added in round 9: an event named by a noun with a relative day
("yesterday's vote", "the decision ... was taken yesterday", "the announcement ...
last week") against the one day the story dates that kind of event with a verb
("on Tuesday approved", "announced on Wednesday") (NL311); and a definite count whose
noun phrase is followed, not led, by a rank word ("the sixty buses was placed last
year") is still a restatement (NL301).
"""

from __future__ import annotations

import pytest

from conftest import at, lint


def _lines(text: str, rule: str, path: str = "a.md") -> list[int]:
    reports = lint(text, path, select=[rule])
    assert all(r.rule.category == "inconsistent-figure" for r in reports)
    return at(reports, rule)


def _story(date: str, lede: str, later: str) -> str:
    return f"---\ndate: {date}\n---\n{lede}\n\nOfficials spoke to reporters.\n\n{later}\n"


_FOUND = [
    # Thursday 12 June: the vote was on Tuesday, so not "yesterday".
    _story(
        "2025-06-12",
        "The assembly on Tuesday approved a plan to raise the pension age.",
        "Yesterday's vote followed a week of heated debate in the chamber.",
    ),
    # Friday 7 March: the order was issued on Tuesday.
    _story(
        "2025-03-07",
        "A judge issued an order on Tuesday halting the demolition of the market.",
        "Following yesterday's ruling, traders began rebuilding their stalls.",
    ),
    # Friday 3 October: announced on Wednesday of the same week, not last week.
    _story(
        "2025-10-03",
        "The minister announced on Wednesday a higher price for growers.",
        "The announcement of the new price last week lifted the currency.",
    ),
    # Thursday 20 February: a decision announced on Monday was not taken yesterday.
    _story(
        "2025-02-20",
        "The board announced on Monday that it would release its reserve.",
        "The board said the decision to release the reserve was taken yesterday.",
    ),
]


@pytest.mark.parametrize("text", _FOUND)
def test_relative_event_day_against_dated_verb(text: str) -> None:
    assert _lines(text, "NL311") == [8]


_CLEAN = [
    # Yesterday is Wednesday 11 June: agrees.
    _story(
        "2025-06-12",
        "The assembly on Wednesday approved a plan to raise the pension age.",
        "Yesterday's vote followed a week of heated debate in the chamber.",
    ),
    # Two votes on two days: which one is meant is unclear.
    _story(
        "2025-06-12",
        "The assembly on Tuesday approved the budget and on Wednesday approved the pension plan.",
        "Yesterday's vote followed a week of heated debate in the chamber.",
    ),
    # The relative day is dated in place: left to the other NL311 checks.
    _story(
        "2025-06-12",
        "The assembly on Tuesday approved a plan to raise the pension age.",
        "Yesterday's vote (Wednesday) was on a different bill.",
    ),
    # A verb of another kind of event: a vote is not a ruling.
    _story(
        "2025-03-07",
        "The council voted on Tuesday to close the market.",
        "Following yesterday's ruling, traders began rebuilding their stalls.",
    ),
    # Last week really was last week: Wednesday 24 September for a story of 3 October.
    _story(
        "2025-10-03",
        "The minister announced on Wednesday, September 24, a higher price for growers.",
        "The announcement of the new price last week lifted the currency.",
    ),
    # No publication date: nothing to count from.
    "The assembly on Tuesday approved a plan.\n\nYesterday's vote followed a week of debate.\n",
]


@pytest.mark.parametrize("text", _CLEAN)
def test_relative_event_day_clean(text: str) -> None:
    assert _lines(text, "NL311") == []


def test_rank_word_after_the_noun_phrase_is_no_subset() -> None:
    text = (
        "The city will buy 40 new electric buses this year.\n\n"
        "Drivers will be trained over the summer.\n\n"
        "The order for the sixty buses was placed last year.\n"
    )
    assert _lines(text, "NL301") == [5]


def test_rank_word_inside_the_noun_phrase_is_a_subset() -> None:
    text = (
        "The city will buy 40 new electric buses this year.\n\n"
        "Drivers will be trained over the summer.\n\n"
        "The sixty oldest buses will be retired.\n"
    )
    assert _lines(text, "NL301") == []


def _three(first: str, last: str) -> str:
    return f"{first}\n\nThe talks resumed on Friday.\n\n{last}\n"


_RESTATED = [
    # The size of a body restates the count of its whole membership.
    _three(
        "The orchestra's management locked out its 78 musicians in August.",
        "The 87-member orchestra, founded in 1959, has an annual budget of $28 million.",
    ),
    # The speaker of an attribution is not whose figure it is.
    _three(
        "Costa Rica's power company began feeding 55 megawatts into the grid on Monday.",
        "ICE's manager, Esteban Rojas, said on Monday that the 52 MW plant was on track.",
    ),
    # A name after "with a" is a kind of supplier, not another fleet.
    _three(
        "Transit gets $142 million, including money for 40 new electric buses.",
        "The order for the sixty buses was placed last year with a Quebec manufacturer.",
    ),
    # Job losses are the jobs cut; a range's upper end is exceeded.
    _three(
        "A Cork-based software company is to cut between 220 and 260 jobs.",
        "Cork TD Colm Brennan asked why the 280 job losses were necessary.",
    ),
    # A points tally over the same number of games; a possessive pronoun owns it.
    _three(
        "Temirbekova won the Almaty Open, finishing with 7.5 points from nine rounds.",
        "Her 8 points from nine games earned her a place at the championship in Tashkent.",
    ),
    # A speech verb ("argued that") is an attribution too.
    _three(
        "The council approved a 24-storey tower beside the park in Tirana.",
        "A residents' group from Kodra e Diellit argued that the 26-storey tower was too tall.",
    ),
]


@pytest.mark.parametrize("text", _RESTATED)
def test_definite_restatement_of_another_value(text: str) -> None:
    assert _lines(text, "NL301") == [5]


_NOT_RESTATED = [
    # A count within the range given before.
    _three(
        "A Cork-based software company is to cut between 220 and 260 jobs.",
        "Cork TD Colm Brennan asked why the 240 job losses were necessary.",
    ),
    # Jobs created are not jobs cut.
    _three(
        "The company will create 300 jobs in Cork.",
        "Cork TD Colm Brennan welcomed the 280 job losses at its rival.",
    ),
    # 7.5 points restated as 7.5; a different number of games is another tally.
    _three(
        "Temirbekova won the Almaty Open, finishing with 7.5 points from nine rounds.",
        "Her 5 points from six games in the first week gave her the lead.",
    ),
    # Members present are not the body's size unless the whole membership is counted.
    _three(
        "Some 60 musicians attended the meeting of the orchestra.",
        "The 87-member orchestra, founded in 1959, has an annual budget of $28 million.",
    ),
    # A possessive pronoun before an old year.
    _three(
        "Through most of 1787 operations on both sides had been slow.",
        "A complete picture of the prince may be had in his 1788 operations.",
    ),
]


@pytest.mark.parametrize("text", _NOT_RESTATED)
def test_definite_restatement_clean(text: str) -> None:
    assert _lines(text, "NL301") == []


# --- NL304, new figure first: "N ..., up/down from M ..., an increase of P%" ----------

NEW_FIRST = [
    # 340 against 140 is +143%.
    "Survey teams counted 340 nesting pairs this season, up from 140 before the bait "
    "drops, an increase of 58%.",
    # 5.2 against 6.1 million is -15%.
    "The harvest should reach 5.2 million sacks, down from 6.1 million the previous "
    "season, a drop of 8%.",
]
NEW_FIRST_RIGHT = [
    "Survey teams counted 340 nesting pairs this season, up from 140 before the bait "
    "drops, an increase of 143%.",
    "The harvest should reach 5.2 million sacks, down from 6.1 million the previous "
    "season, a drop of 15%.",
    # Rounded both ways: "about 11,000" allows 10,500 to 11,500.
    "The club sold 12,400 season tickets, up from about 11,000 last year, an increase of 13%.",
    # Levels in percent change by points: not a percentage change.
    "Turnout was 35%, up from 30%, a rise of 5 points.",
    # Two counts before "up from": which one rose is not said.
    "The ranking assessed 1,612 institutions in 104 countries, up from 1,503 last year, "
    "an increase of 7.3 per cent.",
]


@pytest.mark.parametrize("sentence", NEW_FIRST)
def test_a_change_named_after_new_and_old_figures_is_recomputed(sentence: str) -> None:
    assert at(lint(sentence, select=["NL304"]), "NL304") == [1]


@pytest.mark.parametrize("sentence", NEW_FIRST_RIGHT)
def test_a_matching_change_after_new_and_old_figures_is_quiet(sentence: str) -> None:
    assert at(lint(sentence, select=["NL304"]), "NL304") == []


# --- NL301, a temperature in two scales ------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Kuwait City recorded a peak of 52C (about 118F) in early July.",  # 125.6F
        "The low was -5°C (32°F) on Sunday.",  # 23F
        "Water boils at 100 degrees Celsius (200 degrees Fahrenheit).",  # 212F
    ],
)
def test_a_temperature_converted_wrongly_is_reported(sentence: str) -> None:
    assert at(lint(sentence, select=["NL301"]), "NL301") == [1]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kuwait City recorded a peak of 52C (about 126F) in early July.",
        "The low was -5°C (23°F) on Sunday.",
        "Water boils at 100 degrees Celsius (212 degrees Fahrenheit).",
        "It was 41.3°C (106.3°F) at the airport.",
        # Two readings on one scale are a range, not a conversion.
        "Highs of 30C (or 32C on the coast) are expected.",
    ],
)
def test_a_temperature_converted_within_rounding_is_quiet(sentence: str) -> None:
    assert at(lint(sentence, select=["NL301"]), "NL301") == []
