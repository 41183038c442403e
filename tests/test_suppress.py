"""Inline suppression comments, and NL900 for the ones that suppress nothing."""

from __future__ import annotations

from conftest import at, lint


def test_markdown_disable_enable_range():
    text = (
        "Intro TK.\n\n<!-- newslint-disable NL106 -->\n\nMiddle TK.\n\nStill TK.\n\n"
        "<!-- newslint-enable -->\n\nAfter TK.\n"
    )
    reports = lint(text, "a.md", select=["NL106", "NL900"])
    assert at(reports, "NL106") == [1, 11]
    assert at(reports, "NL900") == []


def test_disable_next_line_by_name_in_html():
    text = "<p>One TK.</p>\n<!-- newslint-disable-next-line placeholder -->\n<p>Two TK.</p>\n"
    reports = lint(text, "a.html", select=["NL106", "NL900"])
    assert at(reports, "NL106") == [1]


def test_plain_text_comment_lines_and_line_end_marker():
    text = (
        "One TK.\n\n# newslint-disable-next-line NL106\nTwo TK.\n\n"
        "Three TK. newslint: ignore NL106\n\nFour TK.\n"
    )
    reports = lint(text, "a.txt", select=["NL106", "NL900"])
    assert at(reports, "NL106") == [1, 8]
    assert at(reports, "NL900") == []


def test_unused_suppression_is_reported_as_info():
    text = "Clean copy.\n\n<!-- newslint-disable-next-line NL106 -->\nStill clean.\n"
    reports = lint(text, "a.md", select=["NL106", "NL900"])
    (r,) = reports
    assert (r.rule.id, r.location.line, r.severity.value) == ("NL900", 3, "info")
    assert r.rule.category == "internal"


def test_disable_without_codes_covers_all_rules():
    text = "<!-- newslint-disable -->\nCertainly! Here is the rewritten article:\n\nTK here.\n"
    assert lint(text, "a.md", select=["NL102", "NL106", "NL900"]) == []
