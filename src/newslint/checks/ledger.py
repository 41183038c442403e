# ruff: noqa: E501  (long regular expressions read better unbroken)
"""The cross-file figure ledger (NL350-NL352).

Run over a folder, newslint records the money facts each article states (who,
what measure, in whom, how much, with which hedge) and compares them across
articles: one says "up to $4 billion", another "$4 billion", a third calls the
sum undisclosed. Nothing else in the run knows the text of other files, so each
fact carries its own line and a short excerpt.

Precision rules: a hedge or value is reported only where no other article agrees
with it and at least one disagrees (for hedges, where at least two articles agree
on the other form), mentions that signal a different fact (a tranche, a total,
another year) are skipped, and articles published far apart are not compared.

Memory: a fact is one small tuple of interned strings and numbers, a few per
article, so 10,000 articles cost a few megabytes.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from typing import Any, NamedTuple

from newslint.checks.base import Context, CorpusCheck, rule
from newslint.checks.figures.common import TRANCHE, compatible, different_fact, hedges_conflict
from newslint.document import Document
from newslint.model import Finding
from newslint.quantities import DEAL_MEASURES, HEDGE_WORDS, analyse, context_entities

# Articles published further apart than this may describe different rounds.
MAX_DAYS_APART = 120
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


class Fact(NamedTuple):
    """One money figure of one article, as small as it can be."""

    measure: str
    actor: str
    target: str
    unit: str
    period: str
    value: float
    hi: float
    precision: float
    hedge: str
    start: int
    end: int
    line: int
    excerpt: str
    other_fact: bool  # the words around it signal a tranche, total, comparison, other time
    years: str  # explicit years in the sentence, sorted, joined
    tranche: bool  # "another $4 billion", "its initial $4 billion": a part, not the whole


class Undisclosed(NamedTuple):
    names: tuple[str, ...]
    start: int
    end: int
    line: int
    excerpt: str


class FileFacts(NamedTuple):
    pubday: int  # date.toordinal() of publication, 0 when unknown
    figures: tuple[Fact, ...]
    undisclosed: tuple[Undisclosed, ...]


def _excerpt(text: str, start: int, end: int, width: int = 70) -> str:
    """The figure with a few words of context, cut at word boundaries."""
    lo = max(0, start - 25)
    while lo > 0 and not text[lo - 1].isspace():
        lo += 1
        if lo >= start:
            lo = start
            break
    hi = max(end, lo + width)
    while hi < len(text) and not text[hi].isspace() and hi < end + width:
        hi += 1
    return " ".join(text[lo:hi].split())


def _years(memo: dict[int, str], index: int, text: str) -> str:
    """The explicit years in sentence `index` (its `text`), sorted and joined; `memo`
    keeps them for the sentence's next figure."""
    if index not in memo:
        memo[index] = " ".join(sorted(set(_YEAR.findall(text))))
    return memo[index]


def _near(a: int, b: int) -> bool:
    return not a or not b or abs(a - b) <= MAX_DAYS_APART


class FigureLedger(CorpusCheck):
    """Compare the money facts of every article in the run."""

    rules = (
        rule(
            "NL350",
            "cross-file-figure-conflict",
            "warning",
            "Another article of this run gives a different value for the same figure",
            """The ledger pairs money facts by measure, actor and target ("Amazon's
            investment in Anthropic") across all files of a run. A value that no
            other article supports, while another article states a value it cannot
            be reconciled with (allowing for rounding and hedges), is reported in
            the article that stands alone, naming the other one. Tranches, totals,
            other years and articles published months apart are not compared.""",
            bad=[
                "=== a.txt ===\nOn Monday, Amazon said it will invest $4 billion in Anthropic.\n"
                "=== b.txt ===\nOn Monday, Amazon said it will invest $6 billion in Anthropic.\n"
            ],
            good=[
                "=== a.txt ===\nOn Monday, Amazon said it will invest $4 billion in Anthropic.\n"
                "=== b.txt ===\nOn Monday, Google said it will invest $6 billion in Anthropic.\n"
            ],
        ),
        rule(
            "NL351",
            "cross-file-hedge-conflict",
            "warning",
            "This article drops or changes a hedge that other articles keep",
            """When at least two other articles of the run say "up to $4 billion"
            and this one states "$4 billion" flat (or "more than" where others say
            "nearly"), this article is reported: the hedge is part of the fact.
            Articles that state both forms are left to NL302, which reports them
            within the file.""",
            bad=[
                "=== a.txt ===\nOn Monday, Amazon said it will invest up to $4 billion in Anthropic.\n"
                "=== b.txt ===\nOn Monday, Amazon agreed to invest up to $4 billion in Anthropic.\n"
                "=== c.txt ===\nOn Monday, Amazon agreed to invest $4 billion in Anthropic.\n"
            ],
            good=[
                "=== a.txt ===\nOn Monday, Amazon said it will invest up to $4 billion in Anthropic.\n"
                "=== b.txt ===\nOn Monday, Amazon agreed to invest up to $4 billion in Anthropic.\n"
                "=== c.txt ===\nOn Monday, Amazon agreed to invest up to $4 billion in Anthropic.\n"
            ],
        ),
        rule(
            "NL352",
            "cross-file-undisclosed",
            "warning",
            "This article calls a sum undisclosed that another article states",
            """An article says the terms or sums of a deal were not disclosed while
            another article of the run gives a figure for a deal between the same
            parties. Either the figure is reported but unconfirmed (say so and
            cite it) or one of the articles is wrong.""",
            bad=[
                "=== a.txt ===\nOn Monday, Anthropic and Amazon expanded their deal. The sums involved were not disclosed.\n"
                "=== b.txt ===\nOn Monday, Amazon said it will invest up to $4 billion in Anthropic.\n"
            ],
            good=[
                "=== a.txt ===\nOn Monday, Acme and Widget expanded their deal. The sums involved were not disclosed.\n"
                "=== b.txt ===\nOn Monday, Amazon said it will invest up to $4 billion in Anthropic.\n"
            ],
        ),
    )

    # ------------------------------------------------------------ collect

    def collect(self, doc: Document, ctx: Context) -> FileFacts | None:
        an = analyse(doc, ctx.option("publication-date"))
        figures: list[Fact] = []
        years: dict[int, str] = {}  # per sentence: most hold several figures
        for f in an.figures:
            s = an.sentences[f.sentence]
            if not f.measure or not f.actor or s.drafting or s.heading:
                continue
            start, end = s.block.source_span(f.start, f.end)
            figures.append(
                Fact(
                    sys.intern(f.measure),
                    sys.intern(f.actor),
                    sys.intern(f.target),
                    sys.intern(f.unit),
                    sys.intern(f.period),
                    f.value,
                    f.hi,
                    f.precision,
                    sys.intern(f.hedge),
                    start,
                    end,
                    doc.lines.position(start)[0],
                    _excerpt(s.text, f.start - s.start, f.end - s.start),
                    different_fact(s.text, f.start - s.start, f.end - s.start),
                    _years(years, f.sentence, s.text),
                    bool(
                        TRANCHE.search(
                            s.text[max(0, f.start - s.start - 50) : f.end - s.start + 30]
                        )
                    ),
                )
            )
        undisclosed: list[Undisclosed] = []
        for si, a, b in an.undisclosed:
            s = an.sentences[si]
            if s.drafting or any(f.sentence == si for f in an.figures):
                continue
            names = tuple(sorted(sys.intern(n) for n in context_entities(an, si)))
            own = any(
                f.measure in DEAL_MEASURES and f.actor in names and f.target in names
                for f in figures
            )
            if len(names) < 2 or own:
                continue
            start, end = s.block.source_span(a, b)
            undisclosed.append(
                Undisclosed(
                    names,
                    start,
                    end,
                    doc.lines.position(start)[0],
                    _excerpt(s.text, a - s.start, b - s.start),
                )
            )
        if not figures and not undisclosed:
            return None
        pubday = an.pubdate.toordinal() if an.pubdate else 0
        return FileFacts(pubday, tuple(figures), tuple(undisclosed))

    # ------------------------------------------------------------ reduce

    def reduce(self, facts: list[tuple[str, Any]], ctx: Context) -> Iterator[Finding]:
        groups: dict[tuple, list[tuple[int, Fact]]] = defaultdict(list)
        for i, (_path, ff) in enumerate(facts):
            for f in ff.figures:
                if f.target and f.target != f.actor:
                    groups[(f.measure, f.actor, f.target, f.unit, f.period)].append((i, f))
        # The engine does not guard reduce(): a failure here must not end the run,
        # so each group is compared on its own and a failing group yields nothing.
        for mentions in groups.values():
            if len({i for i, _ in mentions}) < 2:
                continue
            try:
                found = []
                if ctx.wants("NL351"):
                    found.extend(self._hedges(facts, mentions))
                if ctx.wants("NL350"):
                    found.extend(self._values(facts, mentions))
            except Exception:
                continue
            yield from found
        if ctx.wants("NL352"):
            try:
                found = list(self._undisclosed(facts, groups))
            except Exception:
                found = []
            yield from found

    @staticmethod
    def _comparable(facts: list[tuple[str, Any]], i: int, a: Fact, j: int, b: Fact) -> bool:
        if i == j or not _near(facts[i][1].pubday, facts[j][1].pubday):
            return False
        return not (a.years and b.years and not set(a.years.split()) & set(b.years.split()))

    def _peers(
        self,
        facts: list[tuple[str, Any]],
        i: int,
        mine: Fact,
        pool: list[tuple[int, Fact]],
        need: int,
    ) -> list[tuple[int, Fact]]:
        """Up to `need` mentions from distinct other files comparable with `mine`."""
        found: list[tuple[int, Fact]] = []
        files: set[int] = set()
        for j, f in pool:
            if j not in files and self._comparable(facts, i, mine, j, f):
                found.append((j, f))
                files.add(j)
                if len(found) >= need:
                    break
        return found

    def _hedges(
        self, facts: list[tuple[str, Any]], mentions: list[tuple[int, Fact]]
    ) -> Iterator[Finding]:
        by_value: dict[tuple[float, float], list[tuple[int, Fact]]] = defaultdict(list)
        for i, f in mentions:
            if not f.tranche:  # "another $4 billion", "its initial $4 billion"
                by_value[(f.value, f.hi)].append((i, f))
        seen: set[int] = set()
        for group in by_value.values():
            by_hedge: dict[str, list[tuple[int, Fact]]] = defaultdict(list)
            for i, f in group:
                by_hedge[f.hedge].append((i, f))
            files_of = {h: {i for i, _ in ms} for h, ms in by_hedge.items()}
            for hedge, files in files_of.items():
                for other, others in files_of.items():
                    if not hedges_conflict(hedge, other):
                        continue
                    if len(others) < 2 or len(others) <= len(files):
                        continue
                    pool = [(j, f) for j, f in by_hedge[other] if j not in files]
                    for i in sorted(files - others - seen):
                        mine = next(f for j, f in by_hedge[hedge] if j == i)
                        peers = self._peers(facts, i, mine, pool, 2)
                        if len(peers) < 2:
                            continue
                        j, ref = peers[0]
                        seen.add(i)
                        yield self._finding(
                            "NL351",
                            facts,
                            i,
                            mine,
                            j,
                            ref,
                            f"'{mine.excerpt}' states {HEDGE_WORDS[mine.hedge]}, but "
                            f"{len(others)} other articles say {HEDGE_WORDS[ref.hedge]} "
                            f"(e.g. {facts[j][0]}:{ref.line})",
                        )

    def _values(
        self, facts: list[tuple[str, Any]], mentions: list[tuple[int, Fact]]
    ) -> Iterator[Finding]:
        # Work on distinct values ("signatures"), not on mentions: a value stated in
        # two or more files has support and is never the lonely one.
        by_sig: dict[tuple, list[tuple[int, Fact]]] = defaultdict(list)
        for i, f in mentions:
            if not f.other_fact:
                by_sig[(f.value, f.hi, f.hedge, f.precision)].append((i, f))
        if len(by_sig) < 2:
            return
        sigs = list(by_sig.items())
        for sig, ms in sigs:
            files = {i for i, _ in ms}
            if len(files) != 1:
                continue
            i, a = ms[0]
            if any(j == i and not compatible(a, f) for j, f in mentions):
                continue  # the article itself tells of several amounts (tranches, totals)
            agreeing = [m for s2, m2 in sigs if s2 != sig and compatible(a, m2[0][1]) for m in m2]
            if self._peers(facts, i, a, agreeing, 1):
                continue  # another article agrees with this value
            conflicting = [m for s2, m2 in sigs if not compatible(a, m2[0][1]) for m in m2]
            others = self._peers(facts, i, a, conflicting, 1)
            if not others:
                continue
            j, ref = others[0]
            yield self._finding(
                "NL350",
                facts,
                i,
                a,
                j,
                ref,
                f"'{a.excerpt}' here, but {facts[j][0]}:{ref.line} says '{ref.excerpt}' "
                f"for {a.actor.title()}'s {a.measure} in {a.target.title()}",
            )

    def _undisclosed(
        self, facts: list[tuple[str, Any]], groups: dict[tuple, list[tuple[int, Fact]]]
    ) -> Iterator[Finding]:
        by_pair: dict[tuple[str, str], list[tuple[int, Fact]]] = defaultdict(list)
        for (measure, actor, target, *_), mentions in groups.items():
            if measure in DEAL_MEASURES:
                by_pair[(actor, target)].extend(mentions)
        for i, (_path, ff) in enumerate(facts):
            for u in ff.undisclosed:
                for actor in u.names:
                    hit = None
                    for target in u.names:
                        for j, ref in by_pair.get((actor, target), ()):
                            if (
                                j != i
                                and not ref.years
                                and not ref.other_fact
                                and _near(ff.pubday, facts[j][1].pubday)
                            ):
                                hit = (j, ref)
                                break
                        if hit:
                            break
                    if hit:
                        j, ref = hit
                        yield Finding(
                            "NL352",
                            u.start,
                            u.end,
                            f"Says the sum was not disclosed, but {facts[j][0]}:{ref.line} gives "
                            f"'{ref.excerpt}' for {ref.actor.title()}'s {ref.measure} in {ref.target.title()}",
                            related=((facts[j][0], ref.start, ref.end),),
                            path=facts[i][0],
                            excerpt=u.excerpt,
                        )
                        break

    @staticmethod
    def _finding(
        rule_id: str,
        facts: list[tuple[str, Any]],
        i: int,
        mine: Fact,
        j: int,
        ref: Fact,
        message: str,
    ) -> Finding:
        return Finding(
            rule_id,
            mine.start,
            mine.end,
            message,
            related=((facts[j][0], ref.start, ref.end),),
            path=facts[i][0],
            excerpt=mine.excerpt,
        )


CHECKS = [FigureLedger]
