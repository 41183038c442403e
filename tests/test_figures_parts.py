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


@pytest.mark.parametrize(
    "sentence",
    [
        "City have won 12 of their 20 league matches, with five draws and four defeats.",
        "The side has won 9 of its 16 games this season, with 3 losses and 5 draws.",
        "They have 9 wins, 4 draws and 5 defeats from their 16 games.",
    ],
)
def test_win_draw_defeat_record_must_make_the_games(sentence: str) -> None:
    assert at(lint(sentence + "\n", "a.txt", select=["NL313"]), "NL313") == [1]


@pytest.mark.parametrize(
    "sentence",
    [
        "City have won 12 of their 20 league matches, with four draws and four defeats.",
        "They have 9 wins, 4 draws and 3 defeats from their 16 games.",
        "City have won 12 of their 20 matches, with 40 goals and 4 defeats.",
    ],
)
def test_records_that_add_up_or_are_not_records(sentence: str) -> None:
    assert at(lint(sentence + "\n", "a.txt", select=["NL313"]), "NL313") == []


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Of the 1,200 patients, 15% — 240 people — had side effects.", [1]),
        ("Of the 1,200 patients, 240 (15%) had side effects.", [1]),
        ("Of the 500 workers, 12%, or 80, were laid off.", [1]),
        ("Of the 1,200 patients, 15% — 180 people — had side effects.", []),
        ("Of the 1,200 patients, 181 (15%) had side effects.", []),
        ("Of the 1,200 patients, about 15% — 240 people — had side effects.", []),
    ],
)
def test_share_given_as_percentage_and_count_of_the_total(sentence: str, found: list) -> None:
    assert at(lint(sentence + "\n", "a.txt", select=["NL313"]), "NL313") == found


def test_gapped_shares_of_one_whole_must_make_100() -> None:
    bad = "Cards made up 62% of transactions, bank transfers 31% and digital wallets 17%.\n"
    good = "Cards made up 52% of transactions, bank transfers 31% and digital wallets 17%.\n"
    other = "Cards made up 62% of sales, 51% of profit and 17% of costs.\n"
    assert at(lint(bad, "a.txt", select=["NL305"]), "NL305") == [1]
    assert at(lint(good, "a.txt", select=["NL305"]), "NL305") == []
    assert at(lint(other, "a.txt", select=["NL305"]), "NL305") == []
