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
