"""Fit the STAR labeller's weights on the development part of the coaching corpus, nothing else.

    python bench/train_star.py            # fit on dev, print 5-fold CV, write star_model.json
    python bench/train_star.py --cv-only  # print the cross-validation only

The model is a multinomial logistic regression over the named sentence features of
rehearse/analysis/features.py (cue families, who acts, tense), fitted by gradient descent with an
L2 penalty, each sentence weighted by its word count (the bench scores words). Folds group an
answer with its seeded-fault variants, which share sentences, so no fold sees its own sentences.
The held-out part is never read here.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import coaching_corpus  # noqa: E402

from rehearse.analysis import star  # noqa: E402
from rehearse.analysis.features import features  # noqa: E402

LABELS = star.LABELS
L2 = 0.001  # penalty per weight, relative to the mean sentence weight
STEPS = 6000  # gradient steps
RATE = 0.5  # step size
FOLDS = 5
MIN_COUNT = 3  # a feature seen in fewer dev sentences than this gets no weight


def sentences(answers) -> list[tuple[str, str, int, str]]:
    """(text, label, words, group) of every sentence; group = the base answer's id."""
    return [
        (s.text, s.label, len(s.text.split()), a.base or a.id) for a in answers for s in a.sentences
    ]


def fit(rows, vocab: list[str]) -> dict[str, dict[str, float]]:
    """Weights per label per feature for the rows."""
    index = {f: i for i, f in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab)))
    for r, (text, *_rest) in enumerate(rows):
        for f in features(text):
            if f in index:
                x[r, index[f]] = 1.0
    y = np.array([LABELS.index(label) for _, label, _, _ in rows])
    w = np.array([n for _, _, n, _ in rows], dtype=float)
    w /= w.mean()
    onehot = np.eye(len(LABELS))[y]
    theta = np.zeros((len(vocab), len(LABELS)))
    penalty = np.full(len(vocab), L2)
    penalty[index["bias"]] = 0.0
    for _ in range(STEPS):
        logits = x @ theta
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        grad = x.T @ ((p - onehot) * w[:, None]) / len(rows) + penalty[:, None] * theta
        theta -= RATE * grad
    return {
        label: {f: round(float(theta[i, k]), 3) for f, i in index.items() if theta[i, k]}
        for k, label in enumerate(LABELS)
    }


def vocabulary(rows) -> list[str]:
    """Features seen in at least MIN_COUNT sentences, plus the bias."""
    counts: dict[str, int] = {}
    for text, *_ in rows:
        for f in features(text):
            counts[f] = counts.get(f, 0) + 1
    return sorted(f for f, n in counts.items() if n >= MIN_COUNT or f == "bias")


def word_accuracy(answers, weights) -> float:
    """Word-level accuracy of the monotone labeller with these weights."""
    saved = star._model
    star._model = lambda: weights  # noqa: SLF001 - a bench swaps the weights it is testing
    try:
        right = total = 0
        for a in answers:
            labels = star.label_sentences([s.text for s in a.sentences])
            for s, label in zip(a.sentences, labels, strict=True):
                n = len(s.text.split())
                right += n * (label == s.label)
                total += n
        return right / total
    finally:
        star._model = saved


def cross_validate(answers) -> list[float]:
    """Word accuracy of each fold, trained on the other folds (grouped by base answer)."""
    groups = sorted({a.base or a.id for a in answers})
    scores = []
    for k in range(FOLDS):
        held = set(groups[k::FOLDS])
        train = [a for a in answers if (a.base or a.id) not in held]
        test = [a for a in answers if (a.base or a.id) in held]
        rows = sentences(train)
        scores.append(word_accuracy(test, fit(rows, vocabulary(rows))))
    return scores


def main() -> None:
    """Cross-validate on dev, then fit on all of dev and write the model."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv-only", action="store_true")
    args = parser.parse_args()
    answers = coaching_corpus.dev()
    scores = cross_validate(answers)
    print(
        f"dev {len(answers)} answers; {FOLDS}-fold word accuracy: "
        + ", ".join(f"{s:.3f}" for s in scores)
        + f"; mean {np.mean(scores):.3f}"
    )
    if args.cv_only:
        return
    rows = sentences(answers)
    weights = fit(rows, vocabulary(rows))
    print(f"dev (fitted on itself) word accuracy {word_accuracy(answers, weights):.3f}")
    model = {
        "about": "STAR labeller weights fitted by bench/train_star.py on the coaching corpus dev "
        "part only; features are rehearse/analysis/features.py's.",
        "trained_on": {"answers": len(answers), "sentences": len(rows)},
        "cv_word_accuracy": round(float(np.mean(scores)), 3),
        "weights": weights,
    }
    star.MODEL_PATH.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n")
    print(f"wrote {star.MODEL_PATH}")


if __name__ == "__main__":
    main()
