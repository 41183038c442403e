"""The check-worthiness model: is this sentence a factual claim someone would check?

A logistic regression trained by tools/train_claims.py on labelled debate
sentences; only its pruned weights ship (weights.json, beside this file).
Inference is plain Python: the sum of the weights of a sentence's features.
No numpy, no scikit-learn, no network.
"""

from __future__ import annotations

import hashlib
import json
import math
from functools import cache
from importlib import resources
from typing import Any

from newslint.claimmodel.features import features, weight_of_each

__all__ = ["clusters", "features", "is_check_worthy", "model", "score", "threshold"]


@cache
def model() -> dict[str, Any]:
    """The shipped weights (loaded once per process).

    The JSON (1.4 MB: 50,000 weights and the word clusters) takes about 35 ms to
    parse; a one-file pre-commit run would pay that every time, so the parsed
    model is kept in the user cache, keyed by the file's content (about 8 ms).
    """
    from newslint.cache import pack_cache

    data = resources.files(__package__).joinpath("weights.json").read_bytes()
    key = hashlib.sha256(b"claimmodel " + data).hexdigest()
    return pack_cache().get_or_compute(key, dict, lambda: json.loads(data))


@cache
def clusters() -> dict[str, int]:
    """Word -> word cluster, if the model uses cluster features (stored cluster by cluster)."""
    return {w: i for i, words in enumerate(model().get("clusters", ())) for w in words.split()}


def threshold() -> float:
    """The decision threshold the model was trained and cross-validated with."""
    return float(model().get("threshold", 0.5))


def score(sentence: str) -> float:
    """Probability that `sentence` carries a check-worthy factual claim."""
    m = model()
    weights = m["weights"]
    feats = features(sentence, clusters())
    z = m["bias"] + weight_of_each(feats) * sum(weights.get(f, 0.0) for f in feats)
    if z < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


def is_check_worthy(sentence: str) -> bool:
    """Whether the model's score reaches its threshold."""
    return score(sentence) >= threshold()
