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


def test_shadow_keeps_length_and_classes_and_gives_up_where_it_cannot():
    from newslint.regexset import re_shadow

    text = "Café “naïve” — São\xa0Paulo’s"
    shadow = re_shadow(text)
    assert shadow is not None and len(shadow) == len(text)
    assert shadow == "Caf_ “na_ve” — S_o\fPaulo’s"  # punctuation kept, letters "_"
    assert re_shadow("costs ٣ dinars") is None  # a digit only Python's \d knows
    assert re_shadow("\u212a-rated") is None  # Kelvin sign: folds to ASCII "k"


def test_sets_with_stand_ins_or_non_ascii_letters_are_not_shadowed():
    assert PatternSet([r"[’']s\b"]).present_re("l’été’s") == frozenset({0})
    assert PatternSet([r"foo_bar", "x"]).present_re("é") == frozenset({0, 1})  # all
    assert PatternSet([r"café", "x"]).present_re("é") == frozenset({0, 1})


def _python_matches(patterns, text):
    return {i for i, rx in enumerate(patterns) if rx.search(text)}


def test_shadowed_garbled_prefilters_never_hide_a_python_match():
    """On non-ASCII text the RE2 sets read a shadow: still a superset of `re`.

    Lines the patterns match are taken from the corpora, and odd characters are put
    where classes decide: spaces inside a match become no-break, thin or ASCII
    control spaces (Python's \\s knows them, RE2's does not), and letters, digits and
    punctuation that only Unicode knows are put beside and inside the match.
    """
    import random
    from pathlib import Path

    from newslint.checks import garbled

    patterns = [rx for _, rx, _ in garbled.PATTERNS]

    def scans_matching(text: str) -> set[int]:  # a scan counts when its last word is a verb
        return {
            i
            for i, (rx, verbs) in enumerate(garbled._SCANS)
            if any(
                verbs is None or m.group(m.lastindex).lower() in verbs for m in rx.finditer(text)
            )
        }

    def spans(text: str) -> list[tuple[int, int]]:
        out = [m.span() for rx in patterns for m in rx.finditer(text)]
        return out + [
            m.span() for i in scans_matching(text) for m in garbled._SCANS[i][0].finditer(text)
        ]

    root = Path(__file__).resolve().parent / "corpus"
    lines = [
        line
        for p in sorted(root.rglob("*"))
        if p.suffix in (".txt", ".md", ".html")
        for line in p.read_text(encoding="utf-8").splitlines()
        if spans(line)
    ]
    assert len(lines) > 30
    rnd = random.Random(3)
    odd_spaces = ["\xa0", "\u2009", "\u202f", "\x0b", "\x1c"]
    odd_other = ["é", "ï", "’", "“", "—", "·", "ø", "ß"]
    still_matching = 0
    for line in lines * 8:
        chars = list(line)
        lo, hi = rnd.choice(spans(line))
        inside = [i for i in range(lo, hi) if chars[i] == " "]
        for at in rnd.sample(inside, min(len(inside), rnd.randint(1, 2))):
            chars[at] = rnd.choice(odd_spaces)
        at = rnd.choice([lo, hi, rnd.randrange(len(chars))])
        chars.insert(at, rnd.choice(odd_other))
        text = "".join(chars)
        python = _python_matches(patterns, text)
        assert python <= set(garbled._candidates(text)), text
        scans = scans_matching(text)
        assert scans <= garbled._live_scans(text), text
        still_matching += bool(python or scans)
    assert still_matching > 100  # the odd characters sat in real matches
