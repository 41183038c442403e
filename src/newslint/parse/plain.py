"""Plain-text articles.

Paragraphs are separated by blank lines. Inside a chunk, short lines that run on
(hard-wrapped text, every line at most ~100 characters) form one paragraph;
otherwise each line is its own paragraph, which is how scraped and LLM-written
text usually arrives. A short line without a closing full stop, in title case or
first in the file, is taken as a heading.
"""

from __future__ import annotations

import re
from array import array

from newslint.document import Block, BlockBuilder, Document

WRAP_WIDTH = 100
_FENCE = re.compile(r"^\s*(?:```|~~~|“`|``)")
# Suppression comments (suppress.py) are instructions to newslint, not prose.
_DIRECTIVE_LINE = re.compile(r"^[ \t]*#[ \t]*newslint-(?:disable|enable)", re.I)
_DIRECTIVE_END = re.compile(r"\s*newslint:\s*ignore\b[ \t,A-Za-z0-9-]*$", re.I)


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        # Each directive holds a literal "#" or ":": most lines skip the regex scans.
        if "#" in body and _DIRECTIVE_LINE.match(body):
            body = ""
        marker = _DIRECTIVE_END.search(body) if ":" in body else None
        if marker:
            body = body[: marker.start()]
        spans.append((pos, pos + len(body)))
        pos += len(line)
    return spans


def _chunks(text: str, spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    chunks: list[list[tuple[int, int]]] = [[]]
    for s, e in spans:
        if text[s:e].strip():
            chunks[-1].append((s, e))
        elif chunks[-1]:
            chunks.append([])
    return [c for c in chunks if c]


def _is_wrapped(text: str, chunk: list[tuple[int, int]]) -> bool:
    if len(chunk) < 2:
        return False
    lengths = [e - s for s, e in chunk]
    return max(lengths) <= WRAP_WIDTH and all(n >= 30 for n in lengths[:-1])


def looks_like_heading(line: str, first: bool) -> bool:
    words = line.split()
    if not words or len(words) > 14 or line.rstrip().endswith((".", ",", ";", ":")):
        return False
    capitalised = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return first or capitalised / len(words) >= 0.6


def _paragraph(text: str, lines: list[tuple[int, int]], kind: str) -> Block | None:
    builder = BlockBuilder()
    for i, (s, e) in enumerate(lines):
        if i:
            builder.add_mapped(" ", lines[i - 1][1])
        builder.add(text[s:e], s)
    return builder.build(kind, lines[0][0], lines[-1][1])


def parse_plain(path: str, text: str) -> Document:
    spans = _line_spans(text)
    blocks: list[Block] = []
    for chunk in _chunks(text, spans):
        groups = [chunk] if _is_wrapped(text, chunk) else [[line] for line in chunk]
        for group in groups:
            first_line = text[group[0][0] : group[0][1]]
            if _FENCE.match(first_line) and len(group) == 1:
                s, e = group[0]
                blocks.append(Block("code", text[s:e], array("l", range(s, e)), s, e, info="fence"))
                continue
            heading = len(group) == 1 and looks_like_heading(first_line, not blocks)
            block = _paragraph(text, group, "heading" if heading else "paragraph")
            if block:
                blocks.append(block)
    return Document(path=path, text=text, format="text", blocks=blocks)
