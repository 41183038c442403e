"""The meta-text family against its corpora: realistic bad variants and clean news.

tests/corpus/meta/bad/ holds articles with one or more defects of each meta-text
kind, in forms the seed documents do not show; expected.yaml lists the rule and the
lines of each defect. tests/corpus/meta/clean/ holds clean professional articles
(wire copy, first-person columns, Q&A, a live blog, legitimate editor's notes,
bylines, quotes in the first person, stories about AI and newsletters) on which the
family must stay silent.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from conftest import lint

CORPUS = Path(__file__).resolve().parent / "corpus" / "meta"
EXPECTED = YAML(typ="safe").load((CORPUS / "expected.yaml").read_text(encoding="utf-8"))
BAD = sorted(EXPECTED)
CLEAN = sorted(p.name for p in (CORPUS / "clean").iterdir() if p.is_file())


def _meta_reports(path: Path):
    reports = lint(path.read_text(encoding="utf-8"), path.name, select=["meta-text"])
    return [r for r in reports if r.rule.category == "meta-text"]


def _overlaps(report, item) -> bool:
    lo, hi = item["line"], item.get("end_line", item["line"])
    return report.location.line <= hi and lo <= report.location.end_line


def test_corpus_is_complete():
    on_disk = {p.name for p in (CORPUS / "bad").iterdir() if p.is_file()}
    assert on_disk == set(BAD), "every bad file needs expectations, and every expectation a file"
    assert len(CLEAN) >= 15
    assert {Path(n).suffix for n in CLEAN} == {".md", ".txt", ".html"}


@pytest.mark.parametrize("name", BAD)
def test_bad_variant_is_found(name):
    reports = _meta_reports(CORPUS / "bad" / name)
    for item in EXPECTED[name]:
        hits = [r for r in reports if r.rule.id == item["rule"] and _overlaps(r, item)]
        assert hits, f"{name}: no {item['rule']} on line {item['line']}; got " + ", ".join(
            f"{r.rule.id}@{r.location.line}" for r in reports
        )


@pytest.mark.parametrize("name", BAD)
def test_bad_variant_has_no_stray_finding(name):
    for r in _meta_reports(CORPUS / "bad" / name):
        assert any(r.rule.id == i["rule"] and _overlaps(r, i) for i in EXPECTED[name]), (
            f"{name}: unexpected {r.rule.id} at line {r.location.line}: {r.excerpt[:80]!r}"
        )


@pytest.mark.parametrize("name", CLEAN)
def test_clean_article_has_no_meta_text(name):
    reports = _meta_reports(CORPUS / "clean" / name)
    assert not reports, "; ".join(
        f"{r.rule.id}@{r.location.line}: {r.excerpt[:80]!r}" for r in reports
    )
