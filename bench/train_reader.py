"""Fit a learned sentence reader on the development part of the coaching corpus, nothing else.

    python bench/train_reader.py blame             # figures, then fit on all of dev and write
    python bench/train_reader.py blame --cv-only   # the figures only
    python bench/train_reader.py off_prompt        # the figures only: this reader is not shipped
    ... --beside-releases   # the backtest also beside the rules as each round released them

A reader is a logistic regression over the named sentence features of
rehearse/analysis/features.py (the subject and grammar of the sentence, its words and word pairs;
for off_prompt each also crossed with the prompt, since what is off one prompt is on another).
Its examples are the sentences of the prompts it reads: the sentences a seeded draft of its fault
changed from its base answer (positive), and every sentence of an unseeded answer that is fine
on its check (negative); each class weighted to the same total. Fitted by gradient descent with
an L2 penalty, a fixed number of steps, no shuffles: deterministic. Only `coaching_corpus.dev()`
is read. The blame reader ships (rehearse/analysis/blame_model.json, read by stance.py at
BLAME_READ); the off-prompt reader was tried and not shipped (README "Coaching", since round 16).

Two figures say how a reader carries to a writer it never saw, each per answer (a draft caught, a
control flagged, when any of its sentences reads at the threshold or more):
- across writers: each writer's answers read by the reader fitted on all the other writers;
- backtest: each round's part from round 4 on (heldout10 to the last part folded into dev) read
  by the reader fitted only on the parts written before it. With --beside-releases, the same
  answers are also read by the rules as they were released for that round (each release unpacked
  with git archive, as bench/coaching.py does), alone and with the reader beside them.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass
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
FIRST_BACKTEST = 10  # heldout10 was round 4's fresh part, the first measured with the rubric
# The release that reported on each round's part (README "Coaching"), by the part's number.
RELEASES = {
    10: "71450c8", 11: "73260ce", 12: "dbcf077", 13: "2581db2", 14: "9a1656a", 15: "3afed49",
    16: "b610807", 17: "89fd02b", 18: "29f3325", 19: "800c808", 20: "86ffb4c", 21: "2a457eb",
    22: "babec8d", 23: "8a5267d", 24: "71336ba", 25: "b4fff1d", 26: "6f589ed", 27: "70d732b",
}  # fmt: skip


@dataclass(frozen=True)
class Reader:
    """What one reader learns: its fault, the prompts it reads, its controls and its check."""

    fault: str
    prompts: frozenset[str] | None  # None: every prompt but why-amazon
    truth_fine: str  # the corpus check that an unseeded control must pass
    fine_value: bool
    cross_prompt: bool
    check: str  # the flag a release raises for the fault
    out: Path | None  # where the weights ship (None: not shipped)


READERS = {
    "blame": Reader(
        "blame", frozenset({"failure", "deadline"}), "blame", False, False, "rubric:owns_it",
        ROOT / "rehearse" / "analysis" / "blame_model.json",
    ),
    "off_prompt": Reader(
        "off_prompt", None, "addresses_prompt", True, True, "rubric:addresses_prompt", None
    ),
}  # fmt: skip


def _writer(split: str) -> str:
    """The writer of a split: the first two splits are one writer's."""
    return "first" if split in FIRST_WRITER else split


def examples(reader: Reader) -> list[tuple[str, str, str, str, int, bool]]:
    """(writer, answer id, prompt, sentence, 1 if changed by a draft, True if a control) for
    every training sentence."""
    dev = coaching_corpus.dev()
    by_id = {a.id: a for a in dev}
    rows = []
    for a in dev:
        wanted = a.prompt in reader.prompts if reader.prompts else a.prompt != "why-amazon"
        if not wanted or a.style == "content-free":
            continue
        if a.seeded_fault == reader.fault:
            kept = {s.text for s in by_id[a.base].sentences}
            rows += [(_writer(a.split), a.id, a.prompt, s.text, int(s.text not in kept), False)
                     for s in a.sentences]  # fmt: skip
        elif a.seeded_fault is None and a.checks[reader.truth_fine] == reader.fine_value:
            rows += [(_writer(a.split), a.id, a.prompt, s.text, 0, True) for s in a.sentences]
    return rows


def _features(reader: Reader, prompt: str, text: str) -> set[str]:
    """One sentence's features, crossed with its prompt when the reader reads per prompt."""
    plain = features(text, GROUPS)
    return plain | {f"{prompt}|{f}" for f in plain} if reader.cross_prompt else plain


def fit(sets: list[set[str]], labels: np.ndarray) -> tuple[dict[str, float], float]:
    """Weights and bias of a class-balanced logistic regression over the feature sets (held
    sparse: each sentence's columns, summed with bincount)."""
    counts = Counter(f for s in sets for f in s)
    vocab = sorted(f for f, c in counts.items() if c >= MIN_COUNT)
    col = {f: k for k, f in enumerate(vocab)}
    cols = [[col[f] for f in s if f in col] for s in sets]
    flat = np.array([c for cs in cols for c in cs], dtype=int)
    row = np.repeat(np.arange(len(sets)), [len(cs) for cs in cols])
    weight = np.where(labels == 1, (labels == 0).sum() / max(labels.sum(), 1), 1.0)
    weight /= weight.mean()
    w, b = np.zeros(len(vocab)), 0.0
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-(np.bincount(row, w[flat], len(sets)) + b)))
        g = (p - labels) * weight
        w -= RATE * (np.bincount(flat, g[row], len(vocab)) + PENALTY * w) / len(labels)
        b -= RATE * g.mean()
    return dict(zip(vocab, w.tolist(), strict=True)), float(b)


def _score(model: tuple[dict[str, float], float], feats: set[str]) -> float:
    """The reader's probability for one sentence's features."""
    weights, bias = model
    return 1.0 / (1.0 + np.exp(-(bias + sum(weights.get(f, 0.0) for f in feats))))


def _per_answer(rows, feats, test, model) -> dict[tuple[str, bool], float]:
    """Each test answer's highest sentence score, by (answer id, is a control)."""
    best: dict[tuple[str, bool], float] = {}
    for i in test:
        key = (rows[i][1], rows[i][5])
        best[key] = max(best.get(key, 0.0), _score(model, feats[i]))
    return best


def _report(title: str, fault: str, best: dict, rules: dict | None = None) -> None:
    """One line per threshold: drafts caught and controls flagged, and with rules (answer id ->
    flagged by its round's release) the rules alone and the rules with the reader beside them."""
    drafts = [
        (v, rules.get(k) if rules else False) for (k, control), v in best.items() if not control
    ]
    controls = [
        (v, rules.get(k) if rules else False) for (k, control), v in best.items() if control
    ]
    if rules:
        print(f"{title}, rules as released: {fault} drafts caught "
              f"{sum(r for _, r in drafts)}/{len(drafts)}, "
              f"controls flagged {sum(r for _, r in controls)}/{len(controls)}")  # fmt: skip
    for t in THRESHOLDS:
        line = (f"{title}, at {t}: {fault} drafts caught {sum(v >= t for v, _ in drafts)}/"
                f"{len(drafts)}, controls flagged {sum(v >= t for v, _ in controls)}/{len(controls)}")  # fmt: skip
        if rules:
            line += (f"; with the rules: {sum(v >= t or r for v, r in drafts)} caught, "
                     f"{sum(v >= t or r for v, r in controls)} flagged")  # fmt: skip
        print(line)


def _as_released(reader: Reader, parts: list[str]) -> dict[str, bool]:
    """Whether each answer of the parts was flagged for the reader's check by its round's release."""
    sys.path.insert(0, str(ROOT / "bench"))
    import coaching

    every, flagged = coaching._answers("dev"), {}
    for part in parts:
        ids = {a.id for a in coaching_corpus.dev() if a.split == part}
        items = [x for x in every if x["id"] in ids]
        for x, r in zip(items, coaching._earlier(RELEASES[int(part[7:])], items), strict=True):
            flagged[x["id"]] = bool(r["flags"].get(reader.check, False))
    return flagged


def main() -> None:
    """Print the cross-writer and backtest figures; fit on all of dev and write the weights when
    the reader ships and --cv-only is not given."""
    reader = READERS[sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] in READERS else "blame"]
    rows = examples(reader)
    feats = [_features(reader, prompt, text) for _, _, prompt, text, _, _ in rows]
    labels = np.array([r[4] for r in rows], dtype=float)
    writers = sorted({r[0] for r in rows})
    print(f"dev, {reader.fault}: {len(rows)} sentences ({int(labels.sum())} changed by a draft) "
          f"by {len(writers)} writers")  # fmt: skip
    best = {}
    for writer in writers:
        train = [i for i, r in enumerate(rows) if r[0] != writer]
        model = fit([feats[i] for i in train], labels[train])
        best |= _per_answer(rows, feats, [i for i, r in enumerate(rows) if r[0] == writer], model)
    _report("across writers", reader.fault, best)
    order = ["first"] + sorted((w for w in writers if w != "first"), key=lambda w: int(w[7:]))
    backtest = [w for w in order[1:] if int(w[7:]) >= FIRST_BACKTEST]
    best = {}
    for part in backtest:
        train = [i for i, r in enumerate(rows) if r[0] in order[: order.index(part)]]
        model = fit([feats[i] for i in train], labels[train])
        best |= _per_answer(rows, feats, [i for i, r in enumerate(rows) if r[0] == part], model)
    rules = _as_released(reader, backtest) if "--beside-releases" in sys.argv else None
    _report(f"backtest, rounds 4-{len(backtest) + 3}", reader.fault, best, rules)
    if "--cv-only" in sys.argv or reader.out is None:
        return
    weights, bias = fit(feats, labels)
    kept = {f: round(w, 4) for f, w in sorted(weights.items()) if abs(w) >= 1e-4}
    reader.out.write_text(
        json.dumps({"groups": list(GROUPS), "bias": round(bias, 4), "weights": kept})
    )
    print(f"wrote {reader.out.relative_to(ROOT)}: {len(kept)} weights; read at {stance.BLAME_READ}")


if __name__ == "__main__":
    main()
