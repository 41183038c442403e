"""Figure relations added after the twenty-third to twenty-sixth held-out sets (parts
and wholes, dates): a story dated only by its HTML byline or its dateline (NL307,
NL311); 'last week's talks ... on 12 June' (NL311); the years since a dated start
('began in March 2021 ... after five years of construction', NL311); two ages of one
person ('a 47-year-old ... since 2004, when she was 24', NL308); a breakdown that
exceeds the total given earlier in its own sentence, or falls short of a total it is
said to be all of (NL313); sums that finance, make up or split a total stated just
before, or end with 'the remaining' sum (NL313); a count plus 'another' count against
the total it is said to reach (NL313); and shares said 'together' to make a fraction
(NL305).
"""

from __future__ import annotations

import pytest

from conftest import at, lint


def _lines(text: str, rule: str, path: str = "a.md") -> list[int]:
    reports = lint(text, path, select=[rule])
    assert all(r.rule.category == "inconsistent-figure" for r in reports)
    return at(reports, rule)


_HTML = (
    "<html><head><title>Cable lands</title></head><body>\n"
    '<div class="consent">We use cookies. <button>Accept</button></div>\n'
    '<nav><a href="/">Home</a> | <a href="/tech">Tech</a></nav>\n'
    "<article>\n"
    "<h1>Subsea cable lands in Panama</h1>\n"
    '<p class="byline">By Carlos Ibarra &middot; Tech correspondent &middot; September 18, 2025</p>\n'
    "<p>COLÓN — A new fibre-optic cable came ashore at the port of Colón on {day}, "
    "September 17, the consortium said.</p>\n"
    "</article></body></html>\n"
)

_FOUND = [
    # A weekday checked against the year of an HTML byline below the page's head.
    (_HTML.format(day="Tuesday"), "NL307", 7, "a.html"),
    # ... or of a dateline that opens the story.
    (
        "## Rail venture signs deals\n\n"
        "**MUSCAT, 12 November 2025** — The joint venture building the line said on Monday "
        "that tracklaying was half complete.\n\n"
        "It signed a memorandum with two mining companies on Thursday, 5 November, to move "
        "ore by rail.",
        "NL307",
        5,
        "a.md",
    ),
    (
        "---\ndate: 2025-07-03\n---\nThe request follows last week's talks in Beijing on "
        "12 June between officials and lenders.",
        "NL311",
        4,
        "a.md",
    ),
    (
        "---\ndate: 2025-08-19\n---\nWork on the plant began in March 2021, and after five "
        "years of construction engineers say the wells are producing steam.",
        "NL311",
        4,
        "a.md",
    ),
    (
        "---\ndate: 2025-08-19\n---\nIt is now seven years since March 2021, when the "
        "first well was drilled.",
        "NL311",
        4,
        "a.md",
    ),
    (
        '---\ndate: 2025-11-05\n---\n"We stopped," said Gulnora Yusupova, a 47-year-old '
        "operator who has worked at the mill since 2004, when she was 24.",
        "NL308",
        4,
        "a.md",
    ),
    (
        "The agency said 4,200 families had been moved to shelters, including 1,900 families "
        "in Badulla, 1,600 in Nuwara Eliya and 1,100 in Kandy.",
        "NL313",
        1,
        "a.md",
    ),
    (
        "About 4,200 people work at the three mills. The union said 2,100 workers at the "
        "Margilan plant, 1,300 at the Quva plant and 600 at the Rishton plant joined the "
        "stoppage - every one of the group's employees.",
        "NL313",
        1,
        "a.md",
    ),
    (
        "The project cost $630 million, according to the utility.\n\n"
        "It was financed with a $415 million loan from the Japanese agency, $150 million "
        "from a regional bank and $45 million of the utility's own funds.",
        "NL313",
        3,
        "a.md",
    ),
    (
        "Organisers said the event had a total prize pool of $500,000. The champions took "
        "home $200,000, the runners-up received $150,000 and the remaining $200,000 was "
        "split among the other six teams.",
        "NL313",
        1,
        "a.md",
    ),
    (
        "The company, which currently employs 320 staff, said it would recruit another 150 "
        "engineers over the next year, taking its workforce to 420.",
        "NL313",
        1,
        "a.md",
    ),
    (
        "The United Kingdom took 28 per cent of export volumes, followed by Germany with 17 "
        "per cent and the United States with 9 per cent. Together those three countries "
        "accounted for almost two-thirds of all shipments.",
        "NL305",
        1,
        "a.md",
    ),
]


@pytest.mark.parametrize(("text", "rule", "line", "path"), _FOUND)
def test_found(text: str, rule: str, line: int, path: str) -> None:
    assert line in _lines(text, rule, path)


_CLEAN = [
    (_HTML.format(day="Wednesday"), "NL307", "a.html"),
    (
        "---\ndate: 2025-07-03\n---\nThe request follows last week's talks in Beijing on "
        "27 June between officials and lenders.",
        "NL311",
        "a.md",
    ),
    (
        "---\ndate: 2025-08-19\n---\nWork on the plant began in March 2021, and after four "
        "years of construction engineers say the wells are producing steam.",
        "NL311",
        "a.md",
    ),
    (
        "---\ndate: 2025-08-19\n---\nWork began in 2012 and was completed after two years of "
        "construction.",
        "NL311",
        "a.md",
    ),
    (
        "---\ndate: 2025-08-19\n---\nIn the ten years since 2015 the town has doubled.",
        "NL311",
        "a.md",
    ),
    (
        '---\ndate: 2025-11-05\n---\n"We stopped," said Gulnora Yusupova, a 45-year-old '
        "operator who has worked at the mill since 2004, when she was 24.",
        "NL308",
        "a.md",
    ),
    (
        "The agency said 4,800 families had been moved to shelters, including 1,900 families "
        "in Badulla, 1,600 in Nuwara Eliya and 1,100 in Kandy.",
        "NL313",
        "a.md",
    ),
    (
        "About 4,200 people work at the three mills. The union said 2,100 workers at the "
        "Margilan plant, 1,300 at the Quva plant and 600 at the Rishton plant joined the "
        "stoppage.",
        "NL313",
        "a.md",
    ),
    (
        "The project cost $630 million, according to the utility.\n\n"
        "It was financed with a $415 million loan from the Japanese agency, $170 million "
        "from a regional bank and $45 million of the utility's own funds.",
        "NL313",
        "a.md",
    ),
    (
        "The project cost $630 million, according to the utility.\n\n"
        "It was financed with sources including a $415 million loan from the Japanese agency "
        "and $150 million from a regional bank.",
        "NL313",
        "a.md",
    ),
    (
        "Organisers said the event had a total prize pool of $500,000. The champions took "
        "home $200,000, the runners-up received $150,000 and the remaining $150,000 was "
        "split among the other six teams.",
        "NL313",
        "a.md",
    ),
    (
        "The company, which employs 320 staff in Bishkek, said it would recruit another 150 "
        "engineers, taking its global workforce to 900.",
        "NL313",
        "a.md",
    ),
    (
        "The United Kingdom took 28 per cent of export volumes, followed by Germany with 21 "
        "per cent and the United States with 15 per cent. Together those three countries "
        "accounted for almost two-thirds of all shipments.",
        "NL305",
        "a.md",
    ),
]


@pytest.mark.parametrize(("text", "rule", "path"), _CLEAN)
def test_clean(text: str, rule: str, path: str) -> None:
    assert _lines(text, rule, path) == []
