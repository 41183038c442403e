"""The parsed article that every check reads.

A Document keeps the original text untouched and describes it as blocks. Each
block carries the text a reader sees (markup stripped) plus, for every character
of that text, its offset in the original file. Checks work on the clean text and
report spans in it; `Block.source_span` maps them back, so line and column are
right for Markdown, HTML, CRLF and non-ASCII input alike.
"""

from __future__ import annotations

import bisect
from array import array
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from newslint.model import Location
from newslint.segment import split_sentences

# Block kinds that hold prose a reader reads.
PROSE_KINDS = frozenset({"paragraph", "heading", "list_item", "blockquote", "table_cell"})


@dataclass(frozen=True)
class Link:
    """A hyperlink inside a block: its visible text span (block coordinates) and target."""

    url: str
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    """A sentence of a block, as [start, end) in the block's text."""

    block: Block
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.block.text[self.start : self.end]

    def source_span(self) -> tuple[int, int]:
        return self.block.source_span(self.start, self.end)


@dataclass(eq=False)
class Block:
    """One structural unit of the article (paragraph, heading, list item, code...).

    `text` is what a reader sees; `offsets[i]` is the original-file offset of
    `text[i]`. Non-prose blocks (code, raw HTML, front matter) keep their source
    text verbatim so that stray-markup rules can still inspect them.
    """

    kind: str
    text: str
    offsets: array
    source_start: int
    source_end: int
    level: int = 0  # heading level, or nesting depth for quotes/lists
    info: str = ""  # fence info string for code, tag name for raw HTML
    links: tuple[Link, ...] = ()
    quoted: bool = False  # inside a blockquote
    index: int = 0  # position in Document.blocks

    @property
    def is_prose(self) -> bool:
        return self.kind in PROSE_KINDS

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Original-file [start, end) for block-text [start, end)."""
        if not self.text:
            return self.source_start, self.source_end
        start = min(max(start, 0), len(self.text) - 1)
        end = min(max(end, start + 1), len(self.text))
        return self.offsets[start], self.offsets[end - 1] + 1

    @cached_property
    def sentences(self) -> list[Sentence]:
        return [Sentence(self, s, e) for s, e in split_sentences(self.text)]

    def __repr__(self) -> str:  # short, for test failure messages
        return f"Block({self.kind!r}, {self.text[:40]!r}...)"


class LineIndex:
    """Maps character offsets of a text to 1-based line and column."""

    def __init__(self, text: str) -> None:
        starts = [0]
        pos = text.find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = text.find("\n", pos + 1)
        self.starts = starts
        self.length = len(text)

    def position(self, offset: int) -> tuple[int, int]:
        offset = min(max(offset, 0), self.length)
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def location(self, start: int, end: int) -> Location:
        """Location of [start, end): end column is exclusive, as ruff reports it."""
        line, col = self.position(start)
        end_line, end_col = self.position(max(end, start))
        return Location(line, col, end_line, end_col)

    def line_span(self, line: int) -> tuple[int, int]:
        """[start, end) offsets of 1-based `line`, without its line break."""
        start = self.starts[line - 1]
        end = self.starts[line] - 1 if line < len(self.starts) else self.length
        return start, end

    @property
    def line_count(self) -> int:
        return len(self.starts)


@dataclass(eq=False)
class Document:
    """A parsed article: original text, format, metadata and blocks."""

    path: str
    text: str
    format: str  # "text", "markdown" or "html"
    blocks: list[Block] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for i, block in enumerate(self.blocks):
            block.index = i

    @cached_property
    def lines(self) -> LineIndex:
        return LineIndex(self.text)

    @property
    def prose_blocks(self) -> list[Block]:
        return [b for b in self.blocks if b.kind in PROSE_KINDS]

    def sentences(self) -> list[Sentence]:
        return [s for b in self.prose_blocks for s in b.sentences]

    def source_lines(self) -> list[tuple[int, str]]:
        """(start offset, line text without its break) for every line of the file."""
        return list(self._source_lines)

    @cached_property
    def _source_lines(self) -> tuple[tuple[int, str], ...]:
        # Lines as LineIndex counts them: split at LF, CR stripped at the end. The
        # index (which the parsers have built) already holds where each one starts.
        lines = self.text.split("\n")
        if "\r" in self.text:
            lines = [line.rstrip("\r") for line in lines]
        return tuple(zip(self.lines.starts, lines, strict=True))

    @cached_property
    def word_count(self) -> int:
        return sum(len(b.text.split()) for b in self.prose_blocks)


class BlockBuilder:
    """Accumulates text pieces with their source offsets into one Block."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.offsets = array("l")
        self.links: list[Link] = []

    def add(self, text: str, source_start: int) -> None:
        """Append text that stands verbatim in the source at `source_start`."""
        self.parts.append(text)
        self.offsets.extend(_iota(source_start, source_start + len(text)))

    def add_mapped(self, text: str, source_offset: int) -> None:
        """Append text that replaces markup (an entity, a line break) at one offset."""
        self.parts.append(text)
        self.offsets.extend([source_offset] * len(text))

    @property
    def length(self) -> int:
        return len(self.offsets)

    def build(self, kind: str, source_start: int, source_end: int, **kw: Any) -> Block | None:
        text = "".join(self.parts)
        if not text.isascii():  # (a constant-time test) only non-ASCII text has such spaces
            text = text.translate(_READER_SPACES)
        # Trim outer whitespace, keeping offsets aligned.
        lead = len(text) - len(text.lstrip())
        trail = len(text.rstrip())
        if trail <= lead:
            return None
        offsets = self.offsets[lead:trail]
        links = self._trimmed_links(lead, trail) if self.links else ()
        return Block(
            kind=kind,
            text=text[lead:trail],
            offsets=offsets,
            source_start=offsets[0] if offsets else source_start,
            source_end=offsets[-1] + 1 if offsets else source_end,
            links=links,
            **kw,
        )

    def _trimmed_links(self, lead: int, trail: int) -> tuple[Link, ...]:
        """The links inside text[lead:trail], in its coordinates."""
        return tuple(
            Link(ln.url, max(ln.start - lead, 0), min(ln.end - lead, trail - lead))
            for ln in self.links
            if ln.end > lead and ln.start < trail
        )


# No-break and typographic spaces read as spaces. Scraped pages are full of them
# (&nbsp;), and a pattern's `\s` in RE2 or a plain " " would not match them, so a
# phrase split by one would go unseen. One character for one keeps offsets exact.
_READER_SPACES = str.maketrans(dict.fromkeys("\u00a0\u2002\u2003\u2007\u2009\u202f", " "))


def verbatim_block(kind: str, text: str, start: int, end: int, **kw: Any) -> Block:
    """A block whose text is the source slice [start, end) itself."""
    return Block(
        kind=kind,
        text=text[start:end],
        offsets=_iota(start, end),
        source_start=start,
        source_end=end,
        **kw,
    )


# Consecutive offsets, sliced from one cached run: copying a slice is C-level,
# building array("l", range(...)) makes a Python int per character of the file.
_IOTA = array("l")
_IOTA_LIMIT = 1 << 21  # past 2M characters (16 MB of offsets) build the range directly


def _iota(start: int, end: int) -> array:
    """array("l", range(start, end))."""
    global _IOTA
    if end > len(_IOTA):
        if start < 0 or end > _IOTA_LIMIT:
            return array("l", range(start, end))
        grown = array("l", _IOTA)
        grown.extend(range(len(_IOTA), min(max(end, 2 * len(_IOTA), 1 << 12), _IOTA_LIMIT)))
        _IOTA = grown
    elif start < 0:
        return array("l", range(start, end))
    return _IOTA[start:end]
