"""--jobs gives the same output as one process; the cache is reused, safe and honest."""

from __future__ import annotations

import json
import os
import pickle

import pytest

from newslint.cli import main

BAD = "Certainly! Here is the rewritten article:\n\nThe mayor said TK residents were moved.\n"


def run(capsys, *args):
    code = main(list(args))
    return code, capsys.readouterr().out


def _corpus(root, n=24):
    for i in range(n):
        body = BAD if i % 3 == 0 else f"The council met {i} times this year, the clerk said.\n"
        (root / f"story{i:02d}.md").write_text(body)


def test_jobs_output_is_identical_to_serial(in_tmp, capsys):
    _corpus(in_tmp)
    args = (".", "--format", "json", "--select", "meta-text", "--no-cache")
    _, serial = run(capsys, *args, "--jobs", "1")
    _, parallel = run(capsys, *args, "--jobs", "2")
    assert serial == parallel
    assert len(json.loads(serial)["findings"]) == 16


def test_cache_is_reused_and_invalidated_by_content(in_tmp, capsys):
    _corpus(in_tmp, 4)
    args = (".", "--format", "json", "--select", "meta-text", "--cache-dir", "cache")
    _, first = run(capsys, *args)
    entries = list((in_tmp / "cache" / "v1").rglob("*"))
    assert len([e for e in entries if e.is_file()]) == 4
    assert (in_tmp / "cache" / "CACHEDIR.TAG").exists()
    _, second = run(capsys, *args)
    assert first == second
    (in_tmp / "story01.md").write_text(BAD)
    _, third = run(capsys, *args)
    paths = {f["path"] for f in json.loads(third)["findings"]}
    assert "story01.md" in paths


def test_corrupt_or_forged_cache_entries_are_misses(in_tmp, capsys):
    (in_tmp / "a.md").write_text(BAD)
    args = ("a.md", "--format", "json", "--select", "meta-text", "--cache-dir", "cache")
    _, first = run(capsys, *args)
    (entry,) = [e for e in (in_tmp / "cache" / "v1").rglob("*") if e.is_file()]
    entry.write_bytes(b"\x00" * 32 + pickle.dumps({"forged": True}))
    _, second = run(capsys, *args)
    assert first == second
    entry.write_bytes(b"garbage")
    _, third = run(capsys, *args)
    assert first == third


def test_no_cache_writes_nothing(in_tmp, capsys):
    (in_tmp / "a.md").write_text(BAD)
    run(capsys, "a.md", "--select", "meta-text", "--no-cache")
    assert not (in_tmp / ".newslint_cache").exists()


def test_warm_cache_starts_no_workers_and_only_misses_are_linted(in_tmp, capsys, monkeypatch):
    import multiprocessing

    _corpus(in_tmp, 24)
    args = (".", "--format", "json", "--select", "meta-text", "--cache-dir", "cache", "--jobs", "2")
    _, cold = run(capsys, *args)

    def no_workers(*a, **k):
        raise AssertionError("a warm run forked workers")

    monkeypatch.setattr(multiprocessing, "get_context", no_workers)
    _, warm = run(capsys, *args)
    assert warm == cold
    # one changed file among 24 is linted in this process, the rest come from the cache
    (in_tmp / "story05.md").write_text(BAD)
    _, partly = run(capsys, *args)
    found = {(f["path"], f["rule"]) for f in json.loads(partly)["findings"]}
    assert ("story05.md", "NL102") in found and ("story00.md", "NL106") in found


def test_checks_prepare_in_the_parent_before_workers_fork(in_tmp, capsys, monkeypatch):
    import os

    from newslint.checks.grammar import GrammarCheck

    prepared = []
    monkeypatch.setattr(GrammarCheck, "prepare", lambda self, ctx: prepared.append(os.getpid()))
    _corpus(in_tmp, 8)
    run(capsys, ".", "--format", "json", "--no-cache", "--jobs", "2", "--grammar", "harper")
    assert prepared == [os.getpid()]
    run(capsys, ".", "--format", "json", "--no-cache", "--jobs", "1")
    assert prepared == [os.getpid()]  # one process: nothing to share, nothing prepared early


def test_results_from_workers_share_rule_metadata_and_config(tmp_path):
    """A result crossing a process boundary (worker or cache) does not bring its own
    copy of each rule's rationale and of the config: a run over many files holds one."""
    from newslint.config import Config
    from newslint.engine import lint_text

    config = Config(grammar="off")
    first = lint_text("a.md", BAD, config)
    second = lint_text("b.md", BAD.replace("mayor", "governor"), config)
    a, b = pickle.loads(pickle.dumps(first)), pickle.loads(pickle.dumps(second))
    rules_a = {r.rule.id: r.rule for r in a.reports}
    rules_b = {r.rule.id: r.rule for r in b.reports}
    assert {"NL102", "NL106"} <= rules_a.keys()
    for rule_id, meta in rules_a.items():
        assert meta is rules_b[rule_id]
        assert meta == next(r.rule for r in first.reports if r.rule.id == rule_id)
    assert a.config is b.config and a.config == config
    assert a.line_index().location(0, 11) == first.line_index().location(0, 11)
    assert list(a.line_starts) == [0, 42, 43, 83]


def test_configs_that_cannot_be_hashed_still_round_trip():
    from newslint.config import Config

    config = Config(options=(("sentence-length", [30, 40]),))
    copy = pickle.loads(pickle.dumps(config))
    assert copy == config and copy is not config


PARENT = os.getpid()


def _note_pid(path):
    from newslint.engine import FileResult

    return FileResult(path=path, statistics={"pid": os.getpid()})


def _fail_in_worker(path):
    if os.getpid() != PARENT:
        raise ValueError(f"worker failed on {path}")
    return _note_pid(path)


def test_parent_lints_its_share_alongside_the_workers():
    """--jobs 2 is this process and one worker, each file linted exactly once."""
    from newslint.parallel import lint_in_processes

    paths = [f"story{i:03d}.md" for i in range(200)]
    seen = []
    lint_in_processes(_note_pid, paths, 2, seen.append)
    assert sorted(r.path for r in seen) == paths
    pids = {r.statistics["pid"] for r in seen}
    assert PARENT in pids and len(pids) == 2


def test_a_worker_failure_is_raised_in_the_parent():
    from newslint.parallel import lint_in_processes

    paths = [f"story{i:03d}.md" for i in range(200)]
    with pytest.raises(ValueError, match="worker failed on story"):
        lint_in_processes(_fail_in_worker, paths, 2, lambda result: None)


def _die_in_worker_on_seven(path):
    if os.getpid() != PARENT and path.endswith("7.md"):
        os._exit(3)  # as the out-of-memory killer or a native crash ends a process
    return _note_pid(path)


def test_a_dead_worker_costs_only_the_file_that_killed_it():
    """A worker that dies without raising does not hang the run or lose other files:
    what it held is linted again one file at a time, and the killing files are named."""
    from newslint.parallel import WORKER_DIED, lint_in_processes

    paths = [f"story{i:03d}.md" for i in range(200)]
    seen = []
    lint_in_processes(_die_in_worker_on_seven, paths, 2, seen.append)
    assert sorted(r.path for r in seen) == paths
    dead = {r.path for r in seen if r.errors}
    assert dead and all(path.endswith("7.md") for path in dead)
    for r in seen:
        if r.errors:
            assert r.errors[0].rule == "NL905" and r.errors[0].message == WORKER_DIED
        else:
            assert not (r.path.endswith("7.md") and r.statistics["pid"] != PARENT)
