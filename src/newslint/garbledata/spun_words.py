"""Spinner substitutes by word, for the whole-article pass of NL402.

Once an article is shown to be machine-spun (several distinct listed spun terms,
at a density edited prose never reaches), the rest of it is read with weaker
evidence: two adjacent substitutes, one of them rarer than the word it likely
replaced ("commerce shortfall" for trade deficit), even where the term is in no
table. This module inverts the substitute lists of `lexicon` and `news_terms`
(ordinary substitutes included) and knows the established terms, so that a pair
which is itself an established term ("credit card") is left alone. Loaded only
for gated articles.
"""

from __future__ import annotations

from functools import cache


@cache
def originals() -> dict[str, tuple[str, ...]]:
    """Substitute (lowercase) -> the words a spinner replaced with it."""
    from newslint.garbledata import lexicon, news_terms

    table: dict[str, dict[str, None]] = {}
    for synonyms in (lexicon.SYNONYMS, news_terms.SYNONYMS):
        for word, subs in synonyms.items():
            for sub in subs:
                table.setdefault(sub.lower(), {})[word] = None
    for swaps in (news_terms.MARKED_SWAPS, news_terms.COMMON_SWAPS):
        for word, subs in swaps.items():
            for sub in subs:
                table.setdefault(sub.lower(), {})[word] = None
    return {sub: tuple(words) for sub, words in table.items()}


@cache
def established() -> frozenset[str]:
    """Established two-word terms (lowercase), which are never reported as spun."""
    from newslint.garbledata import lexicon, news_terms

    terms = {t.lower() for t in (*lexicon.TERMS, *news_terms.TERMS)}
    for head, modifiers in news_terms.FAMILIES.items():
        terms.update(f"{m} {head}".lower() for m in modifiers)
    return frozenset(terms)


# A substitute tells a swap when it is at least this rare (Zipf) and rarer than the
# word it likely replaced by this margin ("commerce" for trade).
TELLING_BELOW = 4.5
TELLING_MARGIN = 0.6


def compute_telling() -> dict[str, str]:
    """Substitute -> the commonest word it likely replaced, for the substitutes that
    tell a swap. Reads wordfreq, so it runs at build time only (tools/build_spun_table.py
    writes the result to `spun_telling.py`): wordfreq's tables cost about 50 MB in every
    process that loads them, and a run with grammar off otherwise never does."""
    from wordfreq import zipf_frequency

    telling: dict[str, str] = {}
    for word, replaced in sorted(originals().items()):
        zipf = zipf_frequency(word, "en")
        best = max(replaced, key=lambda w: zipf_frequency(w, "en"))
        if zipf < TELLING_BELOW and zipf < zipf_frequency(best, "en") - TELLING_MARGIN:
            telling[word] = best
    return telling
