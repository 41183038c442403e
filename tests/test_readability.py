"""Readability (NL501-NL502) and the document metrics behind --statistics."""

from __future__ import annotations

from conftest import at, lint
from newslint.checks.readability import ReadabilityCheck
from newslint.metrics import syllables
from newslint.parse import parse

LONG = (
    "The council, which met on Tuesday after a delay caused by the storm that flooded "
    "the town hall basement and forced staff to move records to a temporary office in "
    "the library across the square, voted to raise the parking charges that traders "
    "had opposed for years."
)
DENSE = (
    "Notwithstanding considerable institutional heterogeneity, comprehensive "
    "macroprudential harmonization necessitates unprecedented intergovernmental "
    "coordination. Systemically consequential intermediaries substantially amplify "
    "contagion vulnerabilities during idiosyncratic liquidity disruptions. Consequently, "
    "supranational authorities increasingly prioritize standardized capitalization "
    "methodologies and interoperable resolution mechanisms for internationally active "
    "and systemically important banking institutions worldwide."
)
PLAIN = (
    "The council met on Tuesday. It voted to raise parking charges. Traders had fought "
    "the rise for years, and several of them said they would appeal. The mayor said the "
    "money would pay for new bus shelters and repairs to the main square."
)


def test_long_sentence_found_on_its_line_with_category():
    reports = lint(f"Short lead.\n\n{LONG}\n", select=["NL501"])
    assert at(reports, "NL501") == [3]
    assert reports[0].rule.category == "readability"
    assert "words (limit 40)" in reports[0].message


def test_long_sentence_limit_is_configurable():
    text = "The mayor said the new bus shelters would be built in the spring and paid for by the parking charges.\n"
    assert lint(text, select=["NL501"]) == []
    reports = lint(text, select=["NL501"], **{"max-sentence-words": 15})
    assert at(reports, "NL501") == [1]


def test_dense_paragraph_above_general_news_grade():
    reports = lint(f"{PLAIN}\n\n{DENSE}\n", select=["NL502"])
    assert at(reports, "NL502") == [3]


def test_audience_and_max_grade_change_the_ceiling():
    assert lint(DENSE, select=["NL502"], audience="academic", **{"max-grade": 40}) == []
    reports = lint(PLAIN, select=["NL502"], audience="children", **{"max-grade": 2})
    assert at(reports, "NL502") == [1]


def test_statistics_summarise_the_document():
    doc = parse("story.md", f"# Title\n\n{PLAIN}\n\n{DENSE}\n")
    stats = ReadabilityCheck().statistics(doc)["readability"]
    assert stats["sentences"] == 7
    assert stats["paragraphs"] == 2
    assert stats["words"] == len(PLAIN.split()) + len(DENSE.split())
    assert stats["flesch_kincaid_grade"] > 10
    assert stats["flesch_reading_ease"] < 60
    for key in ("gunning_fog", "smog_index", "coleman_liau_index", "words_per_sentence"):
        assert key in stats


def test_syllables_close_to_dictionary_counts():
    expected = {"the": 1, "council": 2, "announced": 2, "companies": 3, "increasing": 3}
    assert {w: syllables(w) for w in expected} == expected


def test_passive_paragraph_found_active_rewrite_clean():
    passive = (
        "The plan was approved on Monday. The budget was cut by a third. "
        "Two schools were closed and the staff were told nothing."
    )
    active = (
        "The council approved the plan on Monday. It cut the budget by a third. "
        "It closed two schools and told the staff nothing."
    )
    reports = lint(f"{active}\n\n{passive}\n", select=["NL503"])
    assert at(reports, "NL503") == [3]
    assert reports[0].rule.category == "readability"
    doc = parse("a.txt", passive)
    assert ReadabilityCheck().statistics(doc)["readability"]["passive_sentences"] == 3


def test_adjectives_after_be_are_not_passive():
    text = (
        "Residents are concerned about the plan. The mayor is based in the north. "
        "Officials were pleased with the result. Traders are worried about costs."
    )
    assert lint(text, select=["NL503"]) == []
