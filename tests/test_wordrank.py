"""Common-word tables: wordfreq's answers, computed once and cached, not imported each run."""

from __future__ import annotations

import os
import subprocess
import sys

from wordfreq import zipf_frequency

from newslint import wordrank


def test_table_gives_wordfreqs_answers(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    wordrank.common_words.cache_clear()
    common = wordrank.common_words(2.7, "[a-z]{3,}ed")
    for word in ("announced", "soothed", "tinned", "blanketed", "hobbled", "zorbed", "parked"):
        assert (word in common) == (zipf_frequency(word, "en") >= 2.7), word
    assert all(w.endswith("ed") and w.isalpha() for w in common)
    wordrank.common_words.cache_clear()


def test_warm_run_does_not_import_wordfreq(tmp_path):
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path))
    (tmp_path / "a.md").write_text("The AI-soothed decision-making of a well-known firm.\n")
    script = (
        "import sys\nfrom newslint.cli import main\n"
        "main(['a.md', '--no-cache', '--grammar', 'off', '--format', 'json'])\n"
        "print('WORDFREQ', 'wordfreq' in sys.modules)\n"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True
        )
        for _ in range(2)
    ]
    assert [r.stdout.splitlines()[-1] for r in runs] == ["WORDFREQ True", "WORDFREQ False"]
    assert runs[0].stdout.splitlines()[:-1] == runs[1].stdout.splitlines()[:-1]
    assert '"rule": "NL405"' in runs[1].stdout
