"""Property-based tests: any text, Markdown or HTML lints without an exception, every
finding points inside the file at its excerpt, and fixing is idempotent and local."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslint.config import Config
from newslint.engine import fix_text, lint_text
from newslint.filter import excerpt as make_excerpt
from newslint.fixer import apply_fixes

CONFIG = Config(grammar="off")
FRAGMENTS = [
    "Certainly! Here is the rewritten article:",
    "TK",
    "[INSERT LINK]",
    "```html",
    "“`",
    "# Heading",
    "**bold**",
    "[link](http://x.test)",
    "<p>",
    "</p>",
    "<div>",
    "&amp;",
    "&nbsp;",
    "<!-- newslint-disable NL106 -->",
    "<!-- newslint-enable -->",
    "---",
    "\n",
    "\r\n",
    "\n\n",
    "| a | b |",
    "- item",
    "> quote",
    "“quoted”",
    "$4 billion",
    "up to $4 billion",
    "17%",
    "Mr. Smith said",
    "U.S.",
    "é",
    "👁️ 28.7K+",
    "<script>x</script>",
    "<![",
    "<![CDATA[x]]>",
    "<!",
    "</",
    "<?xml",
    "&#",
    "\r",
    "Lorem ipsum",
    "\t",
]
texty = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=20)), max_size=40).map(
    " ".join
)
# CI runs 150 examples a property; a longer campaign: NEWSLINT_FUZZ_EXAMPLES=20000 pytest tests/test_fuzz.py
EXAMPLES = int(os.environ.get("NEWSLINT_FUZZ_EXAMPLES", "150"))
SETTINGS = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def _check_reports(path: str, text: str) -> None:
    result = lint_text(path, text, CONFIG)
    lines = text.split("\n")
    for r in result.reports:
        loc = r.location
        assert 1 <= loc.line <= loc.end_line <= len(lines), (r, len(lines))
        assert 1 <= loc.column <= len(lines[loc.line - 1]) + 1
        assert 1 <= loc.end_column <= len(lines[loc.end_line - 1]) + 1
        if r.rule.id.startswith("NL9"):
            continue
        start = sum(len(x) + 1 for x in lines[: loc.line - 1]) + loc.column - 1
        end = sum(len(x) + 1 for x in lines[: loc.end_line - 1]) + loc.end_column - 1
        assert r.excerpt == make_excerpt(text, start, end)
        if r.fix:
            assert 0 <= r.fix.start <= r.fix.end <= len(text)


@SETTINGS
@given(texty)
def test_plain_text_never_crashes(text):
    _check_reports("fuzz.txt", text)


@SETTINGS
@given(texty)
def test_markdown_never_crashes(text):
    _check_reports("fuzz.md", text)


@SETTINGS
@given(texty)
def test_html_never_crashes(text):
    _check_reports("fuzz.html", "<html><body>" + text)


@SETTINGS
@given(texty)
def test_fixes_are_idempotent_and_local(text):
    result = lint_text("fuzz.md", text, CONFIG)
    fixes = [r.fix for r in result.reports if r.fix]
    once, _ = apply_fixes(text, fixes)
    # Text outside every fix span is kept, in order.
    position = 0
    for start, end in _gaps(text, fixes):
        found = once.find(text[start:end], position)
        assert found != -1
        position = found + (end - start)
    # `--fix` (fix until stable) gives the same text when run a second time.
    fixed, _ = fix_text("fuzz.md", text, CONFIG)
    again, count = fix_text("fuzz.md", fixed, CONFIG)
    assert again == fixed and count == 0


def _gaps(text, fixes):
    spans = sorted((f.start, f.end) for f in fixes)
    pos = 0
    for start, end in spans:
        if start > pos:
            yield pos, start
        pos = max(pos, end)
    if pos < len(text):
        yield pos, len(text)
