"""Every rule's documented examples: each bad example fires, no good one does."""

from __future__ import annotations

import pytest

from conftest import lint_example
from newslint.registry import load_ruleset

RULES = [m for m in load_ruleset().metas.values() if not m.id.startswith("NL9")]


def test_every_rule_is_documented():
    for meta in load_ruleset().metas.values():
        assert meta.message and meta.description, meta.id
        assert meta.examples.bad and meta.examples.good, meta.id
        assert meta.category in {
            "meta-text",
            "unsupported-claim",
            "inconsistent-figure",
            "garbled-phrasing",
            "readability",
            "internal",
        }


@pytest.mark.parametrize("meta", RULES, ids=[m.id for m in RULES])
def test_bad_examples_fire(meta):
    for example in meta.examples.bad:
        found = [r for r in lint_example(example, meta.id) if r.rule.id == meta.id]
        assert found, f"{meta.id} ({meta.name}) did not fire on bad example: {example!r}"


@pytest.mark.parametrize("meta", RULES, ids=[m.id for m in RULES])
def test_good_examples_stay_clean(meta):
    for example in meta.examples.good:
        found = [r for r in lint_example(example, meta.id) if r.rule.id == meta.id]
        assert not found, (
            f"{meta.id} ({meta.name}) fired on good example {example!r}: {found[0].message}"
        )
