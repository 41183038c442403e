"""Figure checks added after the eleventh and twelfth held-out sets: transposed
digits (NL301), a collective count restated (NL301), a for/against/spoilt ballot
split (NL305), an age beside a birth date (NL308), a past month of this year
(NL311) and a stamped HTML page's yearless weekday (NL307)."""

from __future__ import annotations

import pytest

from conftest import at, lint

_PUB = "---\ndate: 2025-02-10\n---\n"


@pytest.mark.parametrize(
    ("first", "later"),
    [
        (
            "The county agreed a £23.7m road maintenance budget with the government.",
            "Councillors asked how the £27.3m would be divided, the leader said.",
        ),
        (
            "Investigators said the scheme took in about $3.6 million from pensioners.",
            "Regulators are seeking to claw back the $6.3 million, plus penalties.",
        ),
        (
            "The researchers tagged 418 turtles along the coast.",
            "Of the 481 turtles tagged, most returned to the same beach.",
        ),
        (
            "A crowd of 3,856 watched the final at Ashby Park.",
            "The 3,586 crowd was the largest at the ground for a decade.",
        ),
        (
            "The study enrolled 2,315 patients at 40 hospitals.",
            "Across the 2,351 participants, side effects were mild.",
        ),
        (
            "Rovers paid a fee of €36m for the winger.",
            "At €63m, he is the most expensive signing in the league this summer.",
        ),
    ],
)
def test_transposed_digits_of_one_figure(first: str, later: str) -> None:
    reports = lint(f"{first}\n\n{later}\n", "a.txt", select=["NL301"])
    assert at(reports, "NL301") == [3]
    assert reports[0].rule.category == "inconsistent-figure"


@pytest.mark.parametrize(
    ("first", "later"),
    [
        # A change from one figure to its transposition, in one sentence.
        (
            "Revenue rose to £54m from £45m.",
            "Analysts had expected £54m, the company said.",
        ),
        # Two different measures.
        (
            "Revenue reached $41.2 billion in the quarter.",
            "Costs were $42.1 billion, leaving a small loss.",
        ),
        # Counts of different things.
        (
            "The charity planted 315 oaks in the park.",
            "Volunteers also cleared 351 metres of hedgerow.",
        ),
        # Two-digit counts are too likely to be two figures.
        (
            "The club used 23 players this season.",
            "Some 32 players applied for the academy.",
        ),
        # A market value moves from one day to the next.
        (
            "Shares closed 4% higher on Monday, giving the firm a market value of about $48 billion.",
            "Shares closed 3% lower on Friday, giving the firm a market value of about $84 billion.",
        ),
        # Another year.
        (
            "The festival drew 12,480 visitors in 2023.",
            "It drew 12,840 visitors in 2024, organisers said.",
        ),
        # The same figure repeated is fine.
        (
            "A crowd of 7,412 packed into the ground.",
            "The 7,412 crowd was the season's best.",
        ),
        # A rounded figure for the same crowd.
        (
            "A crowd of 7,412 packed into the ground.",
            "The crowd of about 7,000 was the season's best.",
        ),
    ],
)
def test_other_figures_with_swapped_digits_are_clean(first: str, later: str) -> None:
    assert at(lint(f"{first}\n\n{later}\n", "a.txt", select=["NL301"]), "NL301") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("In the ballot, 64% voted for the deal, 31% against and 8% of papers were spoilt.", [1]),
        (
            "On a turnout of 76 per cent, 58 per cent backed the strike and 44 per cent voted against.",
            [1],
        ),
        ("In the ballot, 64% voted for the deal, 31% against and 5% of papers were spoilt.", []),
        (
            "On a turnout of 76 per cent, 58 per cent backed the strike and 42 per cent voted against.",
            [],
        ),
    ],
)
def test_ballot_split_with_spoilt_papers_and_turnout(text: str, found: list) -> None:
    assert at(lint(text + "\n", "a.txt", select=["NL305"]), "NL305") == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The 31-year-old, who was born in Lisbon in June 1991, joined in May.", [4]),
        ("The 29-year-old, born in 1990, signed a two-year deal.", [4]),
        ("The 33-year-old, who was born in Lisbon in June 1991, joined in May.", []),
        ("The 34-year-old, who was born in 1991, joined in May.", []),  # birthday not known
        ("The 33-year-old, whose daughter was born in 2019, joined in May.", []),
    ],
)
def test_age_beside_its_own_birth_date(text: str, found: list) -> None:
    reports = lint(_PUB + text + "\n", "a.md", select=["NL308"])
    assert at(reports, "NL308") == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The last walkout, in May this year, cost the operator £200,000.", [4]),
        ("Earlier this year, in April, the council approved the plan.", [4]),
        ("The last walkout, in January this year, cost the operator £200,000.", []),
        ("The deal, agreed last week, takes effect in May this year.", []),
        ("The next walkout, in May this year, could cost more.", []),
    ],
)
def test_past_event_in_a_later_month_of_this_year(text: str, found: list) -> None:
    reports = lint(_PUB + text + "\n", "a.md", select=["NL311"])
    assert at(reports, "NL311") == found


_HTML = (
    '<html><head><meta property="article:published_time" content="2024-10-23T06:30:00">'
    "</head><body><p>{}</p></body></html>\n"
)


def test_stamped_page_checks_yearless_weekday_against_its_own_year() -> None:
    # November 14, 2024 is a Thursday; a year named in the text is an event's year.
    text = "The plan was first shown in March 2023. The vote is on Tuesday, Nov. 14."
    assert at(lint(_HTML.format(text), "a.html", select=["NL307"]), "NL307") == [1]
    ok = "The plan was first shown in March 2023. The vote is on Thursday, Nov. 14."
    assert at(lint(_HTML.format(ok), "a.html", select=["NL307"]), "NL307") == []
    # An updated page may be the year before's story.
    updated = "Updated. The plan was first shown in 2023. The vote is on Tuesday, Nov. 14."
    assert at(lint(_HTML.format(updated), "a.html", select=["NL307"]), "NL307") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The $4.8m fund will be made up of $2.5m for housing, $700,000 for roads "
            "and $1.2m for schools.",
            [1],
        ),
        (
            "The €12m budget comprises €5m for staff, €4m for equipment and €1m for training.",
            [1],
        ),
        (
            "The $4.4m fund will be made up of $2.5m for housing, $700,000 for roads "
            "and $1.2m for schools.",
            [],
        ),
        (
            "The €12m budget includes €5m for staff, €4m for equipment and €2m for training.",
            [],
        ),
        (
            "The €12m budget comprises €5m for staff, €4m for equipment and €2m for "
            "training, with the rest held in reserve.",
            [],
        ),
        (
            "The €12m budget comprises about €5m for staff, €4m for equipment and €2m "
            "for training.",
            [],
        ),
    ],
)
def test_sum_made_up_of_listed_parts(text: str, found: list) -> None:
    reports = lint(text + "\n", "a.txt", select=["NL313"])
    assert at(reports, "NL313") == found


def test_a_multiple_in_words_is_checked_against_the_pair_stated_before_it():
    text = (
        "After a year, 27.5% of patients on the new drug were free of symptoms, compared "
        "with 11.8% of those on placebo.\n\n"
        "In other words, the drug more than tripled the symptom-free rate.\n\n"
        "Of voters under 30, 62% backed the measure versus 31% of those over 65.\n\n"
        "The campaign doubled the turnout rate among students.\n\n"
        "After a year, 36.1% of patients were free of symptoms, compared with 11.8% on "
        "placebo. The drug more than tripled the symptom-free rate.\n"
    )
    reports = lint(text, "a.md", select=["NL304"])
    # 27.5 / 11.8 = 2.3 is not "more than tripled"; 36.1 / 11.8 = 3.06 is; the
    # turnout rate is not the pair before it.
    assert [(r.rule.id, r.location.line) for r in reports] == [("NL304", 3)]
