"""Core value types shared by every pipeline stage: rule metadata and findings.

These are plain frozen dataclasses so that they pickle cheaply across worker
processes and compare by value in tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any

_SHARED: dict[tuple, Any] = {}


def shared_copy(cls: type, values: tuple) -> Any:
    """Rebuild a frozen value object on unpickling, one copy per process for equal values.

    Every worker result and cache entry carries its reports' rule metadata (about 2 KB
    of rationale and examples a rule) and its file's config; unpickled, each was a
    copy of its own, and a run over 10,000 files held them all until the report (about
    5 KB a file). Values that cannot be hashed are rebuilt as they are.
    """
    made = cls(*values)
    try:
        return _SHARED.setdefault((cls, values), made)
    except TypeError:
        return made


def reduce_shared(obj: Any) -> tuple:
    """`__reduce__` for frozen dataclasses read back through `shared_copy`."""
    return shared_copy, (type(obj), tuple(getattr(obj, f.name) for f in fields(obj)))


class Severity(StrEnum):
    """How serious a finding is; ordered so that thresholds can be compared."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return {"info": 1, "warning": 2, "error": 3}[self.value]


CATEGORIES: dict[str, str] = {
    "NL1": "meta-text",
    "NL2": "unsupported-claim",
    "NL3": "inconsistent-figure",
    "NL4": "garbled-phrasing",
    "NL5": "readability",
    "NL9": "internal",
}


def category_for(rule_id: str) -> str | None:
    """The category a rule ID belongs to by its hundreds digit (design.md)."""
    return CATEGORIES.get(rule_id[:3])


@dataclass(frozen=True)
class Examples:
    bad: tuple[str, ...] = ()
    good: tuple[str, ...] = ()


@dataclass(frozen=True)
class RuleMeta:
    """Everything a user sees about a rule: `newslint rule ID` prints this."""

    id: str
    name: str
    category: str
    severity: Severity
    message: str
    description: str
    examples: Examples = field(default_factory=Examples)
    fixable: bool = False
    source: str = "builtin"

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "category": self.category,
            "severity": self.severity.value,
            "message": self.message,
            "description": self.description,
            "examples": {"bad": list(self.examples.bad), "good": list(self.examples.good)},
            "fixable": self.fixable,
            "source": self.source,
        }

    __reduce__ = reduce_shared


@dataclass(frozen=True)
class Fix:
    """Replace original-text characters [start, end) with `replacement`."""

    start: int
    end: int
    replacement: str


@dataclass(frozen=True)
class Finding:
    """One problem, located by character offsets into the original file text.

    Checks produce findings with offsets only; line/column are derived later from
    the document's line index so every check gets them right for free.
    """

    rule: str
    start: int
    end: int
    message: str
    severity: Severity | None = None  # None: the rule's default severity
    fix: Fix | None = None
    related: tuple[tuple[str, int, int], ...] = ()  # (path, start, end) of other mentions
    path: str = ""  # set for cross-file findings that target another file
    excerpt: str = ""  # set when the engine cannot slice it from the text (cross-file)


@dataclass(frozen=True)
class Location:
    line: int
    column: int
    end_line: int
    end_column: int


@dataclass(frozen=True)
class Report:
    """A finding resolved against its file: what reporters print."""

    path: str
    location: Location
    rule: RuleMeta
    severity: Severity
    message: str
    excerpt: str
    fix: Fix | None = None
    related: tuple[tuple[str, int, int], ...] = ()
    fix_location: Location | None = None  # where the fix applies, as line/column

    def sort_key(self) -> tuple:
        loc = self.location
        return (self.path, loc.line, loc.column, self.rule.id, loc.end_line, loc.end_column)


@dataclass(frozen=True)
class FileError:
    """A file that could not be linted (or only partly): reported in `errors`."""

    path: str
    message: str
    rule: str = "NL901"
