"""Reporters: SARIF validated against the official schema, GitHub annotations escaped."""

from __future__ import annotations

import json

import pytest

from conftest import SHARED, needs_shared
from newslint.cli import main

BAD = "Certainly! Here is the rewritten article:\n\nThe mayor, 100% sure, said TK people left.\n"


def run(capsys, *args):
    code = main(list(args))
    return code, capsys.readouterr().out


@needs_shared
def test_sarif_validates_against_official_schema(in_tmp, capsys):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((SHARED / "schemas" / "sarif-schema-2.1.0.json").read_text())
    (in_tmp / "a.md").write_text(BAD)
    (in_tmp / "bad.txt").write_bytes(b"caf\xe9 owners\n")
    _, out = run(capsys, "a.md", "bad.txt", "--format", "sarif", "--select", "meta-text")
    sarif = json.loads(out)
    jsonschema.validate(sarif, schema)
    run_ = sarif["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["NL102", "NL106"]
    results = run_["results"]
    assert [(r["ruleId"], r["level"]) for r in results] == [("NL102", "error"), ("NL106", "error")]
    region = results[1]["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (3, 28, 30)
    assert results[0]["partialFingerprints"]["newslint/v1"]
    notes = run_["invocations"][0]["toolExecutionNotifications"]
    assert "bad.txt" in notes[0]["message"]["text"]


def test_sarif_levels_map_info_to_note(in_tmp, capsys):
    (in_tmp / "a.md").write_text("Fine.\n\n<!-- newslint-disable-next-line NL106 -->\nFine.\n")
    _, out = run(capsys, "a.md", "--format", "sarif", "--select", "NL106,NL900")
    (result,) = json.loads(out)["runs"][0]["results"]
    assert (result["ruleId"], result["level"]) == ("NL900", "note")


def test_github_annotations(in_tmp, capsys):
    (in_tmp / "a,b.md").write_text(BAD)
    _, out = run(capsys, "a,b.md", "--format", "github", "--select", "meta-text")
    lines = out.splitlines()
    assert lines[0].startswith(
        "::error file=a%2Cb.md,line=1,col=1,endLine=1,endColumn=42,title=NL102 chat-preamble::"
    )
    assert lines[1].startswith("::error file=a%2Cb.md,line=3,col=28,")


def test_json_is_deterministic(in_tmp, capsys):
    for name in ("b.md", "a.md", "c.txt"):
        (in_tmp / name).write_text(BAD)
    _, first = run(capsys, ".", "--format", "json", "--grammar", "off")
    _, second = run(capsys, "c.txt", "a.md", "b.md", "--format", "json", "--grammar", "off")
    paths = [f["path"] for f in json.loads(first)["findings"]]
    assert paths == sorted(paths)
    _, again = run(capsys, ".", "--format", "json", "--grammar", "off")
    assert first == again
    assert len(json.loads(second)["findings"]) == len(json.loads(first)["findings"])
