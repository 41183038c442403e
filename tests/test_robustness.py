"""Bad input of every kind: a clear error naming the file, no traceback, others still linted."""

from __future__ import annotations

import json
import os

import pytest

from conftest import run_offline
from newslint.cli import main

BAD = "Certainly! Here is the rewritten article:\n\nThe mayor said TK residents were moved.\n"


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def lint_json(capsys, *args):
    code, out, err = run(capsys, *args, "--format", "json", "--select", "meta-text", "--no-cache")
    assert "Traceback" not in err
    return code, json.loads(out)


def test_each_bad_input_is_reported_and_good_file_still_linted(in_tmp, capsys):
    (in_tmp / "good.md").write_text(BAD)
    (in_tmp / "invalid.txt").write_bytes(b"ok line\nbad \xc3\x28 here\n")
    (in_tmp / "nul.md").write_bytes(b"text\x00with\x00nul")
    (in_tmp / "empty.txt").write_bytes(b"")
    (in_tmp / "utf16.md").write_bytes("\ufeffA TK draft.\n".encode("utf-16-le"))
    (in_tmp / "deep.html").write_text("<div>" * 10_000 + "Deep TK." + "</div>" * 10_000)
    (in_tmp / "table.md").write_text("| a | b\n|---\n| TK | x | y | z\n|\n")
    (in_tmp / "fm.md").write_text("---\ntitle: [unclosed\n---\nBody TK.\n")
    (in_tmp / "unterminated.md").write_text("---\ntitle: x\nBody TK.\n")
    os.symlink("loop-b.md", in_tmp / "loop-a.md")
    os.symlink("loop-a.md", in_tmp / "loop-b.md")
    files = [
        "good.md",
        "invalid.txt",
        "nul.md",
        "empty.txt",
        "utf16.md",
        "deep.html",
        "table.md",
        "fm.md",
        "unterminated.md",
        "loop-a.md",
        "missing.md",
    ]
    code, report = lint_json(capsys, *files)
    assert code == 1
    errors = {e["path"]: (e["rule"], e["message"]) for e in report["errors"]}
    assert errors["invalid.txt"][0] == "NL903" and "at byte 12 (line 2)" in errors["invalid.txt"][1]
    assert errors["nul.md"] == ("NL902", "binary file (not text); skipped")
    assert errors["loop-a.md"][0] == "NL901" and "symbolic links" in errors["loop-a.md"][1]
    assert errors["missing.md"] == ("NL901", "no such file")
    lines = {(f["path"], f["rule"], f["line"]) for f in report["findings"]}
    assert ("good.md", "NL106", 3) in lines
    assert ("utf16.md", "NL106", 1) in lines
    assert ("deep.html", "NL106", 1) in lines
    assert ("table.md", "NL106", 3) in lines
    assert ("unterminated.md", "NL106", 3) in lines
    assert ("fm.md", "NL106", 4) in lines
    assert "empty.txt" not in errors


def test_front_matter_error_is_a_finding(in_tmp, capsys):
    (in_tmp / "fm.md").write_text("---\ntitle: [unclosed\n---\nBody.\n")
    code, out, _ = run(capsys, "fm.md", "--format", "json", "--select", "NL904", "--no-cache")
    (finding,) = json.loads(out)["findings"]
    assert finding["rule"] == "NL904" and "front matter is not valid YAML" in finding["message"]


def test_front_matter_alias_bomb_is_cut_off(in_tmp, capsys):
    """Nine lines of YAML aliases expand to 387 million values: refused, body still linted."""
    levels = ["a: &a [" + ",".join(['"lol"'] * 9) + "]"]
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        levels.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    body = "The mayor said TK residents were moved.\n"
    (in_tmp / "bomb.md").write_text("---\n" + "\n".join(levels) + "\n---\n\n" + body)
    code, out, _ = run(capsys, "bomb.md", "--format", "json", "--no-cache", "--timeout", "60")
    found = {(f["rule"], f["line"]) for f in json.loads(out)["findings"]}
    assert ("NL904", 1) in found and ("NL106", 13) in found
    assert code == 1


def test_oversized_file_is_skipped_with_notice(in_tmp, capsys, monkeypatch):
    monkeypatch.setattr("newslint.loader.MAX_FILE_BYTES", 1000)
    monkeypatch.setattr("newslint.engine.read_bytes.__defaults__", (1000,))
    (in_tmp / "huge.txt").write_text("word " * 1000)
    code, report = lint_json(capsys, "huge.txt")
    (error,) = report["errors"]
    assert error["rule"] == "NL902" and "over the" in error["message"] and code == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_permissions(in_tmp, capsys):
    (in_tmp / "secret.md").write_text(BAD)
    (in_tmp / "secret.md").chmod(0)
    _, report = lint_json(capsys, "secret.md")
    assert report["errors"][0]["message"] == "permission denied"


def test_directory_as_stdin_filename_is_a_usage_error(in_tmp, capsys):
    (in_tmp / "folder").mkdir()
    code, _, err = run(capsys, "-", "--stdin-filename", "folder")
    assert code == 2 and "folder:1:1: --stdin-filename names a directory" in err


def test_timeout_turns_a_runaway_check_into_a_finding(in_tmp, capsys, monkeypatch):
    import time

    from newslint.checks.patterns import PatternCheck

    def slow(self, doc, ctx):
        time.sleep(5)
        return iter(())

    monkeypatch.setattr(PatternCheck, "run", slow)
    (in_tmp / "a.md").write_text(BAD)
    start = time.monotonic()
    code, out, _ = run(
        capsys,
        "a.md",
        "--format",
        "json",
        "--timeout",
        "0.3",
        "--select",
        "NL106,NL905",
        "--no-cache",
    )
    assert time.monotonic() - start < 4
    (finding,) = json.loads(out)["findings"]
    assert finding["rule"] == "NL905" and "time budget" in finding["message"]


def test_default_lint_opens_no_socket(in_tmp):
    """Drafts stay on the machine: the default config (Harper grammar on) opens no socket."""
    (in_tmp / "a.md").write_text(BAD + "\nThey was happy about there results.\n")
    proc = run_offline(in_tmp, "a.md", "--no-cache", "--jobs", "1")
    assert proc.returncode == 1, proc.stderr
    assert "network access attempted" not in proc.stderr + proc.stdout
    assert "NL102" in proc.stdout


def test_failing_cross_file_check_is_reported_not_fatal(in_tmp, capsys, monkeypatch):
    from newslint.checks.base import CorpusCheck
    from newslint.registry import load_ruleset

    corpus = load_ruleset().corpus_checks
    assert corpus, "no cross-file check registered"

    def broken(self, facts, ctx):
        raise ValueError("boom")

    monkeypatch.setattr(type(corpus[0]), "reduce", broken)
    assert isinstance(corpus[0], CorpusCheck)
    hedged = "On Monday, Vertex said it would invest up to $2 billion in Nimbus.\n\n"
    (in_tmp / "a.md").write_text(hedged + BAD)
    (in_tmp / "b.md").write_text("On Monday, Vertex invested $2 billion in Nimbus.\n\n" + BAD)
    code, out, err = run(capsys, "a.md", "b.md", "--format", "json", "--no-cache")
    report = json.loads(out)
    assert code == 1 and "Traceback" not in err
    assert any(
        "cross-file check" in e["message"] and "boom" in e["message"] for e in report["errors"]
    )
    assert {f["rule"] for f in report["findings"]} >= {"NL102", "NL106"}


def test_markup_the_html_parser_rejects_keeps_what_was_read(in_tmp, capsys):
    """Python's HTMLParser raises AssertionError on '<![i': once a traceback for the whole run."""
    (in_tmp / "bad.html").write_text("<p>The mayor said TK residents left.</p>\n<![i more\n")
    (in_tmp / "good.md").write_text(BAD)
    code, report = lint_json(capsys, "bad.html", "good.md", "--extend-select", "NL904")
    found = {(f["path"], f["rule"], f["line"]) for f in report["findings"]}
    assert ("bad.html", "NL106", 1) in found and ("bad.html", "NL904", 2) in found
    assert ("good.md", "NL102", 1) in found and code == 1


def test_a_parser_crash_costs_one_file_not_the_run(in_tmp, capsys, monkeypatch):
    import newslint.engine

    real = newslint.engine.parse

    def fragile(path, text):
        if path.endswith("bad.md"):
            raise ValueError("boom")
        return real(path, text)

    monkeypatch.setattr(newslint.engine, "parse", fragile)
    (in_tmp / "bad.md").write_text("Anything.\n")
    (in_tmp / "good.md").write_text(BAD)
    code, report = lint_json(capsys, "bad.md", "good.md")
    (error,) = report["errors"]
    assert (
        error["path"] == "bad.md"
        and error["rule"] == "NL904"
        and "ValueError: boom" in error["message"]
    )
    assert {f["path"] for f in report["findings"]} == {"good.md"} and code == 1
