"""The pre-commit hook, run by the real pre-commit on a throwaway git repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from ruamel.yaml import YAML

from conftest import ROOT

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _hook_definition() -> dict:
    hooks = YAML(typ="safe").load((ROOT / ".pre-commit-hooks.yaml").read_text())
    (hook,) = [h for h in hooks if h["id"] == "newslint"]
    return hook


def test_hook_definition_matches_contract():
    hook = _hook_definition()
    assert hook["language"] == "python"
    assert hook["entry"] == "newslint"
    assert set(hook["types_or"]) == {"markdown", "html", "plain-text"}
    assert hook.get("pass_filenames", True) is True


def test_real_pre_commit_runs_the_hook(tmp_path):
    pre_commit = shutil.which("pre-commit") or os.path.join(
        os.path.dirname(sys.executable), "pre-commit"
    )
    if not os.path.exists(pre_commit):
        pytest.skip("pre-commit is not installed")
    hook = _hook_definition()
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "cache"),
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
    }
    repo = tmp_path / "repo"
    repo.mkdir()
    newslint = shutil.which("newslint", path=os.path.dirname(sys.executable)) or "newslint"
    # A local hook with the shipped definition, run with the newslint under test.
    config = (
        "repos:\n- repo: local\n  hooks:\n"
        f"  - id: {hook['id']}\n    name: {hook['name']}\n    entry: {newslint} --grammar off\n"
        f"    language: system\n    types_or: [{', '.join(hook['types_or'])}]\n"
    )
    (repo / ".pre-commit-config.yaml").write_text(config)
    (repo / "story.md").write_text(
        "Certainly! Here is the rewritten article:\n\nThe vote was 7-2.\n"
    )
    (repo / "clean.html").write_text("<p>The council voted 7-2 on Tuesday.</p>\n")
    (repo / "script.py").write_text("print('TK')\n")

    def git(*args):
        subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)

    def pre_commit_all_files():
        return subprocess.run(
            [pre_commit, "run", "--all-files"],
            cwd=repo,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )

    git("init", "-q")
    git("add", ".")
    proc = pre_commit_all_files()
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "story.md:1:1: NL102 [error]" in proc.stdout
    assert "script.py" not in proc.stdout and "clean.html:" not in proc.stdout
    (repo / "story.md").write_text("The vote was 7-2 on Tuesday.\n")
    git("add", ".")
    proc = pre_commit_all_files()
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "newslint" in proc.stdout and "Passed" in proc.stdout
