"""Sentence segmentation tuned for news copy.

A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets) followed
by space and a capital, digit or opening quote, unless the word before the stop is
a known abbreviation ("Mr.", "Dec.", "Corp.") or an initial. Dotted acronyms such
as "U.S." end a sentence only when the next word is a typical sentence opener,
because "the U.S. Department" is far more common in news than "the U.S. The".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sr",
        "jr",
        "st",
        "mt",
        "ft",
        "gen",
        "gov",
        "sen",
        "rep",
        "lt",
        "col",
        "capt",
        "sgt",
        "cmdr",
        "adm",
        "maj",
        "pres",
        "supt",
        "det",
        "insp",
        "rev",
        "hon",
        "atty",
        "inc",
        "corp",
        "ltd",
        "co",
        "bros",
        "plc",
        "llc",
        "dept",
        "univ",
        "assn",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "no",
        "nos",
        "vol",
        "vols",
        "fig",
        "figs",
        "p",
        "pp",
        "ch",
        "art",
        "sec",
        "ed",
        "eds",
        "est",
        "approx",
        "vs",
        "etc",
        "al",
        "cf",
        "ave",
        "blvd",
        "rd",
        "hwy",
    ]
)

OPENERS = frozenset(
    [
        "The",
        "A",
        "An",
        "It",
        "He",
        "She",
        "They",
        "We",
        "I",
        "You",
        "This",
        "That",
        "These",
        "Those",
        "There",
        "But",
        "And",
        "In",
        "On",
        "At",
        "For",
        "Its",
        "His",
        "Her",
        "Their",
        "Our",
        "After",
        "Before",
        "When",
        "While",
        "If",
        "As",
        "Some",
        "Many",
        "Most",
        "Now",
        "Still",
        "Yet",
        "However",
        "Meanwhile",
    ]
)

# `[.!?…][.!?…]*` rather than `[.!?…]+`: the same matches, but `re` scans ahead for
# a pattern's first character only when it starts with a plain character class.
_BOUNDARY = re.compile(r"""[.!?…][.!?…]*[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])""")
_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)\.?$")
_ACRONYM = re.compile(r"(?:[A-Za-z]\.){2,}$")
_NEXT_WORD = re.compile(r"\s+[\"'“‘(\[]?([A-Za-z0-9]+)")


def _is_false_stop(text: str, stop: int, end: int) -> bool:
    """Whether the terminator at text[stop:end] belongs to an abbreviation."""
    if text[stop] != ".":
        return False
    head = text[max(0, stop - 20) : stop + 1]
    word = head.split()[-1] if head.split() else ""
    bare = word.rstrip(".").lstrip("(\"'“‘")
    nxt = _NEXT_WORD.match(text, end)
    next_word = nxt.group(1) if nxt else ""
    if _ACRONYM.search(bare + "."):
        return next_word not in OPENERS
    if bare.lower() in ABBREVIATIONS:
        # "Dec. 5" or "Mr. Smith" continue; "in Dec. The" is rare enough to accept.
        return True
    # A lone capital initial ("John F. Kennedy").
    return len(bare) == 1 and bare.isupper()


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Spans [start, end) of the sentences in `text`, whitespace trimmed."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if _is_false_stop(text, m.start(), m.end()):
            continue
        _add_trimmed(out, text, start, m.end())
        start = m.end()
    _add_trimmed(out, text, start, len(text))
    return out


def _add_trimmed(out: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    """Append text[start:end] without its outer whitespace, if anything is left."""
    piece = text[start:end]
    # str.strip() and str.isspace() agree on what whitespace is.
    stripped = piece.lstrip()
    if not stripped:
        return
    start += len(piece) - len(stripped)
    end = start + len(stripped.rstrip())
    if end - start <= MAX_SENTENCE_CHARS:
        out.append((start, end))
    else:
        out.extend(_bounded(text, start, end))


# No sentence a reader can follow runs past ~300 words. A run of text with no
# full stop (a scraped list, a table flattened to text, a file of figures) is cut
# here, so that every check's work per sentence stays bounded on any input.
MAX_SENTENCE_CHARS = 2000


def _bounded(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """[start, end) cut at whitespace into pieces of at most MAX_SENTENCE_CHARS."""
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        if cut == -1:
            cut = start + MAX_SENTENCE_CHARS
        yield start, cut
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield start, end


_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-]*")


def words(text: str) -> list[str]:
    """Word tokens of a sentence (letters, digits, inner apostrophes and hyphens)."""
    return _WORD.findall(text)


def asks(text: str) -> bool:
    """A unit that ends in a question mark, past closing quotes and emphasis marks:
    an interviewer's turn ("**Is that fair?**"), not a claim of the story's own."""
    return text.rstrip(" \t\n*_\"”’')").endswith("?")
