"""Figure checks added after the thirteenth and fourteenth held-out sets: a change in
percentage points (NL304), "will double/halve" and "to roughly" (NL304), shares ending
with all the others or an elliptical "no" answer (NL305), parts before "brought the
total to" and an "Of those, ..." breakdown (NL313), a Markdown table's total row
(NL313), "last week, on <date>", "last month, when on", "tomorrow, Nov. 7" and a
wire dateline (NL311), "Born in 1981, she" (NL308), a definite sum for a thing whose
cost was not disclosed (NL303), a dropped "up to" on a count or rate (NL302), and two
false positives: a "sub-2%" category and a result margin against a ranked subset
(NL301)."""

from __future__ import annotations

import pytest

from conftest import at, lint

_PUB = "---\ndate: 2025-09-18\n---\n"


def _one(text: str, rule: str, path: str = "a.txt") -> list[int]:
    reports = lint(text, path, select=[rule])
    assert all(r.rule.category == "inconsistent-figure" for r in reports)
    return at(reports, rule)


# ---------------------------------------------------------------- NL304


@pytest.mark.parametrize(
    "text",
    [
        "Unemployment rose from 4.1% in January to 4.6% in June, an increase of 0.3 "
        "percentage points, the agency said.",
        "The yield rose from 4.02 per cent to 4.47 per cent, an increase of 25 basis points.",
        "The jobless rate climbed 0.8 percentage points, from 4.2% to 4.7%, in the quarter.",
        "The deal will double the airline's fleet, from 42 aircraft today to 70 by 2030.",
        "The plan would halve waiting times, from 18 weeks at the worst hospitals to 12 weeks.",
        "Monthly fees have halved since 2022, from about £90 to roughly £70.",
    ],
)
def test_change_in_points_and_multiples(text: str) -> None:
    assert _one(f"Intro line.\n\n{text}\n", "NL304") == [3]


@pytest.mark.parametrize(
    "text",
    [
        "Inflation eased from 3.4% to 3.1%, a fall of 0.3 percentage points.",
        "The jobless rate climbed 0.5 percentage points, from 4.2% to 4.7%, in the quarter.",
        "Turnout fell from 67% in 2019 to 60% this year, a drop of about seven percentage points.",
        "The deal will double the airline's fleet, from 42 aircraft today to 84 by 2030.",
        "The plan would halve waiting times, from 18 weeks at the worst hospitals to nine weeks.",
        "Ticket prices will rise from £12 at the start of the season to £15, a double blow for fans.",
        "Monthly fees have halved since 2022, from about £90 to roughly £45.",
    ],
)
def test_change_in_points_and_multiples_clean(text: str) -> None:
    assert _one(f"Intro line.\n\n{text}\n", "NL304") == []


# ---------------------------------------------------------------- NL305


@pytest.mark.parametrize(
    "text",
    [
        "In the county vote, the Greens took 41.2 per cent, Labour 30.5 per cent, the "
        "Liberals 17.9 per cent and all other candidates 13.1 per cent.",
        "Asked whether they would move abroad, 34% said they would, 58% would not and 12% "
        "were undecided.",
    ],
)
def test_shares_of_one_whole(text: str) -> None:
    assert _one(f"Intro line.\n\n{text}\n", "NL305") == [3]


@pytest.mark.parametrize(
    "text",
    [
        "In the county vote, the Greens took 41.2 per cent, Labour 30.5 per cent, the "
        "Liberals 17.9 per cent and all other candidates 10.4 per cent.",
        "Asked whether they would move abroad, 34% said they would, 54% would not and 12% "
        "were undecided.",
        "Of those asked, 61% use a car daily, 45% had not cycled in a year, and 30% walk to work.",
        "Sales grew 12% in Ireland, 8% in Spain and 5% in all other markets.",
    ],
)
def test_shares_of_one_whole_clean(text: str) -> None:
    assert _one(f"Intro line.\n\n{text}\n", "NL305") == []


# ---------------------------------------------------------------- NL313


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (
            "Ticket sales of £4.2m and sponsorship worth £1.5m brought the festival's total "
            "income to £6.1m.",
            3,
        ),
        (
            "The council received 540 complaints last year. Of those, 310 were about bins, "
            "150 were about parking and 60 were about noise.",
            3,
        ),
    ],
)
def test_parts_of_a_total(text: str, line: int) -> None:
    assert _one(f"Intro line.\n\n{text}\n", "NL313") == [line]


@pytest.mark.parametrize(
    "text",
    [
        "Ticket sales of £4.2m and sponsorship worth £1.5m brought the festival's total "
        "income to £5.7m.",
        "Revenue rose to £2.1bn from £1.9bn, and fees of £0.6bn took the total to £2.9bn.",
        "The council received 540 complaints last year. Of those, 310 were about bins, "
        "150 were about parking and 80 were about noise.",
        "The council received 540 complaints last year. Of those, 310 were about bins, "
        "150 were about parking and 60 were about noise, among others.",
        "The council received 540 complaints last year. Of those, 310 were about bins and "
        "150 were about parking.",
        "The council received 540 complaints last year. Of those, 310 were about bins, 50 "
        "were about parking and 60 were about noise.",
    ],
)
def test_parts_of_a_total_clean(text: str) -> None:
    assert _one(f"Intro line.\n\n{text}\n", "NL313") == []


_TABLE = """# Council results

| Party | Seats | Share (%) | Change (pts) |
|---|---|---|---|
| Labour | 31 | 44.1 | +2.0 |
| Greens | 12 | 20.3 | -1.1 |
| Others | 6 | 33.2 | -0.9 |
| **Total** | **{seats}** | **{share}** | |
"""


def test_table_total_row() -> None:
    assert _one(_TABLE.format(seats=51, share="97.6"), "NL313", "a.md") == [8]
    assert _one(_TABLE.format(seats=49, share="100.0"), "NL313", "a.md") == [8]


def test_table_total_row_clean() -> None:
    assert _one(_TABLE.format(seats=49, share="97.6"), "NL313", "a.md") == []
    # A total row whose figure is an average of its column is not a sum.
    growth = (
        "| Region | Sales (£m) | Growth (%) |\n|---|---|---|\n| North | 1,240 | 3.1 |\n"
        "| South | 415 | 5.2 |\n| West | 860 | 4.4 |\n| Total | 2,515 | 4.0 |\n"
    )
    assert _one(growth, "NL313", "a.md") == []


# ---------------------------------------------------------------- NL311


@pytest.mark.parametrize(
    "text",
    [
        "The union balloted its members only last week, on September 2, and the result is "
        "due on Friday.",
        "The minister will visit next week, on 9 October.",
        "Shares fell sharply last month, when on 14 July the company cut its forecast.",
        "The film opens tomorrow, Sept. 17, in 300 cinemas.",
    ],
)
def test_relative_week_month_day(text: str) -> None:
    assert _one(f"{_PUB}\n{text}\n", "NL311", "a.md") == [5]


@pytest.mark.parametrize(
    "text",
    [
        "The union balloted its members last week, on September 11, and the result is due "
        "on Friday.",
        "The minister will visit next week, on Tuesday 23 September.",
        "Shares fell sharply last month, when on 14 August the company cut its forecast.",
        "The film opens tomorrow, Sept. 19, in 300 cinemas.",
    ],
)
def test_relative_week_month_day_clean(text: str) -> None:
    assert _one(f"{_PUB}\n{text}\n", "NL311", "a.md") == []


def test_wire_dateline_without_year() -> None:
    bad = "LAGOS, June 3 (Reuters) - The central bank held rates last week on May 2, officials said.\n"
    good = "LAGOS, June 3 (Reuters) - The central bank held rates last week on May 29, officials said.\n"
    assert _one(bad, "NL311") == [1]
    assert _one(good, "NL311") == []


# ---------------------------------------------------------------- NL308


def test_born_opener_after_an_age() -> None:
    text = (
        f"{_PUB}\nProfessor Anika Lund, {{age}}, took over the institute last year. Born in "
        "Malmo in 1968, she studied physics in Uppsala.\n"
    )
    assert _one(text.format(age=52), "NL308", "a.md") == [5]
    assert _one(text.format(age=56), "NL308", "a.md") == []
    # Two people aged in the sentence before: whose birth year it is, is unclear.
    two = (
        f"{_PUB}\nTomas Berg, 40, and Ola Berg, 38, run the farm. Born in 1968, she sold "
        "the business.\n"
    )
    assert _one(two, "NL308", "a.md") == []


# ---------------------------------------------------------------- NL303


def test_definite_sum_after_undisclosed() -> None:
    text = (
        "Northgate Foods will build a bakery near Leeds, creating 300 jobs. The company did "
        "not disclose how much it would spend on the bakery.\n\n"
        "Production at the £40 million bakery is due to start in 2027.\n\n"
        "Ardent Bank agreed a credit line with Vesta Capital. Neither company disclosed the "
        "size of the loan.\n\n"
        "The $60 million lifeline from Vesta Capital was not enough.\n"
    )
    assert _one(text, "NL303") == [1, 3, 5, 7]


def test_definite_sum_after_undisclosed_clean() -> None:
    text = (
        "Harlow Rail did not disclose how much it will spend on the depot. The £12 million "
        "contract with Bexley for new signals was signed last year.\n\n"
        "Ardent Bank agreed a credit line with Vesta Capital. Neither company disclosed the "
        "size of the loan.\n\n"
        "The $80 million fine from regulators was the largest this year.\n"
    )
    assert _one(text, "NL303") == []


# ---------------------------------------------------------------- NL302


@pytest.mark.parametrize(
    ("first", "later"),
    [
        (
            "Marlow Foods will open a bakery in Derby, creating up to 250 jobs over three years.",
            "The 250 new jobs will be mostly on the production line, the company said.",
        ),
        (
            "Harbor Bank offered savers a rate of up to 5% on its easy-access account.",
            "Harbor's 5% rate applies only to new customers, brokers said.",
        ),
    ],
)
def test_cap_dropped(first: str, later: str) -> None:
    reports = lint(f"{first}\n\n{later}\n", "a.txt", select=["NL302"])
    assert at(reports, "NL302") == [3]


@pytest.mark.parametrize(
    ("first", "later"),
    [
        (
            "Greyfield Homes plans to build up to 400 homes on the site by 2030.",
            "The first 400 homes will be finished by 2027.",
        ),
        (
            "Marlow Foods will open a bakery in Derby, creating up to 250 jobs over three years.",
            "The bakery's up to 250 jobs will be mostly on the production line.",
        ),
        (
            "Marlow Foods will open a bakery in Derby, creating up to 250 jobs over three years.",
            "The 300 jobs at its Leeds plant are safe, the company said.",
        ),
    ],
)
def test_cap_dropped_clean(first: str, later: str) -> None:
    reports = lint(f"{first}\n\n{later}\n", "a.txt", select=["NL302"])
    assert at(reports, "NL302") == []


# ---------------------------------------------------------------- NL301 false positives


def test_category_and_ranked_subset_are_not_restatements() -> None:
    text = (
        "Mortgage rates are now well above the sub-3% deals of 2021.\n\n"
        "Its 4.25% deal has no fee, the lender said.\n\n"
        "Essex lost their last four wickets for 12 runs on 14 June.\n\n"
        "Kent's five-wicket win over Sussex on 21 June took them top.\n"
    )
    assert _one(text, "NL301") == []
