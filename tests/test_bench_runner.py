"""The benchmark runner: what it does before timing (the peers' footing, not the timings)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))  # run_bench imports its sibling generate_corpus
_spec = importlib.util.spec_from_file_location("run_bench", ROOT / "bench" / "run_bench.py")
run_bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(run_bench)


def test_warm_up_writes_bytecode_even_where_the_environment_forbids_it(tmp_path, monkeypatch):
    """pip compiles an installed peer's bytecode; newslint's timed runs get the same."""
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    newslint = run_bench.Newslint(jobs=1, snapshot=tmp_path / "snapshot")
    if newslint.package is None:
        pytest.skip("newslint is not importable as a package here")
    assert not list(newslint.package.rglob("*.pyc"))  # the snapshot leaves caches out

    newslint.compile_bytecode()

    compiled = {p.parent.parent.name for p in newslint.package.rglob("__pycache__/*.pyc")}
    assert {"newslint", "checks", "parse", "reporters"} <= compiled


def test_repeated_timings_leave_the_memory_sampler_out_but_keep_its_peak(monkeypatch):
    """Times come from runs without the sampler; the memory figures from the sampled one."""
    started = []
    start = run_bench.TreeSampler.start
    monkeypatch.setattr(
        run_bench.TreeSampler, "start", lambda self: (started.append(self), start(self))
    )
    bench = run_bench.Bench.__new__(run_bench.Bench)
    bench.args = type("Args", (), {"repeat": 3})()
    result = bench.timed([sys.executable, "-c", "x = bytearray(30_000_000)"])
    assert len(started) == 1  # one sampled run of three
    assert len(result["walls_s"]) == 2 and "wall_s_sampled" in result
    unsampled = run_bench.measure([sys.executable, "-c", "pass"], sample=False)
    assert unsampled["peak_rss_tree_mb"] == 0 and unsampled["wall_s"] > 0
