"""What every reporter receives."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from newslint import __version__
from newslint.model import FileError, Report, RuleMeta


@dataclass
class ReportInput:
    reports: list[Report]
    errors: list[FileError]
    files: int
    rules: dict[str, RuleMeta]
    statistics: dict[str, dict[str, Any]] | None = None
    color: bool = False
    quiet: bool = False
    fixed: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def summary(self) -> dict[str, int]:
        counts = Counter(r.severity.value for r in self.reports)
        return {k: counts.get(k, 0) for k in ("error", "warning", "info")}

    def rule_counts(self) -> list[tuple[str, int]]:
        counts = Counter(r.rule.id for r in self.reports)
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def fingerprint(report: Report) -> str:
    """Stable identity of a finding: rule, file and matched text, not its line.

    Lines move when an article is edited; the matched text rarely does, so this
    keeps baselines and code-scanning alerts attached to the same problem.
    """
    key = "\x1f".join((report.rule.id, report.path, " ".join(report.excerpt.split()).lower()))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


TOOL_NAME = "newslint"
TOOL_VERSION = __version__
