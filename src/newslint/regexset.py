"""Which of many patterns match a text, in one RE2 pass (RE2::Set), failing safe.

Each RE2 call through the Python wrapper costs microseconds of overhead (and a
UTF-8 encoding of the text), and most patterns match nowhere in most paragraphs.
One Set pass names the patterns that can match, so checks run only those.

RE2's Set match can fail (its DFA out of memory on a huge text) and then answers
"none", which is indistinguishable from a real "none". Every set therefore gets
a last member that matches any text: when it is missing from an answer, the
answer is not trusted.

The same text is often asked about again (a check asks twice about one block; page
chrome and boilerplate lines repeat across articles), so each set remembers its
recent answers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import re2

_NONE: frozenset[int] = frozenset()

# Answers kept per set: texts up to _MEMO_TEXT characters (repeats are short lines:
# nearly every repeat on the bench corpus), at most _MEMO_SIZE of them, so a set keeps
# at most 2 MB of text alive. All are dropped when full: simpler than LRU, as good here.
_MEMO_SIZE = 4096
_MEMO_TEXT = 512

_KINDS = {"search": re2.Set.SearchSet, "start": re2.Set.MatchSet, "full": re2.Set.FullMatchSet}


class PatternSet:
    """RE2 sources matched together: `anchor` is "search" (anywhere in the text),
    "start" (at its start) or "full" (the whole text). Raises re2.error when a
    source is not valid RE2."""

    def __init__(
        self, sources: Sequence[str], anchor: str = "search", max_mem: int = 64 << 20
    ) -> None:
        options = re2.Options()
        options.log_errors = False
        options.max_mem = max_mem
        self._set = _KINDS[anchor](options)
        for source in sources:
            self._set.Add(source)
        self._sentinel = self._set.Add("(?s).*")  # matches any text, under every anchor
        self._set.Compile()
        self.size = len(sources)
        self._all = frozenset(range(self.size))
        self._memo: dict[str, frozenset[int]] = {}
        self._shadow_ok = all(_shadowable(source) for source in sources)

    def matches(self, text: str) -> frozenset[int] | None:
        """Indices of the sources that match `text`; None if the set match failed."""
        known = self._memo.get(text)
        if known is not None:
            return known
        found = self._match(text)
        if found is not None and len(text) <= _MEMO_TEXT:
            if len(self._memo) >= _MEMO_SIZE:
                self._memo.clear()
            self._memo[text] = found
        return found

    def _match(self, text: str) -> frozenset[int] | None:
        """One set match; failures (no sentinel in the answer) are None, never remembered."""
        # Encoded here, as the wrapper would (strict UTF-8): the wrapper passes bytes through.
        data = text if isinstance(text, bytes) else text.encode("utf-8")
        found = self._set.Match(data)
        if not found or self._sentinel not in found:
            return None
        if len(found) == 1:  # only the sentinel: the common answer
            return _NONE
        return frozenset(found).difference((self._sentinel,))

    def present(self, text: str) -> frozenset[int]:
        """Like `matches`, but a failed match counts every source as present."""
        known = self._memo.get(text)  # (the common case, without a second call)
        if known is not None:
            return known
        found = self.matches(text)
        return self._all if found is None else found

    def present_re(self, text: str) -> frozenset[int]:
        """Like `present`, for sources standing in for Python `re` patterns: indices of
        those that may match `text` under Python's Unicode-aware \\w, \\d, \\s and \\b.

        On plain ASCII text the two engines agree. Other text is read through its
        shadow (see `re_shadow`), where they agree again; text without one, or a set
        whose sources spell what the shadow changes, counts every source present.
        """
        if text.isascii() and _ODD_ASCII.search(text) is None:
            return self.present(text)
        shadow = re_shadow(text) if self._shadow_ok else None
        return self._all if shadow is None else self.present(shadow)


# Python's \s knows these ASCII spaces, RE2's does not.
_ODD_ASCII = re.compile("[\x0b\x1c-\x1f]")
# The shadow's stand-ins, spelled in a source: "_", a form feed.
_STAND_INS = re.compile(r"_|\\f|\\x0[cC]|\x0c")
_GIVE_UP = "\x00"


def _shadowable(source: str) -> bool:
    """Whether a source can be matched against shadows: it names no stand-in and no
    character the shadow replaces (a non-ASCII letter, digit or space)."""
    if _STAND_INS.search(source):
        return False
    return all(c.isascii() or not (c.isalnum() or c.isspace()) for c in source)


def _shadow_char(code: int) -> int | str:
    """The ASCII stand-in for one character (see `re_shadow`)."""
    char = chr(code)
    if code < 128 and code not in (0x0B, 0x1C, 0x1D, 0x1E, 0x1F):
        return code if code else _GIVE_UP
    if char.isspace():
        return "\f"  # a space to both engines, and one no source names
    if char.isdecimal() or any(c.isascii() for c in char.lower() + char.upper()):
        return _GIVE_UP  # a digit to \\d only, or a letter that folds to ASCII (Kelvin sign)
    if char.isalnum():
        return "_"  # a word character to both engines, and one no source names
    return code  # punctuation and symbols: non-word to both, matched literally


class _ShadowTable(dict):
    """str.translate table, filled as characters are met."""

    def __missing__(self, code: int) -> int | str:
        self[code] = value = _shadow_char(code)
        return value


_SHADOW = _ShadowTable()


def re_shadow(text: str) -> str | None:
    """`text` with each character Python's `re` and RE2 classify differently replaced
    by one they classify alike, so that an RE2 source that is a superset of a Python
    pattern on ASCII text stays one here; None when no such text can be written
    (a non-ASCII digit, a letter whose case folds to ASCII, a NUL).

    Non-ASCII letters become "_" (a word character to both), non-ASCII and odd ASCII
    spaces a form feed (a space to both), punctuation stays as it is (non-word to
    both, so curly quotes still match themselves). Lengths are kept; offsets are not
    needed, only which sources can match.
    """
    shadow = text.translate(_SHADOW)
    return None if _GIVE_UP in shadow else shadow
