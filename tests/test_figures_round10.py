"""Figure relations added in round 10.

A weekday against a yearless date whose year a bare event year ("claims rejected in
2023 and 2024") no longer excuses, and against a date in brackets after a three-word
event ("Monday's NCDC board meeting (June 29)") (NL307); a rise against its before and
after figures with a season between them, and an amount added against the two figures
it is the difference of (NL304); the parts of a total that opens the sentence ("Of
the 412 outlets ..., 196 were ...") or of a total listed after a colon with a hyphened
figure among the parts (NL313); a tally and its abstentions against "all N members
present" (NL306); an organisation's age against its founding year (NL311); a state
"since YEAR ... for N years" longer than the time since; a deadline "N days, until
DATE" that does not start near the news (NL311); an undisclosed sum given in the next
sentence or as the head of a compound ("the $18.5 million fertiliser supply
contract") (NL303); a share against its part and whole ("370 of them, about a third";
"38 percent of the population of about 30 million, or some 14.5 million") (NL314); and
"all N districts" restating an earlier count of the same units (NL301).
"""

from __future__ import annotations

import pytest

from conftest import at, lint


def _lines(text: str, rule: str, path: str = "a.txt") -> list[int]:
    reports = lint(text, path, select=[rule])
    assert all(r.rule.category == "inconsistent-figure" for r in reports)
    return at(reports, rule)


def _dated(date: str, body: str) -> str:
    return f"Headline\n\nPublished: {date}\n\n{body}\n"


# ---------------------------------------------------------------- NL307


def test_bare_event_year_does_not_excuse_a_wrong_weekday() -> None:
    text = _dated(
        "4 November 2025",
        "In a judgment delivered on Thursday, 31 October, the judge ruled.\n\n"
        "The insurer rejected 1,850 claims in 2023 and 2024, and one in March 2024.",
    )
    assert _lines(text, "NL307") == [5]


def test_a_dated_previous_year_still_excuses_a_repost() -> None:
    text = _dated(
        "4 November 2025",
        "In a judgment delivered on Thursday, 31 October, the judge ruled.\n\n"
        "This story was first published on 1 November 2024.",
    )
    assert _lines(text, "NL307") == []


def test_weekday_event_with_acronym_and_bracketed_date() -> None:
    bad = _dated(
        "Thursday, 3 July 2025", "It was approved at Monday's NCDC board meeting (June 29)."
    )
    good = _dated(
        "Thursday, 3 July 2025", "It was approved at Monday's NCDC board meeting (June 30)."
    )
    assert _lines(bad, "NL307") == [5]
    assert _lines(good, "NL307") == []


# ---------------------------------------------------------------- NL304


@pytest.mark.parametrize(
    ("pct", "lines"),
    [("12 percent", [3]), ("20 percent", [])],
)
def test_rise_with_a_season_between_the_figures(pct: str, lines: list[int]) -> None:
    text = (
        "Tour\n\nThe orchestra sold 96,000 tickets in the 2024–25 season, up from 80,000 the "
        f"season before, a rise of {pct}, helped by film-music concerts.\n"
    )
    assert _lines(text, "NL304") == lines


@pytest.mark.parametrize(
    ("sentence", "lines"),
    [
        ("Capacity will grow from 22,000 to 28,000 seats, adding 8,000 places.", [3]),
        ("Staff went from 1,200 to 1,500, an increase of 200 people.", [3]),
        ("Capacity will grow from 22,000 to 28,000 seats, adding 6,000 places.", []),
        ("Staff numbers went from 2 million to 2.5 million, an increase of 500,000.", []),
        ("The rate went from 4% to 6%, an increase of 2 points.", []),
        ("Sales went from $3 million to $4 million, adding $1.1 million.", []),
        ("Output went from about 20,000 to 28,000 tonnes, adding about 7,500 tonnes.", []),
    ],
)
def test_amount_added_against_the_two_figures(sentence: str, lines: list[int]) -> None:
    assert _lines(f"Stadium\n\n{sentence}\n", "NL304") == lines


# ---------------------------------------------------------------- NL313


@pytest.mark.parametrize(
    ("total", "lines"),
    [("412", [3]), ("404", [])],
)
def test_parts_of_a_total_that_opens_the_sentence(total: str, lines: list[int]) -> None:
    text = (
        f"Register\n\nOf the {total} outlets that submitted files through the platform, 196 "
        "were declared compliant, 121 were given 90 days to supply documents and 87 were "
        "rejected outright, according to the list.\n"
    )
    assert _lines(text, "NL313") == lines


def test_of_the_total_with_an_open_list_is_left_alone() -> None:
    text = (
        "Register\n\nOf the 412 outlets that applied, 196 were declared compliant, 121 were "
        "given more time and 87 were rejected, among others.\n"
    )
    assert _lines(text, "NL313") == []


@pytest.mark.parametrize(
    ("total", "lines"),
    [("$640 million", [3]), ("$590 million", [])],
)
def test_listed_money_parts_with_a_hyphened_figure_between(total: str, lines: list[int]) -> None:
    text = (
        "Power\n\nThe government signed agreements with three producers worth a combined "
        f"{total}: $310 million for the Chisamba plant, $190 million for a 75-megawatt array "
        "near Kabwe and $90 million for a battery project.\n"
    )
    assert _lines(text, "NL313") == lines


# ---------------------------------------------------------------- NL306


@pytest.mark.parametrize(
    ("tally", "lines"),
    [
        ("by 14 votes to 7 with one abstention, with all 24 councillors present", [3]),
        ("by 15 votes to 8 with one abstention, with all 24 councillors present", []),
        ("by 14 votes to 7, with all 24 councillors present", []),
    ],
)
def test_tally_and_abstentions_against_all_members_present(tally: str, lines: list[int]) -> None:
    text = f"Council\n\nThe council approved the plan {tally}, after a long session.\n"
    assert _lines(text, "NL306") == lines


# ---------------------------------------------------------------- NL311


@pytest.mark.parametrize(
    ("age", "lines"),
    [("28", [5]), ("24", [])],
)
def test_age_of_a_paper_against_its_founding_year(age: str, lines: list[int]) -> None:
    text = _dated(
        "Thursday 21 August 2025",
        f"Among those rejected is Le Quotidien, a {age}-year-old daily founded in 2001.",
    )
    assert _lines(text, "NL311") == lines


def test_a_person_working_at_a_daily_is_not_its_age() -> None:
    text = _dated(
        "Thursday 21 August 2025",
        "The paper was founded in 2001. A 28-year-old daily commuter said she reads it.",
    )
    assert _lines(text, "NL311") == []


@pytest.mark.parametrize(
    ("years", "lines"),
    [("eight", [5]), ("six", []), ("two", [])],
)
def test_state_since_a_year_cannot_outlast_it(years: str, lines: list[int]) -> None:
    text = _dated(
        "18 September 2025",
        "A bill to split the authority was first tabled in parliament in 2019 and has now "
        f"been stalled for {years} years.",
    )
    assert _lines(text, "NL311") == lines


@pytest.mark.parametrize(
    ("span", "lines"),
    [
        ("gave the ministry 60 days, until 16 October, to decide", [5]),
        ("gave the ministry 30 days, until 16 October, to decide", []),
        ("gave the ministry four weeks, until 16 October, to decide", []),
        ("worked 60 days, until 16 October, at the plant", []),
    ],
)
def test_deadline_span_against_its_end_date(span: str, lines: list[int]) -> None:
    text = _dated("Thursday, 18 September 2025", f"The judge {span}.")
    assert _lines(text, "NL311") == lines


def test_html_byline_below_the_menu_dates_the_story() -> None:
    menu = "".join(
        f"<li><a href='/{w}'>{w}</a></li>" for w in ["News", "Business", "Courts", "Sport"]
    )
    html = (
        f"<html><body><nav><ul>{menu}</ul></nav><article><h1>Ruling</h1>"
        "<p class='byline'>By Helena Shikongo &middot; Thursday, 18 September 2025</p>"
        "<p>The judge gave the ministry 60 days, until 16 October, to decide.</p>"
        "</article></body></html>"
    )
    assert _lines(html, "NL311", "a.html") == [1]


# ---------------------------------------------------------------- NL303


def test_undisclosed_sum_then_named_in_the_next_sentence() -> None:
    text = (
        "Strike\n\nGovernment negotiators put an undisclosed sum on the table at Tuesday's "
        "meeting. Union leaders rejected it, saying the 12 billion CFA franc offer fell short.\n"
    )
    assert _lines(text, "NL303") == [3, 3]


def test_undisclosed_value_then_a_compound_definite_sum() -> None:
    text = (
        "Fertiliser\n\nThe ministry bought its fertiliser under a single supply contract. "
        "Officials said the value and terms of the contract were not disclosed.\n\n"
        "The ministry defended the $18.5 million fertiliser supply contract on Monday.\n"
    )
    assert _lines(text, "NL303") == [3, 5]


def test_undisclosed_sum_and_an_unrelated_later_figure() -> None:
    text = (
        "Strike\n\nGovernment negotiators put an undisclosed sum on the table.\n\n"
        "Teachers earn about 200,000 CFA francs a month, the union said.\n"
    )
    assert _lines(text, "NL303") == []


# ---------------------------------------------------------------- NL314


@pytest.mark.parametrize(
    ("share", "lines"),
    [("about a third", [3]), ("about a fifth", []), ("20%", [])],
)
def test_part_of_them_against_its_share(share: str, lines: list[int]) -> None:
    text = (
        "Claims\n\nThe insurer rejected 1,850 funeral claims in 2023 and 2024, and 370 of "
        f"them, {share}, were turned down because of the clause.\n"
    )
    assert _lines(text, "NL314") == lines


@pytest.mark.parametrize(
    ("part", "lines"),
    [("some 14.5 million people", [3]), ("some 11.4 million people", []), ("80% of adults", [])],
)
def test_share_of_a_whole_then_the_part(part: str, lines: list[int]) -> None:
    text = (
        "Broadband\n\nSubscriptions reached 38 percent of the population of about 30 million "
        f"at the end of 2024, or {part}.\n"
    )
    assert _lines(text, "NL314") == lines


# ---------------------------------------------------------------- NL301


@pytest.mark.parametrize(
    ("later", "lines"),
    [
        ("The first phase would connect the headquarters of all 75 districts.", [5]),
        ("The first phase would connect the headquarters of all 77 districts.", []),
    ],
)
def test_all_districts_restate_the_country_count(later: str, lines: list[int]) -> None:
    text = (
        "Broadband\n\nThe plan extends broadband to every ward of the country's "
        f"seventy-seven districts.\n\n{later}\n"
    )
    assert _lines(text, "NL301") == lines


def test_all_members_of_a_group_are_not_a_restated_total() -> None:
    text = (
        "Rescue\n\nForty boys went on the trip.\n\nAll 34 boys who reached the cave were rescued.\n"
    )
    assert _lines(text, "NL301") == []


def test_harvest_is_no_superlative_and_a_put_at_figure_is_restated() -> None:
    text = (
        "Maize\n\nThe ministry estimate puts the national maize harvest at between 3.2 and "
        "3.5 million tonnes.\n\nHe said the 3.8 million-tonne harvest forecast meant no "
        "imports would be needed.\n"
    )
    assert _lines(text, "NL301") == [5]
    within = text.replace("3.8 million-tonne", "3.4 million-tonne")
    assert _lines(within, "NL301") == []


# ---------------------------------------------------------------- NL304, trailing change


@pytest.mark.parametrize(
    ("sentence", "lines"),
    [
        # The change named after the pair with its figure first: "a 14% increase".
        ("Rents went from 7,500 riyals to 8,900 riyals a month, a 14% increase.", [3]),
        ("Rents went from QAR 7,500 to QAR 8,900, a 14% increase.", [3]),
        ("Output went from 120 tonnes to 90 tonnes, a 40 percent fall.", [3]),
        # Right figures stay quiet.
        ("Rents went from 7,500 to 9,000 a month, a 20% increase.", []),
        ("The fleet went from 40 to 50 buses, a 25 percent rise, the council said.", []),
        ("Output went from 120 tonnes to 90 tonnes, a 25% fall.", []),
    ],
)
def test_change_named_after_the_pair_with_its_figure_first(sentence: str, lines: list[int]) -> None:
    assert _lines(f"Rents\n\n{sentence}\n", "NL304") == lines
