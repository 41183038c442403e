"""The claims corpus: clean wire-style articles and unsourced claims injected into them.

Shared by tests/test_claims_corpus.py and by anyone measuring the NL2xx family
(`.venv/bin/python tests/claims_corpus.py` prints the figures).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from ruamel.yaml import YAML

CORPUS = Path(__file__).resolve().parent / "corpus" / "claims"
CLEAN = CORPUS / "clean"
# Written after the detectors were tuned and measured once, untouched: a fairer clean figure.
HELDBACK = CORPUS / "heldback"


@dataclass(frozen=True)
class Injected:
    """One article with one injected sentence, and the 1-based line it landed on."""

    name: str
    text: str
    line: int
    kind: str
    sentence: str


def clean_articles(*folders: Path) -> dict[str, str]:
    """Clean articles by file name (clean/ unless folders are given)."""
    paths = sorted(p for folder in folders or (CLEAN,) for p in folder.iterdir())
    return {p.name: p.read_text(encoding="utf-8") for p in paths}


def inject(text: str, where: str, sentence: str) -> tuple[str, int]:
    """Insert `sentence` as told by `where` (new:N or start:N); returns (text, line)."""
    mode, _, n = where.partition(":")
    chunks = text.rstrip("\n").split("\n\n")
    index = int(n)
    if mode == "new":
        chunks.insert(index + 1, sentence)
        target = index + 1
    elif mode == "start":
        chunks[index] = f"{sentence} {chunks[index]}"
        target = index
    else:
        raise ValueError(f"unknown injection mode {where!r}")
    line = 1 + sum(chunk.count("\n") + 2 for chunk in chunks[:target])
    return "\n\n".join(chunks) + "\n", line


def injected(name: str = "injections.yaml") -> list[Injected]:
    """The articles with one injected claim each, from one injection file."""
    spec = YAML(typ="safe").load((CORPUS / name).read_text(encoding="utf-8"))
    articles = clean_articles()
    out = []
    for i, item in enumerate(spec["injections"]):
        text, line = inject(articles[item["file"]], item["where"], item["text"])
        out.append(Injected(f"{i:02d}_{item['file']}", text, line, item["kind"], item["text"]))
    return out


def measure(strict: bool = True) -> dict[str, float]:
    """Recall on the injections and warnings per 1,000 words on the clean articles.

    The injections are figures dropped into sourced wire copy, right after a source
    is named: the opt-in NL209 (info) reports those, and `strict` selects it, as a
    desk that does not trust a nearby source would; by default they go unreported.
    """
    from newslint.config import Config
    from newslint.engine import lint_string

    select = ("NL2", "NL209") if strict else ("NL2",)
    config = Config(grammar="off").with_overrides(select=select)
    result: dict = {}
    for label, name in (("", "injections.yaml"), ("heldback_", "injections-heldback.yaml")):
        cases = injected(name)
        misses = []
        for case in cases:
            reports = lint_string(case.text, case.name, config)
            if not any(r.location.line <= case.line <= r.location.end_line for r in reports):
                misses.append(f"{case.kind}: {case.sentence}")
        result[f"{label}injected"] = len(cases)
        result[f"{label}recall"] = 1 - len(misses) / len(cases)
        result[f"{label}misses"] = misses
    words = warnings = 0
    for name, text in clean_articles(CLEAN, HELDBACK).items():
        words += len(text.split())
        reports = lint_string(text, name, config)
        warnings += sum(1 for r in reports if r.severity.value != "info")
    return {
        **result,
        "clean_words": words,
        "clean_warnings_per_1000_words": 1000 * warnings / words,
    }


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    for strict in (True, False):
        print("strict (NL209 selected)" if strict else "default rules (NL209 off)")
        for key, value in measure(strict).items():
            print(f"  {key}: {value}")
