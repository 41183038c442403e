"""Figure relations added after the twenty-first and twenty-second held-out sets:
amounts in local currency prefixes and ISO codes ("RM2.8 billion", "Rs2,300",
"EGP 5 billion") read as money, so a restated sum, an undisclosed sum stated and a
change between two of them are checked (NL301, NL303, NL304); a multiple written
"threefold" against its own figures (NL304); a breakdown whose last part is "the
remaining $2 million" (NL313); shares graded fully / partly / not at all (NL305); a
share a definite noun is said to be of a total (NL313); a count restated with two
digits swapped across a scale word (NL301); and a winning margin against the final
score (NL301).
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
        "Veltrix has started building a RM3.2 billion (about US$750 million) plant in "
        "Penang.\n\n"
        "The RM2.8 billion project will be financed through internal funds, the company said.",
        "NL301",
        3,
    ),
    (
        "The ministry said it had approved tax incentives for Veltrix, although the value "
        "of those incentives was not disclosed.\n\n"
        "The RM2.8 billion project will be financed through bank borrowings.\n\n"
        "The RM400 million incentive package is tied to hiring targets, the ministry added.",
        "NL303",
        5,
    ),
    (
        "A bag of flour was selling for Rs2,850 on Wednesday, up from Rs2,300 at the "
        "beginning of December, a rise of about 40 per cent in a month.",
        "NL304",
        1,
    ),
    (
        "The temples will raise the adult fee from ¥500 to ¥1,000 — a threefold increase — "
        "from April.",
        "NL304",
        1,
    ),
    (
        "The partners have mobilised $12 million for the response, the ministry said: $5 "
        "million from the FAO, $4 million from the World Bank and the remaining $2 million "
        "from the federal budget.",
        "NL313",
        1,
    ),
    (
        "Researchers found that 62 per cent of the colonies were fully bleached, 29 per cent "
        "were partially bleached and 15 per cent showed no signs of bleaching.",
        "NL305",
        1,
    ),
    (
        "Producers will release 25 million pounds of syrup from the reserve this spring.\n\n"
        "The federation said the release represents about 14 per cent of the roughly 100 "
        "million pounds it held in reserve.",
        "NL313",
        3,
    ),
    (
        "The region received about 4.7 million foreign overnight visitors last year, the "
        "bureau said.\n\n"
        "With nearly 7.4 million overseas visitors a year, doing nothing is not an option.",
        "NL301",
        3,
    ),
    (
        "Aarhus Storm won the cup on Sunday, beating holders Odense Blå 31-27 in the final.\n\n"
        "Aarhus won by three goals, and the victory completes a remarkable year.",
        "NL301",
        3,
    ),
]


@pytest.mark.parametrize(("text", "rule", "line"), _FOUND)
def test_found(text: str, rule: str, line: int) -> None:
    assert line in _one(text, rule)


_CLEAN = [
    (
        "Veltrix has started building a RM3.2 billion plant in Penang.\n\n"
        "The RM3.2 billion project will be financed through internal funds.",
        "NL301",
    ),
    (
        "The deal is worth EGP 5 billion, the bank said.\n\n"
        "Last year the bank lent EGP 3 billion to small firms.",
        "NL301",
    ),
    (
        "A bag of flour was selling for Rs2,850 on Wednesday, up from Rs2,300 at the "
        "beginning of December, a rise of about 24 per cent in a month.",
        "NL304",
    ),
    ("The fee will rise from ¥500 to ¥1,000 — a twofold increase — from April.", "NL304"),
    ("The fee will rise from ¥500 to ¥1,500 — a threefold increase — from April.", "NL304"),
    (
        "The partners have mobilised $12 million, the ministry said: $5 million from the "
        "FAO, $4 million from the World Bank and the remaining $3 million from the budget.",
        "NL313",
    ),
    (
        "The partners have mobilised $12 million, the ministry said: $5.4 million from the "
        "FAO, $4.3 million from the World Bank and $2 million from the budget.",
        "NL313",
    ),
    (
        "Researchers found that 62 per cent of the colonies were fully bleached, 29 per cent "
        "were partially bleached and 9 per cent showed no signs of bleaching.",
        "NL305",
    ),
    (
        "About 70 per cent of adults are fully vaccinated and 80 per cent have had at least "
        "one dose.",
        "NL305",
    ),
    (
        "Producers will release 25 million pounds of syrup from the reserve this spring.\n\n"
        "The federation said the release represents about 25 per cent of the roughly 100 "
        "million pounds it held in reserve.",
        "NL313",
    ),
    (
        "The city had 1.2 million residents in 2010.\n\n"
        "Tourism brought 2.1 million visitors last year.",
        "NL301",
    ),
    (
        "Aarhus Storm won the cup on Sunday, beating holders Odense Blå 31-27 in the final.\n\n"
        "Aarhus won by four goals, and the victory completes a remarkable year.",
        "NL301",
    ),
    (
        "Aarhus beat Odense 31-27 in the semi-final and Esbjerg 30-25 in the final.\n\n"
        "Aarhus won by five goals in the final.",
        "NL301",
    ),
    ("Route A1 passes the R101 and COVID 19 cases rose, the RMT union said.", "NL301"),
]


@pytest.mark.parametrize(("text", "rule"), _CLEAN)
def test_clean(text: str, rule: str) -> None:
    assert _one(text, rule) == []
