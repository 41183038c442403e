"""Which of many patterns match a text, in one RE2 pass (RE2::Set), failing safe.

Each RE2 call through the Python wrapper costs microseconds of overhead (and a
UTF-8 encoding of the text), and most patterns match nowhere in most paragraphs.
One Set pass names the patterns that can match, so checks run only those.

RE2's Set match can fail (its DFA out of memory on a huge text) and then answers
"none", which is indistinguishable from a real "none". Every set therefore gets
a last member that matches any text: when it is missing from an answer, the
answer is not trusted.
"""

from __future__ import annotations

from collections.abc import Sequence

import re2

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

    def matches(self, text: str) -> frozenset[int] | None:
        """Indices of the sources that match `text`; None if the set match failed."""
        found = self._set.Match(text) or ()
        if self._sentinel not in found:
            return None
        return frozenset(i for i in found if i != self._sentinel)

    def present(self, text: str) -> frozenset[int]:
        """Like `matches`, but a failed match counts every source as present."""
        found = self.matches(text)
        return self._all if found is None else found
