"""Fit the STAR labeller's weights on the development part of the coaching corpus, nothing else.

    python bench/train_star.py            # choose by cross-writer CV on dev, fit on all of dev, write
    python bench/train_star.py --cv-only  # print the cross-validation grid only
    python bench/train_star.py --groups subj,gram,cue,num,open,fw  # these groups; the rest chosen
    python bench/train_star.py --groups ... --penalty 0.001  # and this L2; the decoder chosen
    python bench/train_star.py --jobs 2                     # folds fitted two at a time
    python bench/train_star.py ... --order-weight 0.75       # hold the sequence decoder's weight

The model is a multinomial logistic regression over the named sentence features of
rehearse/analysis/features.py (grammar, cue families of English, words and word pairs), fitted by
gradient descent with an L2 penalty, each sentence weighted by its word count (the bench scores
words). Two decoders turn the sentence scores into labels, and the grid holds both: the monotone
one (star.ordered: labels never go backwards), which holds every label's score at or above a
floor, so that one sentence the model is overconfident about cannot drag a run of its neighbours
out of their part; and the sequence one (star.sequenced), which adds, with a weight, the
log-probability of each label following the one before in answers to the same prompt, counted on
the training answers with one added to every cell. The floor, or the weight, is chosen with the
rest; with no prompt the labeller stays monotone, with the best floor. What ships is chosen by
cross-validation across writers: the development part holds answers by several writers (the
first parts by one, each later held-out part by another who never read the rules), and each
later writer's part is scored in turn by the labeller trained on all the others — the question
the held-out part asks, whether the model carries over to a writer it never saw. (Random folds mix a writer's answers into training
and scored 0.86 where a fresh writer got 0.78.) Every candidate group set, penalty and decoder of
the grid is scored by its mean (transitions counted on each fold's training writers only); within
CV_TIE of the best, the simpler model wins (fewer groups, then the stronger penalty, then the
monotone decoder, then the higher floor or the lighter order weight).
Deterministic: fixed step count, no shuffles. Only `coaching_corpus.dev()` is read; the held-out
part never is.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import coaching_corpus  # noqa: E402

from rehearse.analysis import star  # noqa: E402
from rehearse.analysis.features import GROUPS, answer_features  # noqa: E402

LABELS = star.LABELS
PENALTIES = (0.0003, 0.001, 0.003)  # L2 per weight, relative to the mean sentence weight
# The candidate group sets, simplest first: the sentence's grammar and cue families, then its
# words, then its word pairs.
BASE_GROUPS = ("subj", "gram", "cue", "num", "open", "fw")
CANDIDATE_GROUPS = (BASE_GROUPS, BASE_GROUPS + ("lex",), BASE_GROUPS + ("lex", "bi"))
STEPS = 3000  # gradient steps
RATE = 1.0  # step size
MIN_COUNT = 3  # a feature seen in fewer dev sentences than this gets no weight
# Log-probability floors for the ordering (star.ordered): None, or no label below this.
FLOORS = (None, -6.0, -4.0, -3.0, -2.0)
# Weights of the learned order (star.sequenced): log-probability units per transition.
ORDER_WEIGHTS = (0.5, 0.75, 1.0)
DECODERS = [("monotone", f) for f in FLOORS] + [("sequence", w) for w in ORDER_WEIGHTS]
SMOOTHING = 1.0  # added to every transition count
CV_TIE = 0.003  # CV accuracies this close count as equal: the simpler model is kept


def writer(split: str) -> int:
    """Who wrote a part: dev and heldout are the first writer's; heldoutN the Nth writer's."""
    return 1 if split in ("dev", "heldout") else int(split.removeprefix("heldout"))


def vocabulary(feats: list[set[str]]) -> list[str]:
    """Features seen in at least MIN_COUNT sentences, plus the bias."""
    counts: dict[str, int] = {}
    for fs in feats:
        for f in fs:
            counts[f] = counts.get(f, 0) + 1
    return sorted(f for f, n in counts.items() if n >= MIN_COUNT or f == "bias")


def fit(feats: list[set[str]], labels: list[str], words: list[int], penalty: float) -> dict:
    """Weights per label per feature for these sentences (the design matrix kept sparse: each
    sentence has a few dozen of the thousands of features)."""
    vocab = vocabulary(feats)
    index = {f: i for i, f in enumerate(vocab)}
    rows = np.array([r for r, fs in enumerate(feats) for f in fs if f in index])
    cols = np.array([index[f] for fs in feats for f in fs if f in index])
    n, width = len(feats), len(LABELS)
    y = np.array([LABELS.index(label) for label in labels])
    w = np.array(words, dtype=float)
    w /= w.mean()
    onehot = np.eye(width)[y]
    theta = np.zeros((len(vocab), width))
    l2 = np.full(len(vocab), penalty)
    l2[index["bias"]] = 0.0
    for _ in range(STEPS):
        logits = np.stack(
            [np.bincount(rows, weights=theta[cols, k], minlength=n) for k in range(width)], axis=1
        )
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - onehot) * w[:, None] / n
        grad = np.stack(
            [np.bincount(cols, weights=g[rows, k], minlength=len(vocab)) for k in range(width)],
            axis=1,
        )
        theta -= RATE * (grad + l2[:, None] * theta)
    return {
        label: {f: round(float(theta[i, k]), 3) for f, i in index.items() if theta[i, k]}
        for k, label in enumerate(LABELS)
    }


def transitions(answers) -> dict:
    """Per prompt, the log-probability of each label after each label ("start": the first
    sentence's), from these answers' labels, SMOOTHING added to every count."""
    counts: dict = {}
    for a in answers:
        table = counts.setdefault(
            a.prompt, {p: dict.fromkeys(LABELS, SMOOTHING) for p in ("start", *LABELS)}
        )
        previous = "start"
        for s in a.sentences:
            table[previous][s.label] += 1
            previous = s.label
    return {
        prompt: {
            p: {k: round(float(np.log(n / sum(row.values()))), 3) for k, n in row.items()}
            for p, row in table.items()
        }
        for prompt, table in sorted(counts.items())
    }


def label_answer(feats, weights: dict, decoder: tuple, order: dict, prompt: str) -> list[str]:
    """The labelling of one answer under these weights and this decoder (the code
    star.label_sentences runs)."""
    contents = [star._scores(fs, weights) for fs in feats]  # noqa: SLF001
    kind, value = decoder
    if kind == "monotone":
        return star.ordered(contents, value)
    return star.sequenced(contents, order[prompt], value)


def word_accuracy(answers, cache: dict, weights: dict, decoder: tuple, order: dict) -> float:
    """Word-level accuracy of the labeller with these weights, this decoder and these transitions."""
    right = total = 0
    for a in answers:
        predicted = label_answer(cache[a.id], weights, decoder, order, a.prompt)
        for s, label in zip(a.sentences, predicted, strict=True):
            n = len(s.text.split())
            right += n * (label == s.label)
            total += n
    return right / total


def folds(answers) -> list[tuple[list, list]]:
    """(train, test) pairs: each later writer's part scored by a model trained on all others."""
    later = sorted({writer(a.split) for a in answers} - {1})
    return [
        ([a for a in answers if writer(a.split) != k], [a for a in answers if writer(a.split) == k])
        for k in later
    ]


def _fit_answers(answers, cache: dict, penalty: float) -> dict:
    """Fit on every sentence of these answers."""
    feats = [fs for a in answers for fs in cache[a.id]]
    labels = [s.label for a in answers for s in a.sentences]
    words = [len(s.text.split()) for a in answers for s in a.sentences]
    return fit(feats, labels, words, penalty)


def _cache(answers, groups: tuple[str, ...]) -> dict:
    """Each answer's sentence features, by answer id."""
    return {a.id: answer_features([s.text for s in a.sentences], groups) for a in answers}


# What a forked fold worker reads: (folds, cache, penalty), set before the pool starts.
_SHARED: tuple = ()


def _fold(k: int) -> list[float]:
    """The word accuracy of each decoder on fold k's writer, trained on the others."""
    pairs, cache, penalty = _SHARED
    train, test = pairs[k]
    weights = _fit_answers(train, cache, penalty)
    order = transitions(train)
    return [word_accuracy(test, cache, weights, decoder, order) for decoder in DECODERS]


def cross_validate(answers, groups: tuple[str, ...], penalty: float, jobs: int = 1) -> dict:
    """Per decoder, the word accuracy on each later writer's part, trained on the others; the
    folds run in `jobs` forked processes (the same numbers, in a fraction of the time)."""
    global _SHARED
    pairs = folds(answers)
    _SHARED = (pairs, _cache(answers, groups), penalty)
    if jobs > 1:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            per_fold = pool.map(_fold, range(len(pairs)))
    else:
        per_fold = [_fold(k) for k in range(len(pairs))]
    return {decoder: [row[i] for row in per_fold] for i, decoder in enumerate(DECODERS)}


def candidates() -> list[tuple[tuple[str, ...], float]]:
    """The grid: the candidate group sets times the penalties."""
    return [(groups, penalty) for groups in CANDIDATE_GROUPS for penalty in PENALTIES]


def _simpler(r) -> tuple:
    """Sort key, simplest first: fewer groups, the stronger penalty, the monotone decoder, then
    the higher floor (the decoder that trusts one sentence least) or the lighter order weight."""
    groups, penalty, (kind, value), _ = r
    rank = -(value if value is not None else -99.0) if kind == "monotone" else value
    return (len(groups), -penalty, kind != "monotone", rank)


def choose(results: list[tuple[tuple[str, ...], float, tuple, float]]):
    """The simplest model within CV_TIE of the best mean accuracy."""
    top = max(acc for *_, acc in results)
    return min((r for r in results if r[3] >= top - CV_TIE), key=_simpler)


def main() -> None:
    """Cross-validate the grid on dev, then fit the chosen model on all of dev and write it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv-only", action="store_true")
    parser.add_argument(
        "--groups",
        help="comma-separated feature groups to keep fixed (the grid chooses penalty and decoder)",
    )
    parser.add_argument("--penalty", type=float, help="the L2 penalty to keep fixed")
    parser.add_argument("--jobs", type=int, default=1, help="folds fitted at once (processes)")
    parser.add_argument(
        "--order-weight",
        type=float,
        help="hold the sequence decoder's order weight (the monotone floors are still chosen)",
    )
    args = parser.parse_args()
    if args.order_weight is not None:
        global DECODERS  # the folds are forked after this, so they see it too
        DECODERS = [d for d in DECODERS if d[0] == "monotone" or d[1] == args.order_weight]
    answers = coaching_corpus.dev()
    bases = len({a.base or a.id for a in answers})
    writers = len({writer(a.split) for a in answers})
    print(f"dev: {len(answers)} answers ({bases} base answers) by {writers} writers; each later")
    print("writer's part scored by a model trained on the others")
    results = []
    grid = candidates()
    if args.groups:
        fixed = tuple(g for g in GROUPS if g in args.groups.split(","))
        grid = [(fixed, penalty) for penalty in PENALTIES]
    if args.penalty is not None:
        grid = list(dict.fromkeys((groups, args.penalty) for groups, _ in grid))
    for groups, penalty in grid:
        for decoder, scores in cross_validate(answers, groups, penalty, args.jobs).items():
            acc = float(np.mean(scores))
            results.append((groups, penalty, decoder, acc))
            parts = " ".join(f"{x:.3f}" for x in scores)
            name, how = "+".join(groups), f"{decoder[0]} {decoder[1]!s}"
            print(f"  {name:32} L2 {penalty:<6} {how:14} {parts}  mean {acc:.3f}", flush=True)
    groups, penalty, decoder, acc = choose(results)
    # With no prompt the labeller stays monotone: the best floor for the chosen groups and penalty.
    monotone = [r for r in results if r[:2] == (groups, penalty) and r[2][0] == "monotone"]
    floor = choose(monotone)[2][1]
    print(f"chosen: {'+'.join(groups)}, L2 {penalty}, {decoder[0]} {decoder[1]}: CV {acc:.3f}")
    if args.cv_only:
        return
    cache = _cache(answers, groups)
    weights = _fit_answers(answers, cache, penalty)
    order = transitions(answers)
    fitted = word_accuracy(answers, cache, weights, decoder, order)
    print(f"dev (fitted on itself) word accuracy {fitted:.3f}")
    model = {
        "about": "STAR labeller weights fitted by bench/train_star.py on the coaching corpus dev "
        "part only; features are rehearse/analysis/features.py's.",
        "groups": list(groups),
        "l2": penalty,
        "floor": floor,
        "order": {"weight": decoder[1], "transitions": order} if decoder[0] == "sequence" else None,
        "trained_on": {
            "answers": len(answers),
            "sentences": len({s.text for a in answers for s in a.sentences}),
        },
        "cv_word_accuracy_across_writers": round(acc, 3),
        "weights": weights,
    }
    star.MODEL_PATH.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n")
    print(f"wrote {star.MODEL_PATH}")


if __name__ == "__main__":
    main()
