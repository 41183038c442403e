#!/usr/bin/env python3
"""Train the check-worthiness model of the unsupported-claims family (NL2xx).

Reads labelled sentences (JSON lines with `text` and `label`, 1 = a check-worthy
factual claim) and fits a logistic regression over the binary features of
`newslint.claimmodel.features`, prunes it to the strongest features and writes
the weights as JSON into the package (src/newslint/claimmodel/weights.json).
Only weights ship; the sentences stay where they are.

By default the model is distilled: besides the labels it learns the scores of a
fine-tuned transformer (written by tools/claims_teacher.py) on the labelled
sentences and on about 47,000 unlabelled ones. The teacher knows what a claim
is far better than 9,119 labels can teach word n-grams; its scores pass that on
to the n-gram weights (cross-validated F1 0.77 without, 0.80 with). Each target
is `mix * label + (1 - mix) * teacher score`, and a soft target is fitted as two
weighted copies of the sentence, one positive and one negative. `--no-teacher`
fits the labels alone.

scikit-learn is used here only; the linter scores sentences in plain Python.
Reproducible: fixed seeds, deterministic solver, sorted feature names; given the
same teacher file the defaults reproduce the shipped weights byte for byte.

Usage:
    .venv/bin/python tools/train_claims.py [DATA.jsonl] [--teacher NPZ | --no-teacher]
        [--out PATH] [--top N] [-C C] [--mix M] [--no-cv]
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
DEFAULT_TEACHER = ROOT / ".cache" / "claims-teacher" / "teacher.npz"
SEED = 13


class Teacher:
    """Soft labels from tools/claims_teacher.py: one set per CV fold and one for all."""

    def __init__(self, path: Path) -> None:
        import numpy as np

        self.arrays = dict(np.load(path))
        words, ids = self.arrays.get("cluster_words", ()), self.arrays.get("cluster_ids", ())
        self.clusters = {str(w): int(i) for w, i in zip(words, ids, strict=True)}
        self.unlabelled_feats = [features(str(s), self.clusters) for s in self.arrays["unlabelled"]]

    def cluster_table(self) -> list[str]:
        """The clusters as weights.json stores them: cluster i is the i-th string of words."""
        table: list[list[str]] = [[] for _ in range(max(self.clusters.values(), default=-1) + 1)]
        for word, i in sorted(self.clusters.items()):
            table[i].append(word)
        return [" ".join(words) for words in table]

    def scores(self, name: str) -> tuple[list[float], list[float]]:
        """(scores of every labelled sentence, scores of the unlabelled ones)."""
        return list(self.arrays[f"labelled_{name}"]), list(self.arrays[f"unlabelled_{name}"])


def load(path: Path, clusters: dict[str, int] | None = None) -> tuple[list[list[str]], list[int]]:
    feats, labels = [], []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            feats.append(features(row["text"], clusters))
            labels.append(int(row["label"]))
    return feats, labels


def soft_targets(labels: list[int], teacher_scores: list[float] | None, mix: float) -> list[float]:
    """Each labelled sentence's target: the label, or its blend with the teacher's score."""
    if teacher_scores is None:
        return [float(y) for y in labels]
    return [mix * y + (1 - mix) * t for y, t in zip(labels, teacher_scores, strict=True)]


def fit(feats: list[list[str]], targets: list[float], c: float, top: int) -> dict:
    """Fit on soft targets in [0, 1], then keep the `top` features with the largest weight.

    A target t is two weighted rows (positive with weight t, negative with 1 - t);
    classes are balanced as `class_weight="balanced"` would for hard labels.
    """
    import numpy as np
    import scipy.sparse as sp
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(f, weight_of_each(f)) for f in feats])
    t = np.asarray(targets, dtype=float)
    hard = bool(np.all((t == 0) | (t == 1)))
    positives = t.sum()
    n = len(t)
    if hard:
        rows, y, w = x, t, np.ones(n)
    else:
        rows, y, w = sp.vstack([x, x]), np.r_[np.ones(n), np.zeros(n)], np.r_[t, 1 - t]
    w = w * np.where(y == 1, n / (2 * positives), n / (2 * (n - positives)))
    model = LogisticRegression(C=c, max_iter=5000, solver="lbfgs", random_state=SEED)
    model.fit(rows, y, sample_weight=w)
    names = vec.get_feature_names_out()
    coef = model.coef_[0]
    order = sorted(range(len(names)), key=lambda i: (-abs(coef[i]), names[i]))[:top]
    weights = {
        str(names[i]): round(float(coef[i]), 4) for i in sorted(order, key=lambda i: names[i])
    }
    return {"bias": round(float(model.intercept_[0]), 4), "weights": weights}


def predict(model: dict, feats: list[str]) -> float:
    """The same arithmetic as newslint.claimmodel.score, for evaluation (features
    already computed with the model's clusters)."""
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


def prior_threshold(model: dict, feats: list[list[str]], labels: list[int]) -> float:
    """The score above which the model flags as many labelled sentences as the labels do.

    Soft targets pull scores towards the middle, so 0.5 is no longer the natural
    cut; matching the share of check-worthy sentences in the training labels
    needs no held-out data.
    """
    scores = sorted((predict(model, f) for f in feats), reverse=True)
    positives = sum(labels)
    return math.floor(scores[positives - 1] * 1e4) / 1e4 if positives else 0.5  # never above


def training_set(
    feats, labels, indices, teacher: Teacher | None, name: str, mix: float
) -> tuple[list[list[str]], list[float]]:
    """The rows one model is fitted on: its labelled sentences, plus the unlabelled ones."""
    rows = [feats[i] for i in indices]
    subset = [labels[i] for i in indices]
    if teacher is None:
        return rows, soft_targets(subset, None, mix)
    labelled, unlabelled = teacher.scores(name)
    targets = soft_targets(subset, [labelled[i] for i in indices], mix)
    return rows + teacher.unlabelled_feats, targets + unlabelled


def cross_validate(feats, labels, args, teacher: Teacher | None) -> list[tuple]:
    """Stratified 5-fold CV of the whole procedure (fit, prune, threshold), positive-class F1.

    The teacher of each fold was fine-tuned on that fold's training part only.
    """
    from sklearn.model_selection import StratifiedKFold

    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
    out = []
    for k, (train, test) in enumerate(folds.split(feats, labels)):
        rows, targets = training_set(feats, labels, train, teacher, str(k), args.mix)
        model = fit(rows, targets, args.C, args.top)
        cut = args.threshold
        if cut is None:
            cut = prior_threshold(model, [feats[i] for i in train], [labels[i] for i in train])
        probs = [predict(model, feats[i]) for i in test]
        out.append((*f1([labels[i] for i in test], probs, cut), cut))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", default=str(DEFAULT_DATA))
    ap.add_argument("--out", default=str(DEFAULT_OUT))
    ap.add_argument(
        "--teacher", default=str(DEFAULT_TEACHER), help="tools/claims_teacher.py output"
    )
    ap.add_argument("--no-teacher", action="store_true", help="fit the labels alone")
    ap.add_argument("--mix", type=float, default=0.3, help="weight of the label in a target")
    ap.add_argument("--top", type=int, default=50000, help="features kept after pruning")
    ap.add_argument("-C", type=float, default=30.0, help="inverse regularisation strength")
    ap.add_argument(
        "--threshold",
        type=float,
        default=None,
        help="decision threshold (default: match the labels' share of check-worthy sentences)",
    )
    ap.add_argument("--no-cv", action="store_true", help="skip the stratified 5-fold CV")
    args = ap.parse_args(argv)

    teacher = None
    if not args.no_teacher:
        if not Path(args.teacher).exists():
            hint = "run tools/claims_teacher.py or pass --no-teacher"
            ap.error(f"{args.teacher}: no teacher scores; {hint}")
        teacher = Teacher(Path(args.teacher))
    feats, labels = load(Path(args.data), teacher.clusters if teacher else None)
    extra = f", {len(teacher.unlabelled_feats)} unlabelled" if teacher else ""
    print(f"{len(labels)} sentences, {sum(labels)} check-worthy{extra}")
    cv_f1 = None
    if not args.no_cv:
        scores = cross_validate(feats, labels, args, teacher)
        for i, (f, p, r, cut) in enumerate(scores, 1):
            print(f"fold {i}: F1={f:.3f} precision={p:.3f} recall={r:.3f} threshold={cut}")
        mean = sum(s[0] for s in scores) / len(scores)
        print(f"5-fold CV F1 (positive class): {mean:.3f}")
        cv_f1 = round(mean, 4)
    rows, targets = training_set(feats, labels, range(len(labels)), teacher, "all", args.mix)
    model = fit(rows, targets, args.C, args.top)
    threshold = args.threshold
    if threshold is None:
        threshold = prior_threshold(model, feats, labels)
    model.update(
        {
            "threshold": threshold,
            "C": args.C,
            "top": args.top,
            "mix": args.mix if teacher else None,
            "teacher": "all-MiniLM-L6-v2 fine-tuned (tools/claims_teacher.py)" if teacher else None,
            "trained_on": Path(args.data).name,
            "sentences": len(labels),
            "unlabelled_sentences": len(teacher.unlabelled_feats) if teacher else 0,
            "cv_f1": cv_f1,
        }
    )
    if teacher and teacher.clusters:
        model["clusters"] = teacher.cluster_table()
    Path(args.out).write_text(json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n")
    print(f"wrote {args.out}: {len(model['weights'])} features")
    return 0


if __name__ == "__main__":
    sys.exit(main())
