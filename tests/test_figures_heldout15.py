"""Figure checks added after the fifteenth and sixteenth held-out sets: currencies
`money_figures` does not read (S$, other "X$" dollars, the naira, the peso sign, the
rand) in every figure check; a cap restated as a certain fine or a monthly increase
(NL302); a weekday date followed by "to <a count>" (NL307); a total followed by a
colon or dash and its parts (NL313); a full birth date against the publication date,
"Born <date>, in <place>, Name ..." and "At 23, Name" (NL308)."""

from __future__ import annotations

import pytest

from conftest import at, lint

_PUB = "---\ndate: 2025-06-12\n---\n"


def _one(text: str, rule: str, path: str = "a.md") -> list[int]:
    reports = lint(text, path, select=[rule])
    assert all(r.rule.category == "inconsistent-figure" for r in reports)
    return at(reports, rule)


# ---------------------------------------------------------------- currencies


@pytest.mark.parametrize(
    ("text", "rule", "line"),
    [
        (
            "Harbourline bought Tasman Foods in March for an undisclosed sum.\n\n"
            "Analysts said the R450 million purchase of Tasman Foods was cheap.",
            "NL303",
            3,
        ),
        (
            "Spending on roads rose from ₦1.8 trillion last year to ₦2.0 trillion, an "
            "increase of 25 per cent.",
            "NL304",
            1,
        ),
        (
            "The Basic plan will rise from S$10.00 to S$12.00, an increase of 30 per cent.",
            "NL304",
            1,
        ),
        (
            "The minister said funding for clinics had doubled, from ₦1.2 trillion to "
            "₦1.5 trillion.",
            "NL304",
            1,
        ),
    ],
)
def test_other_currencies(text: str, rule: str, line: int) -> None:
    assert line + 3 in _one(f"{_PUB}{text}\n", rule)


@pytest.mark.parametrize(
    "text",
    [
        "Spending on roads rose from ₦1.8 trillion last year to ₦2.0 trillion, an "
        "increase of 11 per cent.",
        "The Basic plan will rise from S$10.00 to S$12.00, an increase of 20 per cent.",
        "The R101 road from Pretoria was closed for 12 hours on Sunday.",
        "Harbourline bought Tasman Foods for an undisclosed sum. It paid R450 million for "
        "a warehouse in Durban in 2019.",
    ],
)
def test_other_currencies_clean(text: str) -> None:
    for rule in ("NL301", "NL302", "NL303", "NL304"):
        assert _one(f"{_PUB}{text}\n", rule) == []


# ---------------------------------------------------------------- NL302


@pytest.mark.parametrize(
    "text",
    [
        "Drivers caught speeding in the zone can be fined up to $500, the council said.\n\n"
        "Anyone caught on camera will face a $500 fine.",
        "Members will pay up to S$6 more a month from January, the gym chain said.\n\n"
        "For a family, the S$6 monthly increase adds up over a year.",
    ],
)
def test_cap_restated_as_certain(text: str) -> None:
    assert _one(f"{_PUB}{text}\n", "NL302") == [6]


@pytest.mark.parametrize(
    "text",
    [
        "Drivers caught speeding can be fined up to $500, the council said.\n\n"
        "Anyone caught twice faces a $1,000 fine.",
        "Drivers caught speeding can be fined up to $500, the council said.\n\n"
        "Last year a driver in Elmwood received a $500 fine after a court hearing.",
        "Members will pay up to S$6 more a month from January, the gym chain said.\n\n"
        "The S$6 annual fee for lockers is unchanged.",
        "Members will pay up to S$6 more a month from January, the gym chain said.\n\n"
        "The company said the average increase was S$4.",
    ],
)
def test_cap_restated_as_certain_clean(text: str) -> None:
    assert _one(f"{_PUB}{text}\n", "NL302") == []


# ---------------------------------------------------------------- NL307


def test_weekday_date_then_to_a_count() -> None:
    text = "The curfew will apply from 22:00 on Monday 15 June to 30,000 residents of the old town."
    assert _one(f"{_PUB}{text}\n", "NL307") == [4]


@pytest.mark.parametrize(
    "text",
    [
        "The curfew will apply from 22:00 on Sunday 15 June to 30,000 residents of the old town.",
        "The festival runs from Friday 13 June to Sunday 15 June.",
        "The festival runs from Thursday 12 June to 15 June.",
    ],
)
def test_weekday_date_ranges_clean(text: str) -> None:
    assert _one(f"{_PUB}{text}\n", "NL307") == []


# ---------------------------------------------------------------- NL313


@pytest.mark.parametrize(
    "text",
    [
        "The charity said it raised $240,000 from three events: $120,000 from the gala, "
        "$75,000 from the fun run and $40,000 from the auction.",
        "The striker has 27 goals this season – 15 in the league, nine in the cup and "
        "four in Europe – and leads the scoring charts.",
        "Investigators recovered S$1.3 million in cash: S$500,000 from a flat in Bedok, "
        "S$450,000 from a car and S$200,000 from a safe.",
    ],
)
def test_total_then_listed_parts(text: str) -> None:
    assert _one(f"{_PUB}{text}\n", "NL313") == [4]


@pytest.mark.parametrize(
    "text",
    [
        "The charity said it raised $240,000 from three events: $120,000 from the gala, "
        "$80,000 from the fun run and $40,000 from the auction.",
        "The striker has 28 goals this season – 15 in the league, nine in the cup and "
        "four in Europe – and leads the scoring charts.",
        "The charity raised $240,000: $120,000 from the gala, $75,000 from the fun run and "
        "about $40,000 from the auction.",
        "The charity raised $240,000 from events including: $120,000 from the gala, "
        "$75,000 from the fun run and $40,000 from the auction.",
        "Sales reached $240,000: $120,000 in 2023, up from $75,000 and $40,000 before that.",
        "The club has 27 players – 15 of them from the academy, nine under 21 and four over 30.",
        "The club has 27 players – 15 from the academy, nine on loan and three on trial.",
        "He has won three titles – in 2019, 2021 and 2023.",
        "Turnout was 54% – 31% in the city, 19% in the suburbs and 6% elsewhere.",
    ],
)
def test_total_then_listed_parts_clean(text: str) -> None:
    assert _one(f"{_PUB}{text}\n", "NL313") == []


# ---------------------------------------------------------------- NL308


@pytest.mark.parametrize(
    "text",
    [
        "Judge Harriet Okafor, 58, will hear the case.\n\n"
        "Born August 2, 1968, in Lagos, Okafor moved to Leeds as a child.",
        "At 21, Lindqvist, who was born in Uppsala on 2 June 2003, is the youngest "
        "player in the squad.",
    ],
)
def test_age_against_full_birth_date(text: str) -> None:
    lines = _one(f"{_PUB}{text}\n", "NL308")
    assert lines == [4]


@pytest.mark.parametrize(
    "text",
    [
        "Judge Harriet Okafor, 56, will hear the case.\n\n"
        "Born August 2, 1968, in Lagos, Okafor moved to Leeds as a child.",
        "At 21, Lindqvist, who was born in Uppsala on 2 June 2004, is the youngest "
        "player in the squad.",
        "At 21, Lindqvist, who was born in Uppsala on 20 June 2003, is the youngest "
        "player in the squad.",
        "Judge Harriet Okafor, 58, will hear the case.\n\n"
        "Born August 2, 1968, in Lagos, her brother Samuel moved to Leeds as a child.",
    ],
)
def test_age_against_full_birth_date_clean(text: str) -> None:
    assert _one(f"{_PUB}{text}\n", "NL308") == []


def test_clean_copy_from_sets_17_and_18_stays_quiet():
    """Three false alarms on clean copy, in new sentences: a breakdown begun in the
    paragraph's earlier sentences, a rate level beside a from/to pair, and a figure
    that counts its own hyphened unit."""
    shares = (
        "Ghana grows about 41 per cent of the world's cocoa. Ivory Coast grows 38 per "
        "cent. Nigeria accounts for 9 per cent, Cameroon 5 per cent and the rest of the "
        "world the remaining 7 per cent.\n"
    )
    assert lint(shares, "a.txt", select=["NL305"]) == []
    rate = (
        "A borrower paying a fixed rate of 5.50 per cent would see repayments fall from "
        "about $2,840 to about $2,760.\n"
    )
    assert lint(rate, "a.txt", select=["NL304"]) == []
    unit = (
        "The maker recalled 52,300 vehicles on Monday.\n\n"
        "Owners can check the 17-character vehicle identification number online.\n"
    )
    assert lint(unit, "a.txt", select=["NL301"]) == []
    restated = "A fire burnt 4,200 hectares.\n\nThe 2,400-hectare blaze was contained.\n"
    assert at(lint(restated, "a.txt", select=["NL301"]), "NL301") == [3]
