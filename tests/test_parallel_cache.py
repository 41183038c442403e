"""--jobs gives the same output as one process; the cache is reused, safe and honest."""

from __future__ import annotations

import json
import pickle

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
