"""Time the meta-text family (NL1xx: checks/meta.py, checks/chrome.py, rules/meta-*.yaml).

Parses each document once, then runs only the family's checks on it, many times,
and reports CPU milliseconds per 1,000 words (process time, so that other jobs on
a busy machine do not inflate it). Parsing is shared by every family and is
not counted. Usage (from the project root):

    .venv/bin/python bench/bench_meta.py [FILES_OR_DIRS...]

With no arguments it uses seeds/ and tests/corpus/meta/.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from newslint.checks.base import Context
from newslint.parse import parse
from newslint.registry import load_ruleset

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = [ROOT / "seeds", ROOT / "tests" / "corpus" / "meta"]


def files(args: list[str]) -> list[Path]:
    paths = [Path(a) for a in args] or DEFAULT
    out: list[Path] = []
    for p in paths:
        out += (
            sorted(q for q in p.rglob("*") if q.suffix in (".txt", ".md", ".html"))
            if p.is_dir()
            else [p]
        )
    return out


def main(argv: list[str]) -> int:
    checks = [c for c in load_ruleset().checks if any(r.id.startswith("NL1") for r in c.rules)]
    docs = []
    for path in files(argv):
        text = path.read_text(encoding="utf-8")
        docs.append(parse(str(path), text))
    words = sum(len(d.text.split()) for d in docs)
    ctx = Context()
    for doc in docs:  # warm up: regex compilation, cached properties
        for check in checks:
            list(check.run(doc, ctx))
    rounds = max(3, int(200_000 / max(words, 1)))
    per_check = {type(c).__name__ + ":" + c.rules[0].id: 0.0 for c in checks}
    start = time.process_time()
    for _ in range(rounds):
        for doc in docs:
            for check in checks:
                t0 = time.process_time()
                list(check.run(doc, ctx))
                per_check[type(check).__name__ + ":" + check.rules[0].id] += (
                    time.process_time() - t0
                )
    elapsed = time.process_time() - start
    total_words = words * rounds
    print(f"{len(docs)} documents, {words} words, {rounds} rounds, {len(checks)} checks")
    print(f"meta-text family: {1000 * elapsed / total_words * 1000:.2f} ms per 1,000 words")
    for name, t in sorted(per_check.items(), key=lambda kv: -kv[1])[:8]:
        print(f"  {name:32} {1000 * t / total_words * 1000:.3f} ms per 1,000 words")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
