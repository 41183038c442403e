#!/usr/bin/env python3
"""Train the check-worthiness model of the unsupported-claims family (NL2xx).

Reads labelled sentences (JSON lines with `text` and `label`, 1 = a check-worthy
factual claim), fits a logistic regression over the binary features of
`newslint.claimmodel.features`, prunes it to the strongest features and writes
the weights as JSON into the package (src/newslint/claimmodel/weights.json).
Only weights ship; the sentences stay where they are.

scikit-learn is used here only; the linter scores sentences in plain Python.
Reproducible: fixed seeds, deterministic solver, sorted feature names.

Usage:
    .venv/bin/python tools/train_claims.py [DATA.jsonl] [--out PATH] [--top N] [-C C] [--no-cv]

The defaults reproduce the shipped weights byte for byte.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newslint.claimmodel.features import features, weight_of_each  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "claimbuster-train.jsonl"
DEFAULT_OUT = ROOT / "src" / "newslint" / "claimmodel" / "weights.json"
SEED = 13


def load(path: Path) -> tuple[list[list[str]], list[int]]:
    feats, labels = [], []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            feats.append(features(row["text"]))
            labels.append(int(row["label"]))
    return feats, labels


def fit(feats: list[list[str]], labels: list[int], c: float, top: int) -> dict:
    """Fit, then keep the `top` features with the largest absolute weight."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(f, weight_of_each(f)) for f in feats])
    model = LogisticRegression(
        C=c, class_weight="balanced", max_iter=2000, solver="lbfgs", random_state=SEED
    )
    model.fit(x, labels)
    names = vec.get_feature_names_out()
    coef = model.coef_[0]
    order = sorted(range(len(names)), key=lambda i: (-abs(coef[i]), names[i]))[:top]
    weights = {
        str(names[i]): round(float(coef[i]), 4) for i in sorted(order, key=lambda i: names[i])
    }
    return {"bias": round(float(model.intercept_[0]), 4), "weights": weights}


def predict(model: dict, feats: list[str]) -> float:
    """The same arithmetic as newslint.claimmodel.score, for evaluation."""
    w = model["weights"]
    v = weight_of_each(feats)
    z = model["bias"] + v * sum(w.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-z))


def f1(labels: list[int], probs: list[float], threshold: float) -> tuple[float, float, float]:
    tp = sum(1 for y, p in zip(labels, probs, strict=True) if y and p >= threshold)
    fp = sum(1 for y, p in zip(labels, probs, strict=True) if not y and p >= threshold)
    fn = sum(1 for y, p in zip(labels, probs, strict=True) if y and p < threshold)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return (2 * prec * rec / (prec + rec) if prec + rec else 0.0), prec, rec


def cross_validate(feats, labels, c: float, top: int, threshold: float) -> list[tuple]:
    """Stratified 5-fold CV of the whole procedure (fit + prune), positive-class F1."""
    from sklearn.model_selection import StratifiedKFold

    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
    out = []
    for train, test in folds.split(feats, labels):
        model = fit([feats[i] for i in train], [labels[i] for i in train], c, top)
        probs = [predict(model, feats[i]) for i in test]
        out.append(f1([labels[i] for i in test], probs, threshold))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", default=str(DEFAULT_DATA))
    ap.add_argument("--out", default=str(DEFAULT_OUT))
    ap.add_argument("--top", type=int, default=8000, help="features kept after pruning")
    ap.add_argument("-C", type=float, default=10.0, help="inverse regularisation strength")
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--no-cv", action="store_true", help="skip the stratified 5-fold CV")
    args = ap.parse_args(argv)

    feats, labels = load(Path(args.data))
    print(f"{len(labels)} sentences, {sum(labels)} check-worthy")
    cv_f1 = None
    if not args.no_cv:
        scores = cross_validate(feats, labels, args.C, args.top, args.threshold)
        for i, (f, p, r) in enumerate(scores, 1):
            print(f"fold {i}: F1={f:.3f} precision={p:.3f} recall={r:.3f}")
        mean = sum(s[0] for s in scores) / len(scores)
        print(f"5-fold CV F1 (positive class): {mean:.3f}")
        cv_f1 = round(mean, 4)
    model = fit(feats, labels, args.C, args.top)
    model.update(
        {
            "threshold": args.threshold,
            "C": args.C,
            "top": args.top,
            "trained_on": Path(args.data).name,
            "sentences": len(labels),
            "cv_f1": cv_f1,
        }
    )
    Path(args.out).write_text(json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n")
    print(f"wrote {args.out}: {len(model['weights'])} features")
    return 0


if __name__ == "__main__":
    sys.exit(main())
