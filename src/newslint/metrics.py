"""Readability formulas, counted offline.

The formulas are the classic ones textstat implements (Flesch, Flesch-Kincaid,
Gunning fog, SMOG, Coleman-Liau, ARI, Dale-Chall). The counting is done here
because textstat's English syllable counter downloads NLTK's cmudict on first
use, and linting never goes online. Dale-Chall's list of familiar words is read
from the file textstat ships, so it stays textstat's list without textstat's
import cost (it imports NLTK).

Both the readability checks (NL501-NL503, `--statistics`) and the `metric` rule
type of YAML packs use these functions, so a house rule on "flesch_kincaid_grade"
measures exactly what the built-in NL502 does.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.util import find_spec
from pathlib import Path

_WORDS = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")
_VOWELS = re.compile(r"[aeiouy]+")


@lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    """Syllables of an English word: vowel groups, less a silent final e.

    This is the estimate Flesch-Kincaid was calibrated against by hand counts,
    within a few percent of a pronouncing dictionary on news text.
    """
    w = word.lower().replace("’", "'").split("'")[0]
    if not w:
        return 0
    count = len(_VOWELS.findall(w))
    if w.endswith("e") and not w.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1
    if w.endswith("ed") and len(w) > 3 and w[-3] not in "aeiouydt" and count > 1:
        count -= 1
    return max(count, 1)


@cache
def _easy_words() -> frozenset[str]:
    """Dale-Chall's familiar words, from the list textstat ships (empty if absent)."""
    spec = find_spec("textstat")  # locates the package without importing it (and NLTK)
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    path = Path(next(iter(spec.submodule_search_locations)), "resources", "en", "easy_words.txt")
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    return frozenset(w.strip().lower() for w in text.split() if w.strip())


@dataclass(frozen=True)
class Counts:
    """What every formula is built from."""

    words: int
    sentences: int
    syllables: int
    letters: int
    polysyllables: int
    unfamiliar: int

    @classmethod
    def of(cls, text: str, sentence_count: int) -> Counts:
        tokens = _WORDS.findall(text)
        syl = [syllables(t) for t in tokens]
        easy = _easy_words()
        unfamiliar = sum(
            1 for t, n in zip(tokens, syl, strict=True) if n >= 2 and t.lower() not in easy
        )
        return cls(
            words=len(tokens),
            sentences=max(sentence_count, 1),
            syllables=sum(syl),
            letters=sum(len(t) for t in tokens),
            polysyllables=sum(1 for n in syl if n >= 3),
            unfamiliar=unfamiliar,
        )

    @property
    def words_per_sentence(self) -> float:
        return self.words / self.sentences


def flesch_reading_ease(c: Counts) -> float:
    """Higher is easier; wire copy sits around 50-60."""
    if not c.words:
        return 0.0
    return 206.835 - 1.015 * c.words_per_sentence - 84.6 * c.syllables / c.words


def flesch_kincaid_grade(c: Counts) -> float:
    if not c.words:
        return 0.0
    return 0.39 * c.words_per_sentence + 11.8 * c.syllables / c.words - 15.59


def gunning_fog(c: Counts) -> float:
    if not c.words:
        return 0.0
    return 0.4 * (c.words_per_sentence + 100 * c.polysyllables / c.words)


def smog_index(c: Counts) -> float:
    if not c.words:
        return 0.0
    return 1.043 * math.sqrt(c.polysyllables * 30 / c.sentences) + 3.1291


def coleman_liau_index(c: Counts) -> float:
    if not c.words:
        return 0.0
    return 0.0588 * 100 * c.letters / c.words - 0.296 * 100 * c.sentences / c.words - 15.8


def automated_readability_index(c: Counts) -> float:
    if not c.words:
        return 0.0
    return 4.71 * c.letters / c.words + 0.5 * c.words_per_sentence - 21.43


def dale_chall_readability_score(c: Counts) -> float:
    if not c.words:
        return 0.0
    share = 100 * c.unfamiliar / c.words
    score = 0.1579 * share + 0.0496 * c.words_per_sentence
    return score + 3.6365 if share > 5 else score


def lexicon_count(c: Counts) -> float:
    return float(c.words)


def sentence_count(c: Counts) -> float:
    return float(c.sentences)


FORMULAS: dict[str, Callable[[Counts], float]] = {
    f.__name__: f
    for f in (
        flesch_reading_ease,
        flesch_kincaid_grade,
        gunning_fog,
        smog_index,
        coleman_liau_index,
        automated_readability_index,
        dale_chall_readability_score,
        lexicon_count,
        sentence_count,
    )
}
