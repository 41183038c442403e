"""Regular expressions compiled on first use.

The checks define about 700 module-level patterns, and compiling them all took a
fifth of a pre-commit run on one file (about 0.1 s of 0.5 s), yet one article
reaches fewer than 200 of them: most sit behind literal screens that rule a
detector out before its pattern is needed. `compile` returns a stand-in that
compiles on the first match call and then binds the compiled pattern's methods
to itself, so later calls cost what a plain pattern's do. `.pattern` is answered
without compiling (patterns are combined into RE2 sets from their source).
"""

from __future__ import annotations

import re
from typing import Any, cast

_BOUND = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "flags",
    "groups",
    "groupindex",
)


class LazyPattern:
    """A `re.Pattern` stand-in that compiles on the first use of anything but `.pattern`."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # Only reached for names not yet bound: the first use, or a rare attribute.
        compiled = re.compile(self.pattern, self._flags)
        for bound in _BOUND:
            setattr(self, bound, getattr(compiled, bound))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazyre.compile({self.pattern!r}, {self._flags})"


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile`, deferred to the first match call."""
    return cast(re.Pattern[str], LazyPattern(pattern, flags))
