"""User rule packs: loaded from rules-dir, validated with file:line:col errors, RE2-safe."""

from __future__ import annotations

import json
import time

from newslint.cli import main

PACK = """\
rules:
  - id: NL190
    name: house-banned-words
    type: existence
    severity: warning
    message: "House style bans '{match}'"
    description: Our desk does not use these words.
    tokens: [utilize, going forward]
    examples:
      bad: ["We utilize it."]
      good: ["We use it."]
  - id: NL191
    name: house-percent
    type: substitution
    severity: info
    message: "Write '{replacement}', not '{match}'"
    description: AP style spells out percent.
    swap: {'per cent': percent}
    examples:
      bad: ["Rates rose 5 per cent."]
      good: ["Rates rose 5 percent."]
  - id: NL192
    name: house-email
    type: consistency
    severity: info
    message: "Inconsistent spelling: '{match}'"
    description: Pick one spelling.
    either: {email: e-mail}
    examples:
      bad: ["Send an email. Or an e-mail."]
      good: ["Send an email."]
  - id: NL193
    name: house-repeated-word
    type: repetition
    severity: warning
    message: "Repeated word '{match}'"
    description: A doubled word is a typo.
    patterns: ['[A-Za-z]+']
    examples:
      bad: ["It was the the end."]
      good: ["It was the end."]
"""


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def setup_pack(tmp, pack_text):
    (tmp / "styles").mkdir()
    (tmp / "styles" / "house.yaml").write_text(pack_text)
    (tmp / ".newslint.yaml").write_text("rules-dir: [styles]\ngrammar: off\n")


def test_house_pack_rules_fire_with_fixes(in_tmp, capsys):
    setup_pack(in_tmp, PACK)
    (in_tmp / "a.md").write_text(
        "We utilize data. Rates rose 5 Per cent. Send an email.\n\nOr an e-mail. The the end.\n"
    )
    code, out, err = run(capsys, "a.md", "--format", "json", "--select", "NL19")
    assert code == 1, err
    found = [(f["rule"], f["line"], f["excerpt"]) for f in json.loads(out)["findings"]]
    assert found == [
        ("NL190", 1, "utilize"),
        ("NL191", 1, "Per cent"),
        ("NL192", 3, "e-mail"),
        ("NL193", 3, "The the"),
    ]
    fix = json.loads(out)["findings"][1]["fix"]
    assert fix["replacement"] == "Percent"
    code, out, _ = run(capsys, "rule", "NL190", "--config", ".newslint.yaml")
    assert code == 0 and "# house-banned-words (NL190)" in out


def test_fix_rewrites_file_atomically(in_tmp, capsys):
    setup_pack(in_tmp, PACK)
    (in_tmp / "a.md").write_text("Rates rose 5 per cent.\n")
    (in_tmp / "a.md").chmod(0o640)
    code, out, _ = run(capsys, "a.md", "--select", "NL191", "--diff")
    assert "-Rates rose 5 per cent." in out and "+Rates rose 5 percent." in out
    assert (in_tmp / "a.md").read_text() == "Rates rose 5 per cent.\n"
    code, out, _ = run(capsys, "a.md", "--select", "NL191", "--fix")
    assert code == 0
    assert (in_tmp / "a.md").read_text() == "Rates rose 5 percent.\n"
    assert (in_tmp / "a.md").stat().st_mode & 0o777 == 0o640
    assert [p.name for p in in_tmp.iterdir() if p.name.startswith(".newslint-")] == []


def _error(capsys, tmp, pack_text):
    setup_pack(tmp, pack_text)
    (tmp / "a.md").write_text("Text.\n")
    code, _, err = run(capsys, "a.md")
    assert code == 2
    return err.strip()


def test_unknown_key_with_suggestion(in_tmp, capsys):
    err = _error(capsys, in_tmp, PACK.replace("    tokens: [utilize", "    tokns: [utilize"))
    assert err.endswith(
        "styles/house.yaml:8:5: unknown key 'tokns' for a existence rule (did you mean 'tokens'?)"
    )


def test_invalid_regex_and_bad_severity(in_tmp, capsys):
    err = _error(capsys, in_tmp, PACK.replace("patterns: ['[A-Za-z]+']", "patterns: ['(?<=a)b']"))
    assert "house.yaml:38:5: pattern '(?<=a)b' is not a valid RE2 regex" in err


def test_bad_severity(in_tmp, capsys):
    err = _error(capsys, in_tmp, PACK.replace("severity: warning", "severity: fatal", 1))
    assert "house.yaml:5:5: 'severity' must be error, warning or info" in err


def test_duplicate_rule_id(in_tmp, capsys):
    err = _error(capsys, in_tmp, PACK.replace("NL191", "NL190"))
    assert "duplicate rule NL190" in err and "house.yaml:12:5:" in err


def test_malformed_yaml(in_tmp, capsys):
    err = _error(capsys, in_tmp, "rules:\n  - id: NL190\n    name: [unclosed\n")
    assert "house.yaml:" in err and "invalid YAML" in err


def test_yaml_object_construction_is_refused(in_tmp, capsys):
    err = _error(capsys, in_tmp, "rules: !!python/object/apply:os.system ['echo pwned']\n")
    assert "house.yaml" in err


def test_catastrophic_pattern_runs_in_linear_time(in_tmp, capsys):
    pack = PACK.replace("patterns: ['[A-Za-z]+']", "patterns: ['(a+)+$']")
    setup_pack(in_tmp, pack)
    (in_tmp / "a.md").write_text("a" * 50_000 + "!\n")
    start = time.perf_counter()
    code, _, err = run(capsys, "a.md", "--select", "NL193")
    assert code in (0, 1), err
    assert time.perf_counter() - start < 20  # backtracking would take longer than the universe
