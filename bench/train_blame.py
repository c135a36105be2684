"""Fit the blame reader's weights on the development part of the coaching corpus, nothing else.

    python bench/train_blame.py            # cross-writer figures, then fit on all of dev and write
    python bench/train_blame.py --cv-only  # the figures only

The reader is a logistic regression over the named sentence features of
rehearse/analysis/features.py (the subject and grammar of the sentence, its words and word
pairs), read by rehearse/analysis/stance.py beside the blame rules: a sentence it reads as blame
with probability BLAME_READ or more puts the failure on others. Its examples are the sentences of
failure and deadline answers: the sentences a seeded blame draft changed from its base answer
(blame), and every sentence of an unseeded answer that blames no one (not blame); each class
weighted to the same total. Fitted by gradient descent with an L2 penalty, a fixed number of
steps, no shuffles: deterministic. Only `coaching_corpus.dev()` is read.

Two figures say how it carries to a writer it never saw, each per answer (a draft caught, a
control flagged, when any of its sentences reads as blame):
- across writers: each writer's answers read by the reader fitted on all the other writers;
- backtest: each of rounds 4-15's parts (heldout10 to heldout21) read by the reader fitted only on
  the parts written before it, beside the rules as they were released for that round (README
  "Coaching": blame 48 of 60 caught, "owns it" alarms 14 of 143).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import coaching_corpus  # noqa: E402

from rehearse.analysis import stance  # noqa: E402
from rehearse.analysis.features import features  # noqa: E402

GROUPS = ("subj", "gram", "lex", "bi")  # on dev, all groups caught a few more and alarmed more
PENALTY = 1.0  # L2, summed over the examples' mean loss
STEPS = 400  # gradient steps
RATE = 0.5  # step size
MIN_COUNT = 2  # a feature in fewer training sentences than this gets no weight
THRESHOLDS = (0.7, 0.8, 0.9, 0.92, 0.95)
FIRST_WRITER = ("dev", "heldout")  # the first two splits are one writer's
BACKTEST = tuple(f"heldout{k}" for k in range(10, 22))  # rounds 4-15's fresh parts
OUT = ROOT / "rehearse" / "analysis" / "blame_model.json"


def examples() -> list[tuple[str, str, str, int, bool]]:
    """(writer, answer id, sentence, 1 if blame, True if a control) for every training sentence."""
    dev = coaching_corpus.dev()
    by_id = {a.id: a for a in dev}
    rows = []
    for a in dev:
        if a.prompt not in ("failure", "deadline") or a.style == "content-free":
            continue
        writer = "first" if a.split in FIRST_WRITER else a.split
        if a.seeded_fault == "blame":
            kept = {s.text for s in by_id[a.base].sentences}
            rows += [(writer, a.id, s.text, int(s.text not in kept), False) for s in a.sentences]
        elif a.seeded_fault is None and not a.checks["blame"]:
            rows += [(writer, a.id, s.text, 0, True) for s in a.sentences]
    return rows


def fit(sets: list[set[str]], labels: np.ndarray) -> tuple[dict[str, float], float]:
    """Weights and bias of a class-balanced logistic regression over the feature sets."""
    counts = Counter(f for s in sets for f in s)
    vocab = sorted(f for f, c in counts.items() if c >= MIN_COUNT)
    col = {f: k for k, f in enumerate(vocab)}
    X = np.zeros((len(sets), len(vocab)))
    for n, s in enumerate(sets):
        X[n, [col[f] for f in s if f in col]] = 1.0
    weight = np.where(labels == 1, (labels == 0).sum() / max(labels.sum(), 1), 1.0)
    weight /= weight.mean()
    w, b = np.zeros(len(vocab)), 0.0
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-(X @ w + b)))
        g = (p - labels) * weight
        w -= RATE * (X.T @ g + PENALTY * w) / len(labels)
        b -= RATE * g.mean()
    return dict(zip(vocab, w.tolist(), strict=True)), float(b)


def _score(model: tuple[dict[str, float], float], feats: set[str]) -> float:
    """The probability of blame for one sentence's features."""
    weights, bias = model
    return 1.0 / (1.0 + np.exp(-(bias + sum(weights.get(f, 0.0) for f in feats))))


def _per_answer(rows, feats, test, model) -> tuple[list[float], list[float]]:
    """(drafts' highest sentence score, controls' highest sentence score) over the test rows."""
    best: dict[tuple[str, bool], float] = {}
    for i in test:
        key = (rows[i][1], rows[i][4])
        best[key] = max(best.get(key, 0.0), _score(model, feats[i]))
    drafts = [v for (_, control), v in best.items() if not control]
    controls = [v for (_, control), v in best.items() if control]
    return drafts, controls


def _report(title: str, drafts: list[float], controls: list[float]) -> None:
    """One line per threshold: drafts caught and controls flagged."""
    for t in THRESHOLDS:
        caught = sum(v >= t for v in drafts)
        flagged = sum(v >= t for v in controls)
        print(f"{title}, at {t}: blame drafts caught {caught}/{len(drafts)}, "
              f"controls flagged {flagged}/{len(controls)}")  # fmt: skip


def main() -> None:
    """Print the cross-writer and backtest figures; unless --cv-only, fit on all of dev and write."""
    rows = examples()
    feats = [features(text, GROUPS) for _, _, text, _, _ in rows]
    labels = np.array([r[3] for r in rows], dtype=float)
    writers = sorted({r[0] for r in rows})
    print(f"dev: {len(rows)} sentences ({int(labels.sum())} blame) by {len(writers)} writers")
    drafts, controls = [], []
    for writer in writers:
        train = [i for i, r in enumerate(rows) if r[0] != writer]
        model = fit([feats[i] for i in train], labels[train])
        d, c = _per_answer(rows, feats, [i for i, r in enumerate(rows) if r[0] == writer], model)
        drafts, controls = drafts + d, controls + c
    _report("across writers", drafts, controls)
    order = ["first"] + [f"heldout{k}" for k in range(2, 22)]
    drafts, controls = [], []
    for part in BACKTEST:
        earlier = set(order[: order.index(part)])
        train = [i for i, r in enumerate(rows) if r[0] in earlier]
        model = fit([feats[i] for i in train], labels[train])
        d, c = _per_answer(rows, feats, [i for i, r in enumerate(rows) if r[0] == part], model)
        drafts, controls = drafts + d, controls + c
    _report("backtest, rounds 4-15", drafts, controls)
    if "--cv-only" in sys.argv:
        return
    weights, bias = fit(feats, labels)
    kept = {f: round(w, 4) for f, w in sorted(weights.items()) if abs(w) >= 1e-4}
    OUT.write_text(json.dumps({"groups": list(GROUPS), "bias": round(bias, 4), "weights": kept}))
    print(f"wrote {OUT.relative_to(ROOT)}: {len(kept)} weights; read at {stance.BLAME_READ}")


if __name__ == "__main__":
    main()
