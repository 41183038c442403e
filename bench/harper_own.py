"""Harper's own time on the benchmark corpus: harper-py used directly, as its users do.

Reads each file's text and lints it with one ``harper.Linter`` per process (Markdown
for ``.md``, plain text otherwise; harper-py has no HTML mode, so HTML pages are
linted as plain text). With ``--procs N`` the files are split over N worker
processes, each building its own Linter, the fair peer of ``newslint --jobs N``.
Prints one JSON line: files, lints, seconds spent building linters and linting.

Usage: python bench/harper_own.py [--procs N] FILE_LIST
(FILE_LIST: a text file with one path a line.)
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import time
from pathlib import Path


def lint_files(paths: list[str]) -> dict:
    """Lint every file with one Linter; return counts and the time construction took."""
    import harper

    t0 = time.perf_counter()
    linter = harper.Linter(harper.Dialect.AMERICAN)
    built = time.perf_counter() - t0
    lints = 0
    for path in paths:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
        language = "markdown" if path.endswith((".md", ".markdown")) else "plaintext"
        lints += len(linter.lint(text, language=language))
    return {"files": len(paths), "lints": lints, "build_s": built}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file_list", type=Path)
    parser.add_argument("--procs", type=int, default=1)
    args = parser.parse_args(argv)
    paths = [p for p in args.file_list.read_text().splitlines() if p]
    t0 = time.perf_counter()
    if args.procs <= 1:
        parts = [lint_files(paths)]
    else:
        chunks = [paths[i :: args.procs] for i in range(args.procs)]
        with multiprocessing.get_context("spawn").Pool(args.procs) as pool:
            parts = pool.map(lint_files, chunks)
    result = {
        "procs": max(1, args.procs),
        "files": sum(p["files"] for p in parts),
        "lints": sum(p["lints"] for p in parts),
        "build_s": max(p["build_s"] for p in parts),
        "inner_s": time.perf_counter() - t0,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
