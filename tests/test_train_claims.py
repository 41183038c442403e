"""The training script of the check-worthiness model (tools/train_claims.py).

What ships is only as good as the procedure that writes it, so the procedure
is tested on small real inputs: labels alone, and labels plus a teacher's soft
scores on unlabelled sentences (distillation).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

pytest.importorskip("sklearn")
np = pytest.importorskip("numpy")

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import train_claims  # noqa: E402

CLAIMS = [
    "Unemployment rose to 9 percent last year.",
    "We cut taxes by $40 billion in 2019.",
    "Crime fell 12 percent in the city.",
    "The deficit doubled to $1 trillion.",
    "Exports grew 7 percent in March.",
    "Wages rose 3 percent in 2021.",
]
OPINIONS = [
    "I think we can do better.",
    "Thank you for having me tonight.",
    "We need to work together.",
    "I believe in this country.",
    "Let me be clear about that.",
    "That is a great question.",
]


def write_data(tmp_path: Path) -> Path:
    path = tmp_path / "train.jsonl"
    rows = [{"text": t, "label": 1} for t in CLAIMS] + [{"text": t, "label": 0} for t in OPINIONS]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def write_teacher(
    tmp_path: Path, unlabelled: list[str], scores: list[float], clusters: dict | None = None
) -> Path:
    """A teacher file as tools/claims_teacher.py writes it (one set per fold and all)."""
    n = len(CLAIMS) + len(OPINIONS)
    labelled = np.array([0.9] * len(CLAIMS) + [0.1] * len(OPINIONS))
    arrays = {"unlabelled": np.array(unlabelled)}
    if clusters:
        arrays["cluster_words"] = np.array(list(clusters))
        arrays["cluster_ids"] = np.array(list(clusters.values()))
    for name in ["0", "1", "2", "3", "4", "all"]:
        arrays[f"labelled_{name}"] = labelled[:n]
        arrays[f"unlabelled_{name}"] = np.array(scores)
    path = tmp_path / "teacher.npz"
    np.savez_compressed(path, **arrays)
    return path


def test_soft_targets_blend_label_and_teacher():
    assert train_claims.soft_targets([1, 0], None, 0.3) == [1.0, 0.0]
    got = train_claims.soft_targets([1, 0], [0.5, 0.5], 0.3)
    assert got == pytest.approx([0.65, 0.35])


def test_threshold_flags_as_many_training_sentences_as_the_labels_do():
    model = {"bias": 0.0, "weights": {"a": 6.0, "c": 2.0}}
    feats = [["a"], ["c"], ["b"], ["b"]]
    cut = train_claims.prior_threshold(model, feats, [1, 0, 0, 0])
    assert sum(train_claims.predict(model, f) >= cut for f in feats) == 1
    cut = train_claims.prior_threshold(model, feats, [1, 1, 0, 0])
    assert sum(train_claims.predict(model, f) >= cut for f in feats) == 2


def test_teacher_scores_teach_words_the_labels_never_show(tmp_path):
    """'plunged' is in no labelled sentence; the teacher's scores make it a claim word."""
    data = write_data(tmp_path)
    unlabelled = [
        "Profits plunged last quarter.",
        "Revenue plunged in the spring.",
        "Output plunged after the strike.",
        "Please take your seats.",
        "Good evening, everyone.",
    ]
    teacher = write_teacher(tmp_path, unlabelled, [0.95, 0.95, 0.95, 0.05, 0.05])
    plain, taught = tmp_path / "plain.json", tmp_path / "taught.json"
    common = ["--no-cv", "--top", "5000", "-C", "10"]
    assert train_claims.main([str(data), "--no-teacher", "--out", str(plain), *common]) == 0
    assert (
        train_claims.main([str(data), "--teacher", str(teacher), "--out", str(taught), *common])
        == 0
    )
    plain_model, taught_model = json.loads(plain.read_text()), json.loads(taught.read_text())
    assert "plunged" not in plain_model["weights"]
    assert taught_model["weights"]["plunged"] > 0
    assert taught_model["unlabelled_sentences"] == 5 and taught_model["mix"] == 0.3
    feats = train_claims.features("Imports plunged sharply.")
    assert train_claims.predict(taught_model, feats) > train_claims.predict(plain_model, feats)


def test_cross_validation_uses_each_folds_teacher(tmp_path):
    data = write_data(tmp_path)
    teacher = write_teacher(tmp_path, ["Sales plunged.", "Hello there, friends."], [0.9, 0.1])
    out = tmp_path / "w.json"
    assert train_claims.main([str(data), "--teacher", str(teacher), "--out", str(out)]) == 0
    model = json.loads(out.read_text())
    assert 0.0 <= model["cv_f1"] <= 1.0
    assert model["teacher"].startswith("all-MiniLM-L6-v2")


def test_missing_teacher_file_is_a_clear_error(tmp_path, capsys):
    data = write_data(tmp_path)
    with pytest.raises(SystemExit) as exit_info:
        train_claims.main([str(data), "--teacher", str(tmp_path / "none.npz")])
    assert exit_info.value.code == 2
    assert "none.npz: no teacher scores" in capsys.readouterr().err


def test_word_clusters_let_a_weight_serve_a_words_neighbours(tmp_path):
    """'slumped' is in no sentence at all; its cluster (with 'fell', 'grew', 'rose')
    carries claim weight, and the shipped table lets the scorer use it."""
    data = write_data(tmp_path)
    clusters = {"fell": 0, "grew": 0, "rose": 0, "slumped": 0, "think": 1, "believe": 1}
    teacher = write_teacher(tmp_path, ["Hello there, friends."], [0.1], clusters)
    out = tmp_path / "w.json"
    args = [str(data), "--teacher", str(teacher), "--out", str(out), "--no-cv", "-C", "10"]
    assert train_claims.main(args) == 0
    model = json.loads(out.read_text())
    assert model["clusters"] == ["fell grew rose slumped", "believe think"]
    assert model["weights"]["k:c0"] > 0
    table = {w: i for i, words in enumerate(model["clusters"]) for w in words.split()}
    with_clusters = train_claims.features("Imports slumped sharply.", table)
    assert "k:c0" in with_clusters and "k:c0" not in train_claims.features("Imports slumped.")
    assert train_claims.predict(model, with_clusters) > train_claims.predict(
        model, train_claims.features("Imports slumped sharply.")
    )
