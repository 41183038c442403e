"""Figure relations added after the twenty-third to twenty-sixth held-out sets: a
change named after its from-to pair ("from 180,000 to 240,000 tonnes, a rise of
25%"), a change between two sums in a currency written as a code ("TSh", "KES"), a
count with a long unit and its period before "up 10% from" (NL304); a share stated
of a whole the same sentence gives ("a quarter of the island's 2.8 million people",
NL314); and a unit conversion after a hyphened unit and its noun ("the 40-hectare
terminal (about 40 acres)") or 15% out beyond rounding (NL301).
"""

from __future__ import annotations

import pytest

from conftest import at, lint


def _one(text: str, rule: str) -> list[int]:
    reports = lint(text, "a.md", select=[rule])
    assert all(r.rule.category == "inconsistent-figure" for r in reports)
    return at(reports, rule)


_FOUND = [
    (
        "The expansion will lift the mine's yearly output from 180,000 tonnes to 240,000 "
        "tonnes, a rise of 25%, once the new plant runs.",
        "NL304",
    ),
    (
        "Orders went from 1,200 to 900 a month, a fall of 40%, the company said.",
        "NL304",
    ),
    (
        "Mobile payments reached TSh 17.2 trillion in the first quarter, up 14% from "
        "TSh 15.8 trillion a year earlier, the central bank said.",
        "NL304",
    ),
    (
        "Exports reached KES 460 billion, up 30% from KES 400 billion, the ministry said.",
        "NL304",
    ),
    (
        "The port handled 1.1 million twenty-foot equivalent units (TEUs) of containers "
        "last year, up 10% from 900,000 the year before.",
        "NL304",
    ),
    (
        "Some 350,000 people had registered by February, roughly a quarter of the "
        "island's 2.8 million population.",
        "NL314",
    ),
    (
        "The fund lent $40 million to small firms, or 60% of its $200 million budget.",
        "NL314",
    ),
    (
        "About 1,200 staff joined the strike, nearly two-thirds of the company's 4,500 workers.",
        "NL314",
    ),
    ("The 40-hectare terminal (about 40 acres) sits on reclaimed land.", "NL301"),
    ("The 5,600-kilometre (about 4,300-mile) cable links four countries.", "NL301"),
]

# Restated across the story: the finding is on the later line (3).
_RESTATED = [
    (
        "The plant will recover metals from up to 45,000 tonnes of spent batteries each "
        "year.\n\nAt its 54,000-tonne annual capacity, the plant will serve 150,000 cars.",
        3,
    ),
    (
        "The assistant is being rolled out to every one of the 14 million of its clients.\n\n"
        "The bank said it would reach all of its 41 million account holders by December.",
        3,
    ),
    (
        "The cable has a design capacity of 240 terabits per second, the consortium said.\n\n"
        "Engineers will finish testing the 24 Tbps system by December, the consortium said.",
        3,
    ),
]
_RESTATED_CLEAN = [
    "The plant will recover metals from up to 45,000 tonnes of spent batteries each "
    "year.\n\nAt its 45,000-tonne annual capacity, the plant will serve 150,000 cars.",
    "The assistant is being rolled out to every one of the 14 million of its clients.\n\n"
    "The bank said it would reach all of its 14 million account holders by December.",
    "The cable has a design capacity of 240 terabits per second, the consortium said.\n\n"
    "Engineers will finish testing the 240 Tbps system by December, the consortium said.",
]

_CLEAN = [
    (
        "The expansion will lift yearly output from 180,000 tonnes to 240,000 tonnes, a "
        "rise of a third, once the new plant runs.",
        "NL304",
    ),
    (
        "The expansion will lift yearly output from 180,000 tonnes to 240,000 tonnes, a "
        "rise of 33%, once the new plant runs.",
        "NL304",
    ),
    (
        "Mobile payments reached TSh 17.2 trillion, up 9% from TSh 15.8 trillion a year earlier.",
        "NL304",
    ),
    (
        "The port handled 1.1 million twenty-foot equivalent units (TEUs) last year, up "
        "22% from 900,000 the year before.",
        "NL304",
    ),
    (
        "Some 700,000 people had registered by February, roughly a quarter of the "
        "island's 2.8 million population.",
        "NL314",
    ),
    (
        "About 1,200 staff joined the strike, more than a fifth of the company's 4,500 workers.",
        "NL314",
    ),
    (
        "The fund lent $40 million to small firms, or 20% of its $200 million budget.",
        "NL314",
    ),
    ("The 40-hectare terminal (about 100 acres) sits on reclaimed land.", "NL301"),
    ("The 5,600-kilometre (about 3,500-mile) cable links four countries.", "NL301"),
    ("The 12-mile stretch (20 km) reopened on Monday.", "NL301"),
]


@pytest.mark.parametrize(("text", "rule"), _FOUND)
def test_found(text: str, rule: str) -> None:
    assert _one(text, rule) == [1]


@pytest.mark.parametrize(("text", "rule"), _CLEAN)
def test_clean(text: str, rule: str) -> None:
    assert _one(text, rule) == []


@pytest.mark.parametrize(("text", "line"), _RESTATED)
def test_restated(text: str, line: int) -> None:
    assert _one(text, "NL301") == [line]


@pytest.mark.parametrize("text", _RESTATED_CLEAN)
def test_restated_clean(text: str) -> None:
    assert _one(text, "NL301") == []
