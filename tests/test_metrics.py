"""Readability formulas: offline, shared by NL502 and the `metric` rule type of house packs."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import run_offline
from newslint.metrics import FORMULAS, Counts, syllables
from newslint.segment import split_sentences

PLAIN = (
    "The council approved the budget on Monday after a long debate. Residents who "
    "attended the meeting complained about the increase in property taxes. The mayor "
    "said the city had no choice but to raise revenue for schools and roads."
)
DENSE = (
    "Notwithstanding considerable institutional heterogeneity, the administration's "
    "comprehensive infrastructural modernisation programme necessitates unprecedented "
    "intergovernmental coordination, particularly regarding environmental sustainability "
    "considerations, regulatory harmonisation and multidimensional socioeconomic evaluation "
    "methodologies applicable to metropolitan transportation authorities."
)

PACK = f"""\
rules:
  - id: HS501
    name: house-grade
    category: style
    type: metric
    severity: warning
    formula: flesch_kincaid_grade
    condition: "> 16"
    scope: paragraph
    message: "Paragraph grade {{value}} is above the house ceiling"
    description: Our readers are not academics.
    examples:
      bad: ["{DENSE}"]
      good: ["{PLAIN}"]
"""


def counts(text: str) -> Counts:
    return Counts.of(text, len(split_sentences(text)))


def test_counts_agree_with_textstat_where_no_syllables_are_involved():
    textstat = pytest.importorskip("textstat")
    c = counts(PLAIN)
    assert c.words == textstat.lexicon_count(PLAIN) == 39
    assert c.sentences == textstat.sentence_count(PLAIN) == 3
    # letters are counted a little differently (hyphens, apostrophes); grades stay close
    for name in ("coleman_liau_index", "automated_readability_index"):
        assert FORMULAS[name](c) == pytest.approx(getattr(textstat, name)(PLAIN), abs=0.6)


def test_grade_formulas_order_plain_and_dense_text():
    plain, dense = counts(PLAIN), counts(DENSE)
    for name in (
        "flesch_kincaid_grade",
        "gunning_fog",
        "smog_index",
        "coleman_liau_index",
        "automated_readability_index",
        "dale_chall_readability_score",
    ):
        assert FORMULAS[name](plain) < FORMULAS[name](dense), name
    assert FORMULAS["flesch_reading_ease"](plain) > FORMULAS["flesch_reading_ease"](dense)
    assert (
        FORMULAS["flesch_kincaid_grade"](plain) < 10 < 20 < FORMULAS["flesch_kincaid_grade"](dense)
    )
    assert [syllables(w) for w in ("council", "approved", "infrastructural")] == [2, 2, 5]


def test_house_metric_rule_runs_without_network(in_tmp):
    """A `metric` rule once called textstat, whose syllable counter downloads NLTK data."""
    (in_tmp / "styles").mkdir()
    (in_tmp / "styles" / "house.yaml").write_text(PACK)
    (in_tmp / ".newslint.yaml").write_text("rules-dir: [styles]\nselect: [HS501]\n")
    (in_tmp / "a.md").write_text(f"# Plan\n\n{PLAIN}\n\n{DENSE}\n")
    proc = run_offline(in_tmp, "a.md", "--format", "json", "--no-cache", "--jobs", "1")
    assert proc.returncode == 1, proc.stderr
    (finding,) = json.loads(proc.stdout)["findings"]
    assert (finding["rule"], finding["line"], finding["category"]) == ("HS501", 5, "style")
    grade = FORMULAS["flesch_kincaid_grade"](counts(DENSE))
    assert f"{grade:.1f}" in finding["message"]


def test_linting_never_imports_nltk(in_tmp):
    """textstat imports NLTK (and SciPy): seconds of start-up a pre-commit hook must not pay."""
    (in_tmp / "a.md").write_text(f"# Plan\n\n{PLAIN}\n\n{DENSE}\n")
    script = (
        "import sys\nfrom newslint.cli import main\n"
        "code = main(['a.md', '--statistics', '--format', 'json', '--no-cache', '--jobs', '1'])\n"
        "print('IMPORTED', sorted(m for m in ('nltk', 'textstat', 'scipy') if m in sys.modules))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], cwd=in_tmp, capture_output=True, text=True, timeout=120
    )
    assert proc.stdout.splitlines()[-1] == "IMPORTED []", proc.stderr
