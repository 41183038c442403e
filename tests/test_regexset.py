"""One RE2 pass says which patterns can match; a failed pass is never read as 'none'."""

from __future__ import annotations

import pytest
import re2

from newslint.regexset import PatternSet


def test_anchors_search_start_and_full():
    sources = ["(?i)experts say", "^Sign up", r"\d+%"]
    search = PatternSet(sources)
    assert search.present("Rates rose 5%, experts say.") == {0, 2}
    assert search.present("Nothing here.") == frozenset()
    start = PatternSet(sources, anchor="start")
    assert start.present("Sign up for our newsletter") == {1}
    assert start.present("Please Sign up") == frozenset()
    full = PatternSet(["profound learning", "profound \\w+"], anchor="full")
    assert full.matches("profound learning") == {0, 1}
    assert full.matches("profound learning models") == frozenset()


def test_a_failed_set_match_counts_every_pattern_as_present():
    patterns = PatternSet(["alpha", "beta"])

    class Failing:
        def Match(self, text):  # what RE2 answers when its DFA runs out of memory
            return []

    patterns._set = Failing()
    assert patterns.matches("alpha") is None
    assert patterns.present("alpha") == {0, 1}


def test_invalid_source_raises_re2_error():
    with pytest.raises(re2.error):
        PatternSet(["(unclosed"])
