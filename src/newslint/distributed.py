"""Linting archives beyond one machine on Dask's distributed scheduler.

Each article is linted where it lies (map: `lint_file`/`lint_text`, which also
collects the cross-file ledger facts), and only the small per-file results come
back to the client, which runs the cross-file stage (reduce: `finish_run`). So a
run on a cluster gives exactly the findings of a single-process run.

Install with `pip install "newslint[dask]"`. Dask is imported only here, so the
core stays light.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from newslint.config import Config, ConfigResolver
from newslint.engine import FileResult, RunResult, finish_run, lint_file, lint_text


def _compute(bag: Any, scheduler: Any) -> list[FileResult]:
    """Run a bag on a scheduler address (a client is opened and closed here), an
    existing distributed Client, or, with None, local processes."""
    if scheduler is None:
        return list(bag.compute(scheduler="processes"))
    if isinstance(scheduler, str):
        from distributed import Client

        with Client(scheduler) as client:
            return list(client.compute(bag).result())
    return list(scheduler.compute(bag).result())


def lint_bag(
    paths: Sequence[str],
    resolver: ConfigResolver | None = None,
    scheduler: Any = None,
    npartitions: int | None = None,
    timeout: float = 0.0,
) -> RunResult:
    """Lint files on a Dask cluster (`scheduler`: address, Client, or None for local processes).

    The files must be readable at the same paths on every worker (a shared
    filesystem or object store mount).
    """
    import dask.bag as db

    resolver = resolver or ConfigResolver()
    order = {path: i for i, path in enumerate(paths)}
    bag = db.from_sequence(list(paths), npartitions=npartitions or max(1, len(paths) // 200))
    results = _compute(bag.map(lint_file, resolver=resolver, timeout=timeout), scheduler)
    return finish_run(sorted(results, key=lambda r: order[r.path]))


def _lint_record(
    record: dict[str, Any], config: Config, path_field: str, text_field: str
) -> FileResult:
    return lint_text(str(record[path_field]), str(record[text_field]), config)


def lint_records(
    records: Iterable[dict[str, Any]],
    config: Config | None = None,
    scheduler: Any = None,
    path_field: str = "path",
    text_field: str = "text",
    npartitions: int | None = None,
) -> RunResult:
    """Lint articles held as records (e.g. rows of JSONL or Parquet): {path, text}."""
    import dask.bag as db

    items = list(records)
    bag = db.from_sequence(items, npartitions=npartitions or max(1, len(items) // 200))
    mapped = bag.map(
        _lint_record, config=config or Config(), path_field=path_field, text_field=text_field
    )
    results = _compute(mapped, scheduler)
    return finish_run(sorted(results, key=lambda r: r.path))


def read_jsonl(path: str) -> list[dict[str, Any]]:
    """Records from a JSONL file of articles (one JSON object a line)."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
