"""NL313: parts of a stated total that do not add up to it; NL305 breakdowns."""

from __future__ import annotations

import pytest

from conftest import at, lint


@pytest.mark.parametrize(
    "sentence",
    [
        "Of the 12,400 participants, 6,150 were women and 5,850 were men.",
        "Of the 40 councillors, 25 voted for the plan and 17 voted against it.",
        "Of its 900 staff, 600 work in Leeds and the remaining 250 in Manchester.",
    ],
)
def test_parts_that_miss_their_total(sentence: str) -> None:
    reports = lint(sentence + "\n", "a.txt", select=["NL313"])
    assert at(reports, "NL313") == [1]
    assert reports[0].rule.category == "inconsistent-figure"


@pytest.mark.parametrize(
    "sentence",
    [
        "Of the 12,400 participants, 6,550 were women and 5,850 were men.",
        "Of the 12,400 participants, 6,150 were women and 5,850 were over 60.",
        "Of the 40 councillors, 25 voted for the plan and 15 voted against it.",
        "Of the 12,400 participants, about 6,000 were women and 5,850 were men.",
        "Of the 900 staff, 600 work in Leeds and 250 in Manchester.",
    ],
)
def test_parts_that_add_up_or_may_overlap(sentence: str) -> None:
    assert at(lint(sentence + "\n", "a.txt", select=["NL313"]), "NL313") == []


def test_breakdown_ending_with_everything_else_must_make_100() -> None:
    bad = "Of the budget, 45% goes on care, 30% on schools and 35% on everything else.\n"
    good = "Of the budget, 45% goes on care, 30% on schools and 25% on everything else.\n"
    assert at(lint(bad, "a.txt", select=["NL305"]), "NL305") == [1]
    assert at(lint(good, "a.txt", select=["NL305"]), "NL305") == []


def test_single_preference_survey_over_100() -> None:
    bad = "In the poll, 58% preferred card, 27% preferred transfers and 24% preferred cash.\n"
    multi = "In the poll, 58% used card, 47% used transfers and 24% used cash.\n"
    assert at(lint(bad, "a.txt", select=["NL305"]), "NL305") == [1]
    assert at(lint(multi, "a.txt", select=["NL305"]), "NL305") == []
