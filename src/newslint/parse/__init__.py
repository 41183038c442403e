"""Stage 2: text to Document, one module per input format.

The format comes from the file extension; a `.txt` file that carries front
matter or clear Markdown structure is parsed as Markdown, because scraped
articles are often saved as `.txt` with Markdown inside.
"""

from __future__ import annotations

import re

from newslint.document import Document
from newslint.parse.frontmatter import split_front_matter
from newslint.parse.html import parse_html
from newslint.parse.markdown import parse_markdown
from newslint.parse.plain import parse_plain

MARKDOWN_EXTENSIONS = (".md", ".markdown", ".mdown", ".mkd")
HTML_EXTENSIONS = (".html", ".htm", ".xhtml")

# Each signal with a literal its every match holds: a text without it skips the scan.
_MARKDOWN_SIGNALS = (
    ("# ", re.compile(r"^#{1,6} \S", re.M)),
    ("](", re.compile(r"\[[^\]\n]+\]\([^)\s]+\)")),
    ("](", re.compile(r"^\s*[*-] \[[^\]]+\]\(", re.M)),
    ("**", re.compile(r"\*\*[^*\n]+\*\*")),
    ("```", re.compile(r"^```", re.M)),
)


def detect_format(path: str, text: str) -> str:
    """'markdown', 'html' or 'text' for a file name and its contents."""
    lower = path.lower()
    if lower.endswith(MARKDOWN_EXTENSIONS):
        return "markdown"
    if lower.endswith(HTML_EXTENSIONS):
        return "html"
    head = text[:2000].lstrip().lower()
    if head.startswith(("<!doctype html", "<html")):
        return "html"
    if text.startswith(("---\n", "---\r\n")) and split_front_matter(text)[1] > 0:
        return "markdown"
    signals = sum(1 for literal, rx in _MARKDOWN_SIGNALS if literal in text and rx.search(text))
    return "markdown" if signals >= 2 else "text"


def parse(path: str, text: str, fmt: str | None = None) -> Document:
    """Parse `text` (the contents of `path`) into a Document."""
    fmt = fmt or detect_format(path, text)
    if fmt == "markdown":
        return parse_markdown(path, text)
    if fmt == "html":
        return parse_html(path, text)
    return parse_plain(path, text)
