"""The seed documents: every expected finding is found, and what newslint reports is pinned.

EXPECTED is written from the expectations in ../shared/eval/seeds.yaml (the labels a
finding of that category must overlap). PINNED is what newslint reports today in the
four scored categories, by rule, line and category, so that a change in any family
shows up here as a reviewable diff. The suite runs without ../shared.
"""

from __future__ import annotations

import pytest

from conftest import SEEDS
from newslint.config import Config, ConfigResolver
from newslint.engine import lint_paths

SCORED = {"meta-text", "unsupported-claim", "inconsistent-figure", "garbled-phrasing"}

# (file, first line, last line, category) of every expected label.
EXPECTED = [
    ("000_cb3101b0aeb73b03.txt", 11, 11, "meta-text"),
    ("000_cb3101b0aeb73b03.txt", 43, 43, "meta-text"),
    ("000_cb3101b0aeb73b03.txt", 44, 46, "meta-text"),
    ("000_cb3101b0aeb73b03.txt", 50, 50, "meta-text"),
    ("000_cb3101b0aeb73b03.txt", 52, 62, "meta-text"),
    ("000_cb3101b0aeb73b03.txt", 5, 5, "garbled-phrasing"),
    ("000_cb3101b0aeb73b03.txt", 13, 13, "garbled-phrasing"),
    ("000_cb3101b0aeb73b03.txt", 15, 15, "garbled-phrasing"),
    ("000_cb3101b0aeb73b03.txt", 23, 23, "garbled-phrasing"),
    ("000_cb3101b0aeb73b03.txt", 33, 33, "garbled-phrasing"),
    ("000_cb3101b0aeb73b03.txt", 37, 37, "garbled-phrasing"),
    ("000_cb3101b0aeb73b03.txt", 17, 17, "unsupported-claim"),
    ("000_cb3101b0aeb73b03.txt", 35, 35, "unsupported-claim"),
    ("000_cb3101b0aeb73b03.txt", 41, 41, "unsupported-claim"),
    ("001_a385e70649e5e390.txt", 1, 9, "meta-text"),
    ("002_62a6c362fd36d331.txt", 1, 13, "meta-text"),
    ("002_62a6c362fd36d331.txt", 14, 14, "meta-text"),
    ("002_62a6c362fd36d331.txt", 42, 42, "meta-text"),
    ("002_62a6c362fd36d331.txt", 18, 18, "inconsistent-figure"),
    ("002_62a6c362fd36d331.txt", 23, 23, "inconsistent-figure"),
    ("002_62a6c362fd36d331.txt", 17, 17, "unsupported-claim"),
    ("002_62a6c362fd36d331.txt", 25, 25, "unsupported-claim"),
    ("002_62a6c362fd36d331.txt", 28, 28, "unsupported-claim"),
    ("003_4dac77f31385b3fd.txt", 22, 22, "meta-text"),
    ("003_4dac77f31385b3fd.txt", 26, 34, "meta-text"),
    ("003_4dac77f31385b3fd.txt", 42, 42, "meta-text"),
    ("003_4dac77f31385b3fd.txt", 50, 50, "meta-text"),
    ("003_4dac77f31385b3fd.txt", 58, 71, "meta-text"),
    ("003_4dac77f31385b3fd.txt", 73, 86, "meta-text"),
    ("004_d5f8dbd1beddd932.txt", 11, 11, "inconsistent-figure"),
]

# (file, rule, line, category) of every scored finding today.
PINNED = [
    ("000_cb3101b0aeb73b03.txt", "NL403", 5, "garbled-phrasing"),
    ("000_cb3101b0aeb73b03.txt", "NL403", 5, "garbled-phrasing"),
    ("000_cb3101b0aeb73b03.txt", "NL203", 9, "unsupported-claim"),
    ("000_cb3101b0aeb73b03.txt", "NL123", 11, "meta-text"),
    ("000_cb3101b0aeb73b03.txt", "NL203", 13, "unsupported-claim"),
    ("000_cb3101b0aeb73b03.txt", "NL403", 13, "garbled-phrasing"),
    ("000_cb3101b0aeb73b03.txt", "NL404", 13, "garbled-phrasing"),
    ("000_cb3101b0aeb73b03.txt", "NL405", 13, "garbled-phrasing"),
    ("000_cb3101b0aeb73b03.txt", "NL403", 15, "garbled-phrasing"),
    ("000_cb3101b0aeb73b03.txt", "NL202", 17, "unsupported-claim"),
    ("000_cb3101b0aeb73b03.txt", "NL406", 23, "garbled-phrasing"),
    ("000_cb3101b0aeb73b03.txt", "NL201", 25, "unsupported-claim"),
    ("000_cb3101b0aeb73b03.txt", "NL403", 33, "garbled-phrasing"),
    ("000_cb3101b0aeb73b03.txt", "NL203", 35, "unsupported-claim"),
    ("000_cb3101b0aeb73b03.txt", "NL403", 37, "garbled-phrasing"),
    ("000_cb3101b0aeb73b03.txt", "NL202", 41, "unsupported-claim"),
    ("000_cb3101b0aeb73b03.txt", "NL206", 41, "unsupported-claim"),
    ("000_cb3101b0aeb73b03.txt", "NL120", 43, "meta-text"),
    ("001_a385e70649e5e390.txt", "NL122", 1, "meta-text"),
    ("002_62a6c362fd36d331.txt", "NL101", 1, "meta-text"),
    ("002_62a6c362fd36d331.txt", "NL108", 14, "meta-text"),
    ("002_62a6c362fd36d331.txt", "NL203", 17, "unsupported-claim"),
    ("002_62a6c362fd36d331.txt", "NL201", 17, "unsupported-claim"),
    ("002_62a6c362fd36d331.txt", "NL303", 18, "inconsistent-figure"),
    ("002_62a6c362fd36d331.txt", "NL407", 20, "garbled-phrasing"),
    ("002_62a6c362fd36d331.txt", "NL203", 21, "unsupported-claim"),
    ("002_62a6c362fd36d331.txt", "NL201", 23, "unsupported-claim"),
    ("002_62a6c362fd36d331.txt", "NL303", 23, "inconsistent-figure"),
    ("002_62a6c362fd36d331.txt", "NL351", 23, "inconsistent-figure"),
    ("002_62a6c362fd36d331.txt", "NL201", 25, "unsupported-claim"),
    ("002_62a6c362fd36d331.txt", "NL201", 28, "unsupported-claim"),
    ("002_62a6c362fd36d331.txt", "NL201", 28, "unsupported-claim"),
    ("002_62a6c362fd36d331.txt", "NL108", 42, "meta-text"),
    ("003_4dac77f31385b3fd.txt", "NL121", 22, "meta-text"),
    ("003_4dac77f31385b3fd.txt", "NL120", 26, "meta-text"),
    ("003_4dac77f31385b3fd.txt", "NL121", 42, "meta-text"),
    ("003_4dac77f31385b3fd.txt", "NL121", 50, "meta-text"),
    ("003_4dac77f31385b3fd.txt", "NL120", 58, "meta-text"),
    ("003_4dac77f31385b3fd.txt", "NL110", 73, "meta-text"),
    ("004_d5f8dbd1beddd932.txt", "NL302", 11, "inconsistent-figure"),
]


@pytest.fixture(scope="module")
def seed_reports():
    files = sorted(str(p) for p in SEEDS.iterdir())
    run = lint_paths(files, ConfigResolver(explicit=Config()), jobs=1)
    assert run.errors == []
    return run.reports


def test_every_expected_label_is_found(seed_reports):
    missing = []
    for name, first, last, category in EXPECTED:
        hit = any(
            r.path.endswith(name)
            and r.rule.category == category
            and r.location.line <= last
            and first <= r.location.end_line
            for r in seed_reports
        )
        if not hit:
            missing.append((name, first, category))
    assert missing == []


def test_scored_findings_are_pinned(seed_reports):
    got = [
        (r.path.rsplit("/", 1)[-1], r.rule.id, r.location.line, r.rule.category)
        for r in seed_reports
        if r.rule.category in SCORED
    ]
    assert got == PINNED


def test_cross_file_ledger_links_the_seeds():
    """The size of Amazon's investment is told four ways across seeds 001-004."""
    files = sorted(str(p) for p in SEEDS.iterdir())
    run = lint_paths(files, ConfigResolver(explicit=Config(select=("NL35",))), jobs=1)
    ledger = [r for r in run.reports if r.rule.id.startswith("NL35")]
    assert ledger, "no cross-file figure finding on the seeds"
    for r in ledger:
        assert r.rule.category == "inconsistent-figure"
        assert r.related and all(path != r.path for path, _, _ in r.related)
