"""The command line as a user runs it: paths, stdin, formats, selection, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from newslint.cli import main

BAD = "Certainly! Here is the rewritten article:\n\nThe mayor said TK residents were moved.\n"
CLEAN = "The mayor said 40 residents were moved on Tuesday.\n"


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_text_output_and_exit_code(in_tmp, capsys):
    (in_tmp / "a.md").write_text(BAD)
    (in_tmp / "b.md").write_text(CLEAN)
    code, out, _ = run(capsys, "a.md", "b.md", "--select", "NL102,NL106")
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith("a.md:1:1: NL102 [error] ") and lines[0].endswith(" [*]")
    assert lines[1].startswith("a.md:3:16: NL106 [error] Placeholder left in the article: 'TK'")
    assert lines[-1].startswith("Found 2 problems (2 errors, 0 warnings, 0 info) in 2 files")


def test_footer_agrees_in_number(in_tmp, capsys):
    (in_tmp / "a.md").write_text("The mayor said TK residents were moved.\n")
    _, out, _ = run(capsys, "a.md", "--select", "NL106")
    assert out.splitlines()[-1] == "Found 1 problem (1 error, 0 warnings, 0 info) in 1 file."


def test_check_subcommand_and_folder_discovery(in_tmp, capsys):
    (in_tmp / "news").mkdir()
    (in_tmp / "news" / "a.md").write_text(BAD)
    (in_tmp / "news" / "notes.rst").write_text(BAD)  # not a default extension
    (in_tmp / "news" / "node_modules").mkdir()
    (in_tmp / "news" / "node_modules" / "x.md").write_text(BAD)
    code, out, _ = run(capsys, "check", "news", "--format", "json", "--grammar", "off")
    report = json.loads(out)
    assert code == 1
    assert report["files"] == 1
    assert {f["path"] for f in report["findings"]} == {os.path.join("news", "a.md")}


def test_json_report_shape(in_tmp, capsys):
    (in_tmp / "a.txt").write_text(BAD)
    code, out, _ = run(capsys, "--format", "json", "a.txt", "--select", "meta-text")
    report = json.loads(out)
    assert report["version"] == 1 and report["tool"]["name"] == "newslint"
    assert report["files"] == 1 and report["errors"] == []
    assert report["summary"] == {"error": 2, "warning": 0, "info": 0}
    first = report["findings"][0]
    for key in (
        "path",
        "line",
        "column",
        "end_line",
        "end_column",
        "rule",
        "name",
        "category",
        "severity",
        "message",
        "excerpt",
        "fix",
    ):
        assert key in first
    assert first["rule"] == "NL102" and first["category"] == "meta-text"
    assert first["fix"] == {"start": 0, "end": 42, "replacement": ""}


def test_stdin_with_stdin_filename(monkeypatch, capsys):
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(BAD.encode())))
    code, out, _ = run(
        capsys, "-", "--stdin-filename", "draft.md", "--format", "json", "--grammar", "off"
    )
    report = json.loads(out)
    assert code == 1
    assert {f["path"] for f in report["findings"]} == {"draft.md"}


def test_select_ignore_and_fail_on(in_tmp, capsys):
    (in_tmp / "a.txt").write_text(BAD)
    code, out, _ = run(capsys, "a.txt", "--select", "NL106", "--format", "json")
    assert [f["rule"] for f in json.loads(out)["findings"]] == ["NL106"]
    code, out, _ = run(
        capsys,
        "a.txt",
        "--select",
        "meta-text",
        "--ignore",
        "placeholder",
        "--format",
        "json",
        "--grammar",
        "off",
    )
    assert [f["rule"] for f in json.loads(out)["findings"]] == ["NL102"]
    code, _, _ = run(capsys, "a.txt", "--fail-on", "never", "--grammar", "off")
    assert code == 0


def test_quiet_and_statistics(in_tmp, capsys):
    (in_tmp / "a.txt").write_text(BAD)
    _, out, _ = run(capsys, "a.txt", "--quiet", "--grammar", "off")
    assert "Found" not in out
    _, out, _ = run(capsys, "a.txt", "--statistics", "--format", "json", "--grammar", "off")
    stats = json.loads(out)["statistics"]
    assert stats["rules"]["NL106"] == 1
    assert stats["documents"]["a.txt"]["words"] > 5


def test_unreadable_files_are_reported_and_others_still_linted(in_tmp, capsys):
    (in_tmp / "good.md").write_text(BAD)
    (in_tmp / "latin1.txt").write_bytes("Caf\xe9 owners met.\n".encode("latin-1"))
    (in_tmp / "image.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    code, out, _ = run(
        capsys,
        "good.md",
        "latin1.txt",
        "image.md",
        "missing.md",
        "--format",
        "json",
        "--grammar",
        "off",
    )
    report = json.loads(out)
    assert code == 1
    errors = {e["path"]: e for e in report["errors"]}
    assert errors["latin1.txt"]["rule"] == "NL903"
    assert "byte 3" in errors["latin1.txt"]["message"]
    assert errors["image.md"]["rule"] == "NL902"
    assert errors["missing.md"]["message"] == "no such file"
    assert {f["path"] for f in report["findings"]} == {"good.md"}


def test_utf16_bom_and_empty_file(in_tmp, capsys):
    (in_tmp / "u16.txt").write_bytes(BAD.encode("utf-16"))
    (in_tmp / "empty.md").write_text("")
    code, out, _ = run(capsys, "u16.txt", "empty.md", "--format", "json", "--grammar", "off")
    report = json.loads(out)
    assert report["errors"] == []
    assert {f["rule"] for f in report["findings"]} == {"NL102", "NL106"}


def test_rules_and_rule_commands(capsys):
    code, out, _ = run(capsys, "rules")
    assert code == 0
    assert out.splitlines()[0].split() == ["ID", "Name", "Category", "Severity", "Message"]
    assert any(line.startswith("NL106") and "placeholder" in line for line in out.splitlines())
    code, out, _ = run(capsys, "rule", "NL106")
    assert code == 0 and out.startswith("# placeholder (NL106)")
    assert "## Bad" in out and "## Good" in out
    code, out, _ = run(capsys, "rule", "placeholder", "--format", "json")
    assert json.loads(out)["id"] == "NL106"
    code, out, _ = run(capsys, "rules", "--format", "json")
    assert any(r["id"] == "NL102" for r in json.loads(out))
    code, _, err = run(capsys, "rule", "NL999")
    assert code == 2 and "no rule" in err


def test_usage_errors_exit_2(in_tmp, capsys):
    assert run(capsys)[0] == 2
    assert run(capsys, "--format", "yaml", "x.md")[0] == 2
    code, _, err = run(capsys, "--config", "nope.toml", "x.md")
    assert code == 2 and "nope.toml:1:1: config file not found" in err


def test_version_and_module_entry_point():
    out = subprocess.run(
        [sys.executable, "-m", "newslint", "--version"], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "newslint 0.1.0"


def test_console_script_on_seeds_exits_1():
    from conftest import SEEDS

    proc = subprocess.run(
        [sys.executable, "-m", "newslint", "--format", "json", str(SEEDS)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 1, proc.stderr
    report = json.loads(proc.stdout)
    assert report["files"] == 5 and report["errors"] == []


@pytest.mark.parametrize("fmt", ["text", "github", "sarif"])
def test_no_color_when_not_a_tty(in_tmp, capsys, fmt):
    (in_tmp / "a.txt").write_text(BAD)
    _, out, _ = run(capsys, "a.txt", "--format", fmt, "--grammar", "off")
    assert "\033[" not in out


def test_color_always(in_tmp, capsys):
    (in_tmp / "a.txt").write_text(BAD)
    _, out, _ = run(capsys, "a.txt", "--color", "always", "--grammar", "off")
    assert "\033[31m[error]\033[0m" in out


def test_a_closed_pipe_ends_quietly():
    """`newslint rules --format json | head`: no traceback when the reader leaves."""
    import subprocess
    import sys

    proc = subprocess.Popen(
        [sys.executable, "-m", "newslint", "rules", "--format", "json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        bufsize=0,  # read only what is asked: the rest stays in the pipe
    )
    assert proc.stdout.read(100).startswith(b"[")
    proc.stdout.close()  # the output is over 64 KB: the writer meets the closed pipe
    err = proc.stderr.read()
    proc.stderr.close()
    assert proc.wait(timeout=60) == 141
    assert b"Traceback" not in err and b"BrokenPipeError" not in err
