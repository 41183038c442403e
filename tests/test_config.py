"""Config discovery, validation with file:line:col errors, and its effects."""

from __future__ import annotations

import json

from newslint.cli import main

BAD = "Certainly! Here is the rewritten article:\n\nThe mayor said TK residents were moved.\n"


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def findings(out):
    return [(f["path"], f["rule"], f["severity"]) for f in json.loads(out)["findings"]]


def test_pyproject_found_by_walking_up(in_tmp, capsys):
    (in_tmp / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.newslint]\nignore = ["NL102"]\n'
        'severity = { placeholder = "warning" }\ngrammar = "off"\n'
    )
    (in_tmp / "desk" / "news").mkdir(parents=True)
    (in_tmp / "desk" / "news" / "a.md").write_text(BAD)
    code, out, _ = run(capsys, "desk", "--format", "json")
    assert findings(out) == [("desk/news/a.md", "NL106", "warning")]


def test_nearest_yaml_config_wins_per_folder(in_tmp, capsys):
    (in_tmp / ".newslint.yaml").write_text("select: [NL102]\ngrammar: off\n")
    (in_tmp / "sub").mkdir()
    (in_tmp / "sub" / ".newslint.yaml").write_text("select: [NL106]\ngrammar: off\n")
    (in_tmp / "a.md").write_text(BAD)
    (in_tmp / "sub" / "b.md").write_text(BAD)
    _, out, _ = run(capsys, "a.md", "sub/b.md", "--format", "json")
    assert findings(out) == [("a.md", "NL102", "error"), ("sub/b.md", "NL106", "error")]


def test_per_file_ignores_and_no_config(in_tmp, capsys):
    (in_tmp / ".newslint.yaml").write_text(
        "grammar: off\nper-file-ignores:\n  'drafts/*': [meta-text]\n"
    )
    (in_tmp / "drafts").mkdir()
    (in_tmp / "drafts" / "a.md").write_text(BAD)
    code, out, _ = run(capsys, "drafts/a.md", "--format", "json")
    assert findings(out) == [] and code == 0
    code, out, _ = run(capsys, "drafts/a.md", "--format", "json", "--no-config", "--grammar", "off")
    assert len(findings(out)) == 2


def test_fail_on_from_config(in_tmp, capsys):
    (in_tmp / ".newslint.yaml").write_text("fail-on: never\ngrammar: off\n")
    (in_tmp / "a.md").write_text(BAD)
    assert run(capsys, "a.md")[0] == 0


def test_unknown_key_reports_position_and_suggestion(in_tmp, capsys):
    (in_tmp / ".newslint.yaml").write_text("grammar: off\nignroe: [NL101]\n")
    (in_tmp / "a.md").write_text(BAD)
    code, _, err = run(capsys, "a.md")
    assert code == 2
    assert ".newslint.yaml:2:1: unknown setting 'ignroe' (did you mean 'ignore'?)" in err


def test_wrong_type_and_bad_value(in_tmp, capsys):
    (in_tmp / ".newslint.yaml").write_text("grammar: off\nfail-on: sometimes\n")
    (in_tmp / "a.md").write_text(BAD)
    code, _, err = run(capsys, "a.md")
    assert code == 2 and ".newslint.yaml:2:1: 'fail-on' must be one of" in err
    (in_tmp / ".newslint.yaml").write_text("select: NL1\nmax-sentence-words: lots\n")
    code, _, err = run(capsys, "a.md")
    assert code == 2 and ":2:1: 'max-sentence-words' has the wrong type" in err


def test_malformed_toml_and_yaml(in_tmp, capsys):
    (in_tmp / "pyproject.toml").write_text("[tool.newslint]\nselect = [NL1\n")
    (in_tmp / "a.md").write_text(BAD)
    code, _, err = run(capsys, "a.md")
    assert code == 2 and "pyproject.toml:2:" in err and "invalid TOML" in err
    (in_tmp / "pyproject.toml").unlink()
    (in_tmp / ".newslint.yaml").write_text("select: [NL1\nignore: x\n")
    code, _, err = run(capsys, "a.md")
    assert code == 2 and ".newslint.yaml:" in err and "invalid YAML" in err


def test_explicit_config_applies_to_all(in_tmp, capsys):
    (in_tmp / "cfg.toml").write_text('[tool.newslint]\nselect = ["NL106"]\n')
    (in_tmp / ".newslint.yaml").write_text("select: [NL102]\n")
    (in_tmp / "a.md").write_text(BAD)
    _, out, _ = run(capsys, "a.md", "--config", "cfg.toml", "--format", "json")
    assert [r for _, r, _ in findings(out)] == ["NL106"]


def test_alias_bomb_in_config_or_rule_pack_is_refused(in_tmp, capsys):
    """Nested YAML aliases ('billion laughs') would hang validation: exit 2 with the file named."""
    lines = ["a: &a [" + ",".join(['"x"'] * 9) + "]"]
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    bomb = "\n".join(lines) + "\n"
    (in_tmp / "a.md").write_text("The council met.\n")
    indented = "".join(f"  {line}\n" for line in lines)
    (in_tmp / ".newslint.yaml").write_text("per-file-ignores:\n" + indented)
    assert main(["a.md", "--no-cache"]) == 2
    assert ".newslint.yaml:1:1: expands to more than 100,000 values" in capsys.readouterr().err
    (in_tmp / ".newslint.yaml").write_text("rules-dir: [styles]\n")
    (in_tmp / "styles").mkdir()
    (in_tmp / "styles" / "pack.yaml").write_text(bomb)
    assert main(["a.md", "--no-cache"]) == 2
    assert "pack.yaml:1:1: expands to more than 100,000 values" in capsys.readouterr().err
