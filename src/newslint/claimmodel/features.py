"""Sentence features for the check-worthiness model, in plain Python.

The same function feeds training (tools/train_claims.py, with scikit-learn) and
inference (newslint.claimmodel.score, no numpy), so the two can never drift apart.
Features are binary: lower-cased word unigrams and bigrams with digits folded
into shape tokens (numbers carry the signal, not their value), plus a handful of
cue features a copy editor would name (a money sum, a percentage, a year, a
first-person opinion verb, a question). Each present feature is worth
1/sqrt(n): an L2-normalised binary vector, so long sentences do not win by length.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping

_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?|\d[\d,.]*%?|[$£€%?]")
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")

_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("money", re.compile(r"[$£€]\s?\d|\b\d[\d,.]*\s?(?:dollars|billion|million|trillion)\b", re.I)),
    ("percent", re.compile(r"\d\s?(?:%|percent\b|per cent\b)", re.I)),
    ("year", re.compile(r"\b(?:1[89]|20)\d\d\b")),
    ("number", re.compile(r"\d")),
    (
        "number_word",
        re.compile(
            r"\b(?:hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|doubled|tripled)\b",
            re.I,
        ),
    ),
    (
        "superlative",
        re.compile(r"\b(?:\w+est|most|least|largest|biggest|record|first|only)\b", re.I),
    ),
    (
        "trend",
        re.compile(
            r"\b(?:increas|decreas|ris|fell|fall|grew|grow|cut|rais|drop|doubl|lost|los|creat)\w*",
            re.I,
        ),
    ),
    (
        "opinion",
        re.compile(
            r"\b(?:I|we)\s+(?:think|believe|feel|hope|want|will|would|should|must|can|need)\b", re.I
        ),
    ),
    ("question", re.compile(r"\?\s*$")),
    ("modal", re.compile(r"\b(?:should|ought|must|would|could|might)\b", re.I)),
)


_PRONOUN_I = frozenset({"i", "i'm", "i've", "i'll", "i'd", "i’m", "i’ve", "i’ll", "i’d"})


def _shape(token: str) -> str:
    """Fold digits so that 7.8, 12.8 and 9 share features."""
    if token[0].isdigit():
        if token.endswith("%"):
            return "<pct>"
        if _YEAR.match(token):
            return "<year>"
        return "<num>"
    return token.lower().replace("’", "'")


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens with numbers folded to shapes."""
    return [_shape(t) for t in _TOKEN.findall(text)]


def features(text: str, clusters: Mapping[str, int] | None = None) -> list[str]:
    """The distinct feature names of one sentence (unigrams, bigrams, cues).

    With `clusters` (word -> cluster of words a sentence encoder places close
    together), each word also stands for its cluster, alone and in pairs, so a
    weight learnt for "million" also serves "billion" and "trillion": 9,119
    labelled sentences cannot show every word a claim may use.
    """
    toks = tokens(text)
    feats = set(toks)
    feats.update(f"{a} {b}" for a, b in zip(["<s>", *toks], [*toks, "</s>"], strict=True))
    feats.update("cue:" + name for name, rx in _CUES if rx.search(text))
    n = len(toks)
    feats.add("len:" + ("short" if n < 8 else "mid" if n < 20 else "long"))
    # Capitalised words after the first: names, places, bills (claims are about them).
    words = text.split()
    caps = sum(1 for w in words[1:] if w[:1].isupper() and w.lower().rstrip(".,") not in _PRONOUN_I)
    feats.add(f"caps:{min(caps, 3)}")
    # Word endings generalise over inflections (-ed past tense, -ion nouns).
    feats.update("suf:" + t[-3:] for t in toks if len(t) > 4 and t.isalpha())
    if clusters:
        kinds = [f"c{clusters[t]}" if t in clusters else t for t in toks]
        feats.update("k:" + k for k in kinds)
        feats.update(f"k:{a} {b}" for a, b in zip(["<s>", *kinds], [*kinds, "</s>"], strict=True))
    return sorted(feats)


def weight_of_each(feats: list[str]) -> float:
    """The value of every present feature: 1/sqrt(n) makes the vector unit length."""
    return 1.0 / math.sqrt(len(feats)) if feats else 0.0
