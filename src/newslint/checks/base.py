"""The contract every check implements.

A check is one small class. It declares the rules it can report (`rules`, each
a full RuleMeta so that `newslint rule ID` can document it) and yields Findings
located by character offsets into `doc.text`. Checks never print, never read
files and never filter: the pipeline does that.

Two kinds:
- `Check.run(doc, ctx)` sees one document.
- `CorpusCheck` also sees the whole run: `collect` extracts picklable facts from
  each document (in worker processes), `reduce` compares them across files and
  yields Findings whose `path` names the file they belong to.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar

from newslint.document import Document
from newslint.model import Examples, Finding, RuleMeta, Severity, category_for


@dataclass
class Context:
    """Settings a check may read (from config), and the rules enabled for this run."""

    options: dict[str, Any] = field(default_factory=dict)
    enabled: frozenset[str] = frozenset()

    def option(self, key: str, default: Any = None) -> Any:
        return self.options.get(key, default)

    def wants(self, rule_id: str) -> bool:
        """Whether a rule is enabled: checks may skip expensive work for disabled rules."""
        return not self.enabled or rule_id in self.enabled


class Check:
    """Base class for analytic checks (Python rules)."""

    rules: ClassVar[tuple[RuleMeta, ...]] = ()
    # Rules that only run when selected explicitly (opinionated or slow ones).
    default_off: ClassVar[frozenset[str]] = frozenset()
    # Rules defined elsewhere (a YAML pack) that this check also reports, where the
    # pack's patterns cannot see the text (comments, front matter): the check runs
    # whenever one of them is enabled.
    reports: ClassVar[tuple[str, ...]] = ()

    def run(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        raise NotImplementedError

    def prepare(self, ctx: Context) -> None:
        """Load large read-only resources (a grammar engine, a model) ahead of time.

        Called in the parent process before worker processes fork, so workers share
        the pages copy-on-write instead of each building its own copy. The default
        loads nothing; `run` must still work when `prepare` was never called.
        """

    @classmethod
    def rule_ids(cls) -> frozenset[str]:
        return frozenset(r.id for r in cls.rules)


class CorpusCheck(Check):
    """A check that compares facts across all files of a run (e.g. a figure ledger)."""

    def run(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        return ()

    def collect(self, doc: Document, ctx: Context) -> Any:
        """Picklable facts from one document; None when it has none."""
        raise NotImplementedError

    def reduce(self, facts: list[tuple[str, Any]], ctx: Context) -> Iterator[Finding]:
        """Findings from the facts of every file, as (path, facts) in path order."""
        raise NotImplementedError


def rule(
    id: str,
    name: str,
    severity: str,
    message: str,
    description: str,
    bad: Iterable[str] = (),
    good: Iterable[str] = (),
    fixable: bool = False,
) -> RuleMeta:
    """Build a RuleMeta for a Python check; the category follows from the ID."""
    category = category_for(id)
    if category is None:
        raise ValueError(f"rule ID {id!r} is outside the NL1xx-NL9xx families")
    return RuleMeta(
        id=id,
        name=name,
        category=category,
        severity=Severity(severity),
        message=message,
        description=" ".join(description.split()),
        examples=Examples(tuple(bad), tuple(good)),
        fixable=fixable,
    )
