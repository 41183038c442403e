"""Figure relations added after the nineteenth and twentieth held-out sets: a share
given with a hedge next to its count and total ("2,140 of the 9,800 exams - about
12%", "Of the 61,450 patients, 37,900 - nearly 70 per cent"), two parts of an
earlier total ("687 of the new patients ... and 515 in hospitals elsewhere"), a
definite noun split into sums that must make the sum given for it before ("The
penalty comprises ...") (NL313); hyphenated rand and naira amounts and a death toll
restated with two digits swapped (NL301); "on 1 June, six weeks ago", "yesterday"
against the same event's date, and "in the N years since launch" against the
launch year (NL311).
"""

from __future__ import annotations

import pytest

from conftest import at, lint


def _one(text: str, rule: str, path: str = "a.md") -> list[int]:
    reports = lint(text, path, select=[rule])
    assert all(r.rule.category == "inconsistent-figure" for r in reports)
    return at(reports, rule)


_FOUND = [
    (
        "The software flagged 2,140 of the 9,800 exams taken with it during the spring "
        "semester — about 12%.",
        "NL313",
        1,
    ),
    (
        "Pritchard said 38 of its 420 driver posts were vacant — about 15% of the total — "
        "and that 24 trainees would qualify.",
        "NL313",
        1,
    ),
    (
        "Of the 61,450 patients hospitalised since January, 37,900 — nearly 70 per cent — "
        "were admitted outside Dhaka.",
        "NL313",
        1,
    ),
    (
        "Hospitals admitted 1,142 dengue patients in the 24 hours to 8am on Thursday.\n\n"
        "Officials said 687 of the new patients were admitted in Dhaka city and 515 in "
        "hospitals elsewhere in the country.",
        "NL313",
        3,
    ),
    (
        "The provider has been ordered to pay $7.2 million in penalties.\n\n"
        "The penalty comprises $4.5 million for the misleading claims and $3.1 million for "
        "failing to offer refunds.",
        "NL313",
        3,
    ),
    (
        "The company had offered R48 million in relocation compensation.\n\n"
        "The company said the R84-million offer had been fair.",
        "NL301",
        3,
    ),
    (
        "A transplant currently costs about N7.5 million, Oyelami said.\n\n"
        "Few families can raise the N5.7 million needed for a transplant, he said.",
        "NL301",
        3,
    ),
    (
        "Five more deaths were recorded, taking the toll for the year to 179.\n\n"
        "The directorate said 197 people had died of dengue so far this year.",
        "NL301",
        3,
    ),
    (
        "---\ndate: 2025-07-28\n---\nHer only previous win came at the Czech Open on "
        "1 June, six weeks ago.",
        "NL311",
        4,
    ),
    (
        "13 March 2025, 08:41\n\nIn a judgment handed down on Tuesday, 11 March, the court "
        "set aside the right.\n\nJudgment was handed down yesterday after a year of waiting, "
        "said Netshiavha.",
        "NL311",
        5,
    ),
    (
        "---\ndate: 2025-05-21\n---\nThe service was launched in April 2019 at Omenako.\n\n"
        "In the eight years since launch, the service completed 390,000 deliveries.",
        "NL311",
        6,
    ),
]


@pytest.mark.parametrize(("text", "rule", "line"), _FOUND)
def test_found(text: str, rule: str, line: int) -> None:
    assert line in _one(text, rule)


_CLEAN = [
    (
        "The software flagged 2,140 of the 9,800 exams taken with it — about 22%.",
        "NL313",
    ),
    ("Of the 61,450 patients, 37,900 — nearly 62 per cent — were admitted outside.", "NL313"),
    ("Some 38 of its 420 posts were vacant, 15% more than a year earlier.", "NL313"),
    ("Just 40 of the 90 schools passed — more than 40% of them.", "NL313"),
    (
        "Hospitals admitted 1,142 dengue patients on Thursday.\n\n"
        "Officials said 687 of the new patients were admitted in Dhaka city and 455 in "
        "hospitals elsewhere in the country.",
        "NL313",
    ),
    (
        "The company employed 100 workers last year.\n\n"
        "It hired 40 workers in March and 70 in April.",
        "NL313",
    ),
    (
        "The provider has been ordered to pay $7.2 million in penalties.\n\n"
        "The penalty comprises $4.5 million for the misleading claims and $2.7 million for "
        "failing to offer refunds.",
        "NL313",
    ),
    (
        "The company had offered R48 million in relocation compensation.\n\n"
        "The company said the R48-million offer had been fair.",
        "NL301",
    ),
    (
        "Five more deaths were recorded, taking the toll for the year to 179.\n\n"
        "The directorate said 179 people had died of dengue so far this year.",
        "NL301",
    ),
    (
        "---\ndate: 2025-07-28\n---\nHer only previous win came at the Czech Open on "
        "1 June, eight weeks ago.",
        "NL311",
    ),
    (
        "13 March 2025, 08:41\n\nIn a judgment handed down on Wednesday, 12 March, the court "
        "set aside the right.\n\nJudgment was handed down yesterday after a year of waiting.",
        "NL311",
    ),
    (
        "13 March 2025, 08:41\n\nThe bill was signed on Tuesday, 11 March.\n\n"
        "The judgment was handed down yesterday.",
        "NL311",
    ),
    (
        "---\ndate: 2025-05-21\n---\nThe service was launched in April 2019 at Omenako.\n\n"
        "In the six years since launch, the service completed 390,000 deliveries.",
        "NL311",
    ),
]


@pytest.mark.parametrize(("text", "rule"), _CLEAN)
def test_clean(text: str, rule: str) -> None:
    assert _one(text, rule) == []
