"""Adopting newslint on an old archive: baseline, changed lines only, CI formats, house styles."""

from __future__ import annotations

import json
import os
import subprocess

import pytest
from ruamel.yaml import YAML

from conftest import ROOT
from newslint.cli import main

BAD = "Certainly! Here is the rewritten article:\n\nThe mayor said TK residents were moved.\n"
META = ("--select", "meta-text", "--no-cache")


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_baseline_reports_only_new_findings_even_when_lines_move(in_tmp, capsys):
    (in_tmp / "old.md").write_text(BAD)
    code, _, _ = run(capsys, "old.md", *META, "--write-baseline", "baseline.json")
    assert code == 0
    recorded = json.loads((in_tmp / "baseline.json").read_text())
    assert {e["rule"] for e in recorded["findings"]} == {"NL102", "NL106"}
    # Lines move and a new placeholder appears.
    (in_tmp / "old.md").write_text("New intro paragraph.\n\n" + BAD + "\nAnother [INSERT LINK].\n")
    code, out, _ = run(capsys, "old.md", *META, "--baseline", "baseline.json", "--format", "json")
    found = [(f["rule"], f["line"], f["excerpt"]) for f in json.loads(out)["findings"]]
    assert found == [("NL106", 7, "[INSERT LINK]")]
    assert code == 1


def test_baseline_errors_are_clear(in_tmp, capsys):
    (in_tmp / "a.md").write_text(BAD)
    (in_tmp / "broken.json").write_text("{not json")
    code, _, err = run(capsys, "a.md", *META, "--baseline", "broken.json")
    assert code == 2 and "broken.json:1:2: invalid JSON" in err
    code, _, err = run(capsys, "a.md", *META, "--baseline", "none.json")
    assert code == 2 and "none.json:1:1: baseline file not found" in err


def _git(repo, *args):
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@x.test",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@x.test",
    }
    return subprocess.run(
        ["git", *args], cwd=repo, env=env, check=True, capture_output=True, text=True
    ).stdout


def test_diff_base_reports_only_changed_lines(in_tmp, capsys):
    _git(in_tmp, "init", "-q")
    (in_tmp / "story.md").write_text("Old TK line.\n\nSteady line.\n")
    (in_tmp / "other.md").write_text("Untouched TK.\n")
    _git(in_tmp, "add", ".")
    _git(in_tmp, "commit", "-qm", "base")
    (in_tmp / "story.md").write_text("Old TK line.\n\nSteady line.\n\nNew TK line.\n")
    (in_tmp / "fresh.md").write_text("Brand new TK.\n")
    code, out, err = run(capsys, ".", *META, "--diff-base", "HEAD", "--format", "json")
    found = sorted((f["path"], f["line"]) for f in json.loads(out)["findings"])
    assert found == [("fresh.md", 1), ("story.md", 5)], err
    code, _, err = run(capsys, ".", *META, "--diff-base", "no-such-ref")
    assert code == 2 and "git failed for --diff-base no-such-ref" in err


def test_unified_diff_on_stdin(in_tmp, capsys, monkeypatch):
    import io
    import sys

    (in_tmp / "story.md").write_text("One TK.\n\nTwo TK.\n\nThree TK.\n")
    diff = "--- a/story.md\n+++ b/story.md\n@@ -2,0 +3,1 @@\n+Two TK.\n"
    monkeypatch.setattr(sys, "stdin", io.StringIO(diff))
    _, out, _ = run(capsys, "story.md", *META, "--diff-file", "-", "--format", "json")
    assert [f["line"] for f in json.loads(out)["findings"]] == [3]


def test_gitlab_code_quality_fields(in_tmp, capsys):
    (in_tmp / "a.md").write_text(BAD)
    _, out, _ = run(capsys, "a.md", *META, "--format", "gitlab")
    issues = json.loads(out)
    assert len(issues) == 2
    for issue in issues:
        assert set(issue) >= {"description", "check_name", "fingerprint", "severity", "location"}
        assert issue["severity"] in {"info", "minor", "major", "critical", "blocker"}
        assert set(issue["location"]) == {"path", "lines"}
        assert isinstance(issue["location"]["lines"]["begin"], int)
    assert len({i["fingerprint"] for i in issues}) == 2
    assert issues[1]["location"] == {"path": "a.md", "lines": {"begin": 3, "end": 3}}


def test_rdjson_fields_and_suggestions(in_tmp, capsys):
    (in_tmp / "a.md").write_text(BAD)
    _, out, _ = run(capsys, "a.md", *META, "--format", "rdjson")
    doc = json.loads(out)
    assert doc["source"]["name"] == "newslint"
    first, second = doc["diagnostics"]
    assert first["severity"] == "ERROR" and first["code"]["value"] == "NL102"
    assert first["location"]["range"]["start"] == {"line": 1, "column": 1}
    assert first["suggestions"][0] == {
        "range": {"start": {"line": 1, "column": 1}, "end": {"line": 2, "column": 1}},
        "text": "",
    }
    assert second["location"]["range"]["start"] == {"line": 3, "column": 16}
    assert "suggestions" not in second


def test_docs_rules_md_is_current(capsys):
    code, out, _ = run(capsys, "rules", "--format", "markdown")
    assert code == 0
    current = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert out == current, (
        "docs/rules.md is stale: run `newslint rules --format markdown > docs/rules.md`"
    )


def test_readme_rules_table_is_current(capsys):
    code, out, _ = run(capsys, "rules")
    assert code == 0
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = readme.split("<!-- rules-table -->\n```text\n", 1)[1].split(
        "```\n<!-- /rules-table -->"
    )[0]
    assert shown == out, "README's `newslint rules` block is stale: paste the command's output"


def test_house_style_pack_example(capsys, monkeypatch):
    monkeypatch.chdir(ROOT / "examples" / "house-style")
    code, out, err = run(
        capsys, "story.md", "--format", "json", "--no-cache", "--select", "AP,placeholder"
    )
    assert code == 1, err
    found = [(f["rule"], f["category"], f["severity"]) for f in json.loads(out)["findings"]]
    assert found == [
        ("AP104", "style", "info"),
        ("AP102", "style", "warning"),
        ("AP101", "style", "info"),
        ("AP103", "style", "info"),
    ]


def test_action_yml_is_a_composite_action():
    action = YAML(typ="safe").load((ROOT / "action.yml").read_text())
    assert action["runs"]["using"] == "composite"
    commands = " ".join(s.get("run", "") for s in action["runs"]["steps"])
    assert "--format sarif" in commands and "--format github" in commands
    assert set(action["inputs"]) >= {"paths", "args", "sarif-file"}


@pytest.mark.parametrize("fmt", ["gitlab", "rdjson", "sarif", "json"])
def test_machine_formats_are_valid_json_with_no_findings(in_tmp, capsys, fmt):
    (in_tmp / "a.md").write_text("Clean copy.\n")
    code, out, _ = run(capsys, "a.md", *META, "--format", fmt)
    assert code == 0
    json.loads(out)
