"""Linting on a Dask cluster gives exactly the findings of a single-process run."""

from __future__ import annotations

import json
import shutil

import pytest

from conftest import SEEDS
from newslint.config import Config, ConfigResolver
from newslint.engine import lint_paths

distributed = pytest.importorskip("distributed")


def _key(run):
    return [
        (r.path, r.rule.id, r.location.line, r.location.end_line, r.message) for r in run.reports
    ]


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


def test_cluster_run_equals_single_process_run(tmp_path, client):
    from newslint.distributed import lint_bag

    for seed in sorted(SEEDS.iterdir()):
        shutil.copy(seed, tmp_path / seed.name)
    for i in range(6):
        (tmp_path / f"extra{i}.md").write_text(f"Story {i}: the mayor said TK people left.\n")
    files = sorted(str(p) for p in tmp_path.iterdir())
    resolver = ConfigResolver(explicit=Config(grammar="off"))
    local = lint_paths(files, resolver, jobs=1)
    remote = lint_bag(files, resolver, scheduler=client, npartitions=4)
    assert _key(remote) == _key(local)
    assert {r.rule.category for r in local.reports} >= {"meta-text", "inconsistent-figure"}


def test_records_from_jsonl(tmp_path, client):
    from newslint.distributed import lint_records, read_jsonl

    rows = [
        {"path": f"a{i}.md", "text": "Certainly! Here is the rewritten article:\n\nBody."}
        for i in range(3)
    ]
    (tmp_path / "articles.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    run = lint_records(
        read_jsonl(str(tmp_path / "articles.jsonl")), Config(grammar="off"), scheduler=client
    )
    assert [(r.path, r.rule.id, r.location.line) for r in run.reports if r.rule.id == "NL102"] == [
        ("a0.md", "NL102", 1),
        ("a1.md", "NL102", 1),
        ("a2.md", "NL102", 1),
    ]


def test_cli_engine_dask_with_scheduler_address(tmp_path, client, capsys):
    from newslint.cli import main

    (tmp_path / "a.md").write_text("The mayor said TK people left.\n")
    (tmp_path / "b.md").write_text("Certainly! Here is the rewritten article:\n\nBody.\n")
    code = main(
        [
            str(tmp_path),
            "--engine",
            "dask",
            "--scheduler",
            client.scheduler.address,
            "--format",
            "json",
            "--select",
            "meta-text",
            "--no-config",
        ]
    )
    report = json.loads(capsys.readouterr().out)
    assert code == 1
    assert sorted(f["rule"] for f in report["findings"]) == ["NL102", "NL106"]
