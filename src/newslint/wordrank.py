"""Which words are common, from wordfreq, without paying wordfreq's start-up each run.

Importing wordfreq and loading its English list takes about 0.17 s, most of a
pre-commit hook's budget, while the checks only ask "is this word at least this
common?" for a few word shapes. The answer for every word of a shape is computed
once with wordfreq itself (`zipf_frequency`, so results are identical) and kept,
signed, in the user's cache folder, keyed by wordfreq's version; later runs load
a set of some thousands of words in a few milliseconds.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache
from importlib.metadata import PackageNotFoundError, version


@cache
def common_words(min_zipf: float, shape: str) -> frozenset[str]:
    """Words matching the regex `shape` whose Zipf frequency is at least `min_zipf`."""
    from newslint.cache import pack_cache

    try:
        source = version("wordfreq")
    except PackageNotFoundError:
        return frozenset()
    key = hashlib.sha256(f"wordrank {source} {min_zipf} {shape}".encode()).hexdigest()
    return pack_cache().get_or_compute(key, frozenset, lambda: _compute(min_zipf, shape))


def _compute(min_zipf: float, shape: str) -> frozenset[str]:
    from wordfreq import get_frequency_dict, zipf_frequency

    pattern = re.compile(shape)
    floor = 10 ** (min_zipf - 9) * 0.9  # a loose bound; zipf_frequency decides
    return frozenset(
        word
        for word, freq in get_frequency_dict("en").items()
        if freq >= floor and pattern.fullmatch(word) and zipf_frequency(word, "en") >= min_zipf
    )
