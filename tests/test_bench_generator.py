"""The benchmark corpus generator: deterministic, all three formats, defects present."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location(
    "generate_corpus", ROOT / "bench" / "generate_corpus.py"
)
generate_corpus = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("generate_corpus", generate_corpus)  # dataclasses look it up
_spec.loader.exec_module(generate_corpus)


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "manifest.json"
    }


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("corpus")
    return out, generate_corpus.generate(80, out, seed=7)


def test_same_seed_gives_identical_files(corpus, tmp_path):
    folder, manifest = corpus
    again = generate_corpus.generate(80, tmp_path / "again", seed=7)
    assert again["sha256"] == manifest["sha256"]
    assert _files(tmp_path / "again") == _files(folder)


def test_other_seed_differs_and_smaller_corpus_is_a_prefix(corpus, tmp_path):
    folder, manifest = corpus
    other = generate_corpus.generate(80, tmp_path / "other", seed=8)
    assert other["sha256"] != manifest["sha256"]
    generate_corpus.generate(30, tmp_path / "prefix", seed=7)
    small = _files(tmp_path / "prefix")
    assert len(small) == 30
    assert all(_files(folder)[name] == data for name, data in small.items())


def test_writes_markdown_html_and_text(corpus):
    folder, manifest = corpus
    assert set(manifest["formats"]) == {"md", "html", "txt"}
    assert sum(manifest["formats"].values()) == 80 == len(_files(folder))
    md = next(folder.rglob("*.md")).read_text(encoding="utf-8")
    assert md.startswith("---\ntitle: ") and "\ndate: " in md.split("\n---\n")[0]
    page = next(folder.rglob("*.html")).read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<article>" in page and "<p>" in page
    text = next(folder.rglob("*.txt")).read_text(encoding="utf-8")
    assert not text.startswith(("---", "<")) and "\n\n" in text


def test_manifest_records_lengths_defects_and_seed_material(corpus):
    folder, manifest = corpus
    saved = json.loads((folder / "manifest.json").read_text())
    assert saved["sha256"] == manifest["sha256"] and len(saved["files"]) == 80
    low, median, high = manifest["words_min_median_max"]
    assert low < median < high and high > 3 * low  # varied lengths
    assert 0 < manifest["with_defects"] < 80
    assert {"unsourced-claim", "grammar-slip"} <= set(manifest["defects"])
    assert manifest["from_seeds"] > 0


def test_defect_text_is_in_the_file(corpus):
    folder, _ = corpus
    saved = json.loads((folder / "manifest.json").read_text())
    item = next(f for f in saved["files"] if "meta-text" in f["defects"])
    body = (folder / item["path"]).read_text(encoding="utf-8")
    assert any(m.split("{")[0][:20] in body for m in generate_corpus.META_TEXT)


def test_works_without_seed_documents(tmp_path):
    manifest = generate_corpus.generate(10, tmp_path / "c", seed=1, seeds_dir=tmp_path / "none")
    assert manifest["count"] == 10 and manifest["from_seeds"] == 0
