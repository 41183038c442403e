"""The cross-file figure ledger (NL350-NL352): facts per article, contradictions across."""

from __future__ import annotations

import pickle
import time

from conftest import SEEDS
from newslint.checks.base import Context
from newslint.checks.ledger import FigureLedger
from newslint.config import Config
from newslint.engine import lint_strings
from newslint.parse import parse

HEDGED = "On Monday, Vertex said it would invest up to $2 billion in Nimbus, a speech start-up.\n"
FLAT = "Vertex is spending heavily.\n\nOn Monday, Vertex invested $2 billion in Nimbus.\n"


def _run(files: dict[str, str]):
    return [
        r
        for r in lint_strings(files, Config(select=("NL3",), grammar="off"))
        if r.rule.id.startswith("NL35")
    ]


def test_hedge_dropped_across_files_reported_in_the_lonely_file_with_both_locations() -> None:
    reports = _run({"a.txt": HEDGED, "b.txt": HEDGED.replace("said", "agreed"), "c.txt": FLAT})
    assert [(r.path, r.rule.id, r.location.line) for r in reports] == [("c.txt", "NL351", 3)]
    (r,) = reports
    assert r.rule.category == "inconsistent-figure"
    assert r.related and r.related[0][0] in ("a.txt", "b.txt")
    assert "$2 billion" in r.excerpt


def test_one_against_one_hedge_is_not_reported() -> None:
    assert _run({"a.txt": HEDGED, "c.txt": FLAT}) == []


def test_value_conflict_majority() -> None:
    three = "On Wednesday, Fenwick made a $300 million investment in Orion, the payments group.\n"
    five = "On Wednesday, Fenwick made a $500 million investment in Orion, the payments group.\n"
    reports = _run({"a.txt": three, "b.txt": three, "c.txt": five})
    assert [(r.path, r.rule.id) for r in reports] == [("c.txt", "NL350")]


def test_far_apart_publication_dates_are_not_compared() -> None:
    three = "---\ndate: 2023-01-10\n---\nOn Wednesday, Fenwick made a $300 million investment in Orion.\n"
    five = "---\ndate: 2024-06-10\n---\nOn Wednesday, Fenwick made a $500 million investment in Orion.\n"
    assert _run({"a.md": three, "c.md": five}) == []


def test_undisclosed_against_other_file() -> None:
    undisclosed = (
        "On Monday, Nimbus and Vertex signed a cloud deal. The sums involved were not disclosed.\n"
    )
    reports = _run({"a.txt": HEDGED, "d.txt": undisclosed})
    assert [(r.path, r.rule.id, r.location.line) for r in reports] == [("d.txt", "NL352", 1)]


def test_seeds_cross_file_findings_only_where_labels_allow() -> None:
    files = {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
    reports = _run(files)
    got = {(r.path[:3], r.location.line) for r in reports}
    assert ("002", 23) in got
    assert got <= {("002", 18), ("002", 23), ("002", 25), ("004", 5), ("004", 11)}


def test_facts_are_small_and_reduce_is_fast_for_10000_articles() -> None:
    """Memory: the ledger keeps only small facts; 10,000 articles stay far below 1 GB."""
    check = FigureLedger()
    ctx = Context()
    text = (
        "On Monday, Vertex said it would invest up to $2 billion in Nimbus, a start-up.\n\n"
        "Vertex's investment of up to $2 billion in Nimbus follows a $300 million deal with Quanta.\n\n"
        "Financial terms of the Quanta deal were not disclosed, Quanta and Vertex said.\n"
    )
    facts = check.collect(parse("a.txt", text), ctx)
    size = len(pickle.dumps(facts))
    assert size < 4000  # bytes per article, pickled
    corpus = [(f"a{i}.txt", facts) for i in range(10_000)]
    start = time.perf_counter()
    list(check.reduce(corpus, ctx))
    assert time.perf_counter() - start < 10


def test_seeds_with_an_unrelated_later_article_keep_their_finding() -> None:
    """An article about a later, larger round (tranches, totals) must not drown the seeds."""
    from conftest import ROOT

    files = {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
    later = ROOT / "tests" / "corpus" / "figures" / "clean_evolving_deal.txt"
    files["later.txt"] = later.read_text(encoding="utf-8")
    reports = _run(files)
    got = {(r.path[:3], r.location.line) for r in reports}
    assert ("002", 23) in got
    assert not [r for r in reports if r.path == "later.txt"]
