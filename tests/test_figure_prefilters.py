"""The literal prefilters in front of the date and share patterns must pass every
text their pattern can match (they only spare the scan where it cannot), including
upper-case and non-ASCII text, where lower-casing and re.I part ways."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from newslint.checks.figures import dates, shares


def _an(*texts: str) -> SimpleNamespace:
    return SimpleNamespace(sentences=[SimpleNamespace(text=t) for t in texts])


@pytest.mark.parametrize(
    "text",
    [
        "City WON 12 of their 20 matches, with five draws and four defeats.",
        "They have 9 Wins, 4 draws and 3 losses from 16 games.",
        "City won 12 of their 20 matches, with five draws and four defeats — ſo.",
    ],
)
def test_record_prefilter_passes_matches(text: str) -> None:
    assert shares._RECORD.search(text)
    assert shares._may_record(text)


def test_record_prefilter_skips_other_words() -> None:
    assert not shares._may_record("Following the window, the wind rose.")


@pytest.mark.parametrize("text", ["a 1.2 GIGAWATT farm", "the 800MW plant", "a 5 kW panel"])
def test_power_prefilter_passes_matches(text: str) -> None:
    assert shares._POWER_RE.search(text)
    assert shares._may_rate_power(_an("Intro.", text))


def test_power_prefilter_skips_articles_without_ratings() -> None:
    assert not shares._may_rate_power(_an("We met on Monday.", "Sales rose 5%."))


@pytest.mark.parametrize(
    "text",
    [
        "Jane Smith, 45, leads the team.",
        "said Osei, 34",
        "The 24-year-old striker Jane Smith signed.",
        "Jane Smith (45) leads the team.",
        "Jane Smith, aged 45, leads.",
        "At 23, Morandi becomes champion.",
    ],
)
def test_age_hint_passes_matches(text: str) -> None:
    assert dates._AGE.search(text)
    assert dates._AGE_HINT.search(text)


def test_stamp_prefilter() -> None:
    assert dates._stamped('<meta property="article:PUBLISHED_TIME" content="x">')
    assert dates._stamped('<meta name="pubdate" content="2024-01-01">')
    assert not dates._stamped("No stamp here.")
