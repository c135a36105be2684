"""Fit the STAR labeller's weights on the development part of the coaching corpus, nothing else.

    python bench/train_star.py            # choose by grouped CV on dev, fit on all of dev, write
    python bench/train_star.py --cv-only  # print the cross-validation grid only
    python bench/train_star.py --groups subj,gram,cue,num,open,fw  # these groups; penalty chosen

The model is a multinomial logistic regression over the named sentence features of
rehearse/analysis/features.py (grammar of the sentence and cue families of English), fitted by
gradient descent with an L2 penalty, each sentence weighted by its word count (the bench scores
words). What ships is chosen by cross-validation: every combination of feature groups and penalty
in the grid is scored by the word accuracy of the monotone labeller (rehearse/analysis/star.py)
on folds that keep a base answer with its seeded-fault variants (they share sentences, so no fold
sees its own sentences), repeated over REPEATS shuffles; the best mean wins, and within CV_TIE of
it the simpler model (fewer groups, then the stronger penalty). Deterministic: fixed seeds, fixed
step count. Only `coaching_corpus.dev()` is read; the held-out part never is.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import coaching_corpus  # noqa: E402

from rehearse.analysis import star  # noqa: E402
from rehearse.analysis.features import GROUPS, features  # noqa: E402

LABELS = star.LABELS
PENALTIES = (0.0003, 0.001, 0.003)  # L2 per weight, relative to the mean sentence weight
REQUIRED_GROUPS = ("subj", "gram", "cue")  # always in: the grammar and the cue families
STEPS = 3000  # gradient steps
RATE = 1.0  # step size
FOLDS = 6
REPEATS = 2  # shuffles of the groups into folds
SEED = 8  # of the fold shuffles
MIN_COUNT = 3  # a feature seen in fewer dev sentences than this gets no weight
CV_TIE = 0.005  # CV accuracies this close count as equal: the simpler model is kept


def sentences(answers) -> list[tuple[str, str, int, str]]:
    """(text, label, words, group) of every sentence; group = the base answer's id."""
    return [
        (s.text, s.label, len(s.text.split()), a.base or a.id) for a in answers for s in a.sentences
    ]


def vocabulary(feats: list[set[str]]) -> list[str]:
    """Features seen in at least MIN_COUNT sentences, plus the bias."""
    counts: dict[str, int] = {}
    for fs in feats:
        for f in fs:
            counts[f] = counts.get(f, 0) + 1
    return sorted(f for f, n in counts.items() if n >= MIN_COUNT or f == "bias")


def fit(feats: list[set[str]], labels: list[str], words: list[int], penalty: float) -> dict:
    """Weights per label per feature for these sentences."""
    vocab = vocabulary(feats)
    index = {f: i for i, f in enumerate(vocab)}
    x = np.zeros((len(feats), len(vocab)))
    for r, fs in enumerate(feats):
        for f in fs:
            if f in index:
                x[r, index[f]] = 1.0
    y = np.array([LABELS.index(label) for label in labels])
    w = np.array(words, dtype=float)
    w /= w.mean()
    onehot = np.eye(len(LABELS))[y]
    theta = np.zeros((len(vocab), len(LABELS)))
    l2 = np.full(len(vocab), penalty)
    l2[index["bias"]] = 0.0
    for _ in range(STEPS):
        logits = x @ theta
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        grad = x.T @ ((p - onehot) * w[:, None]) / len(feats) + l2[:, None] * theta
        theta -= RATE * grad
    return {
        label: {f: round(float(theta[i, k]), 3) for f, i in index.items() if theta[i, k]}
        for k, label in enumerate(LABELS)
    }


def label_answer(texts: list[str], feats: list[set[str]], weights: dict) -> list[str]:
    """The monotone labelling of one answer under these weights (as star.label_sentences does)."""
    count = len(texts)
    rows = []
    for i, fs in enumerate(feats):
        raw = [sum(weights[label].get(f, 0.0) for f in fs) for label in LABELS]
        top = max(raw)
        norm = top + float(np.log(sum(np.exp(v - top) for v in raw)))
        prior = star._position_prior(i, count)  # noqa: SLF001 - the same tie-break
        rows.append([raw[k] - norm + prior[label] for k, label in enumerate(LABELS)])
    return [LABELS[k] for k in star.monotone_path(rows)]


def word_accuracy(answers, cache: dict, weights: dict) -> float:
    """Word-level accuracy of the monotone labeller with these weights."""
    right = total = 0
    for a in answers:
        texts = [s.text for s in a.sentences]
        predicted = label_answer(texts, [cache[t] for t in texts], weights)
        for s, label in zip(a.sentences, predicted, strict=True):
            n = len(s.text.split())
            right += n * (label == s.label)
            total += n
    return right / total


def folds(answers) -> list[tuple[list, list]]:
    """(train, test) pairs: FOLDS folds over the base answers, REPEATS shuffles."""
    groups = sorted({a.base or a.id for a in answers})
    out = []
    for repeat in range(REPEATS):
        order = groups[:]
        random.Random(SEED + repeat).shuffle(order)
        for k in range(FOLDS):
            held = set(order[k::FOLDS])
            out.append(
                (
                    [a for a in answers if (a.base or a.id) not in held],
                    [a for a in answers if (a.base or a.id) in held],
                )
            )
    return out


def _fit_answers(answers, cache: dict, penalty: float) -> dict:
    """Fit on every sentence of these answers."""
    rows = sentences(answers)
    return fit([cache[t] for t, *_ in rows], [r[1] for r in rows], [r[2] for r in rows], penalty)


def cross_validate(answers, groups: tuple[str, ...], penalty: float) -> float:
    """Mean word accuracy over the folds, each trained on the others."""
    cache = {s.text: features(s.text, groups) for a in answers for s in a.sentences}
    scores = [
        word_accuracy(test, cache, _fit_answers(train, cache, penalty))
        for train, test in folds(answers)
    ]
    return float(np.mean(scores))


def candidates() -> list[tuple[tuple[str, ...], float]]:
    """The grid: required groups plus any subset of the optional ones, times the penalties."""
    optional = [g for g in GROUPS if g not in REQUIRED_GROUPS]
    sets = [
        REQUIRED_GROUPS + extra
        for n in range(len(optional) + 1)
        for extra in itertools.combinations(optional, n)
    ]
    return [(groups, penalty) for groups in sets for penalty in PENALTIES]


def choose(results: list[tuple[tuple[str, ...], float, float]]):
    """The simplest model within CV_TIE of the best mean accuracy."""
    top = max(acc for *_, acc in results)
    close = [r for r in results if r[2] >= top - CV_TIE]
    return min(close, key=lambda r: (len(r[0]), -r[1]))


def main() -> None:
    """Cross-validate the grid on dev, then fit the chosen model on all of dev and write it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv-only", action="store_true")
    parser.add_argument(
        "--groups",
        help="comma-separated feature groups to keep fixed (the grid then chooses the penalty only)",
    )
    args = parser.parse_args()
    answers = coaching_corpus.dev()
    bases = len({a.base or a.id for a in answers})
    print(f"dev: {len(answers)} answers ({bases} base answers); {FOLDS}-fold x {REPEATS} CV")
    results = []
    grid = candidates()
    if args.groups:
        fixed = tuple(g for g in GROUPS if g in args.groups.split(","))
        grid = [(fixed, penalty) for penalty in PENALTIES]
    for groups, penalty in grid:
        acc = cross_validate(answers, groups, penalty)
        results.append((groups, penalty, acc))
        print(f"  {'+'.join(groups):28} L2 {penalty:<6} CV word accuracy {acc:.3f}", flush=True)
    groups, penalty, acc = choose(results)
    print(f"chosen: {'+'.join(groups)}, L2 {penalty}: CV {acc:.3f}")
    if args.cv_only:
        return
    cache = {s.text: features(s.text, groups) for a in answers for s in a.sentences}
    weights = _fit_answers(answers, cache, penalty)
    print(f"dev (fitted on itself) word accuracy {word_accuracy(answers, cache, weights):.3f}")
    model = {
        "about": "STAR labeller weights fitted by bench/train_star.py on the coaching corpus dev "
        "part only; features are rehearse/analysis/features.py's.",
        "groups": list(groups),
        "l2": penalty,
        "trained_on": {"answers": len(answers), "sentences": len(cache)},
        "cv_word_accuracy": round(acc, 3),
        "weights": weights,
    }
    star.MODEL_PATH.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n")
    print(f"wrote {star.MODEL_PATH}")


if __name__ == "__main__":
    main()
