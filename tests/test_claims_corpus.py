"""The claims corpus: clean wire copy stays (nearly) clean, injected claims are found."""

from __future__ import annotations

from claims_corpus import CLEAN, HELDBACK, clean_articles, inject, injected, measure
from conftest import lint


def test_injection_lands_on_the_line_it_reports():
    text, line = inject("# T\n\nOne.\n\nTwo.\n", "new:1", "Inserted.")
    assert text.splitlines()[line - 1] == "Inserted."
    text, line = inject("# T\n\nOne.\n\nTwo.\n", "start:2", "Inserted.")
    assert text.splitlines()[line - 1] == "Inserted. Two."


def test_corpus_is_there():
    assert len(clean_articles()) >= 8
    assert len(injected()) >= 40
    assert len(injected("injections-heldback.yaml")) >= 20


def test_clean_wire_copy_has_no_unsupported_claim_warnings():
    for name, text in clean_articles(CLEAN, HELDBACK).items():
        warnings = [
            r
            for r in lint(text, name, select=["NL2"])
            if r.rule.category == "unsupported-claim" and r.severity.value != "info"
        ]
        assert not warnings, f"{name}:{warnings[0].location.line}: {warnings[0].message}"


def test_injected_recall_and_clean_rate():
    result = measure()
    assert result["recall"] >= 0.85, result["misses"]
    assert result["heldback_recall"] >= 0.85, result["heldback_misses"]
    assert result["clean_warnings_per_1000_words"] <= 2.0
