"""Label each sentence of an answer as one STAR part, in the order STAR allows.

Each sentence is scored per label from what it says: the named features of features.py (who
acts, tense and mood, cue families, impact numbers, its words and word pairs) weighted by a small
linear model fitted on the development part of the coaching corpus (bench/train_star.py writes
star_model.json). A dynamic programme then picks the best labelling: for a prompt, under the
order answers to that prompt follow (each label's log-probability after the one before, learned
from the corpus: `sequenced`); with no prompt, the best labelling whose labels never go backwards
(S -> T -> A -> R -> L, parts may be skipped), each label's score held at or above the model's
floor (`ordered`). Position only breaks ties: its whole weight is below the smallest feature
weight that separates two labels. `explain` lists the features behind each label, so every label
can be explained.
"""

from __future__ import annotations

import functools
import json
import math
from pathlib import Path

from ..transcript import Region, Word
from .features import answer_features, features
from .sentences import (  # noqa: F401 - ends_sentence re-exported
    MIN_PIECE_WORDS,
    Sentence,
    ends_sentence,
    make_sentence,
    split_sentences,
)
from .timing import bridge

LABELS = ("situation", "task", "action", "result", "learning")
MODEL_PATH = Path(__file__).resolve().parent / "star_model.json"
# Where in the answer (0 = start, 1 = end) each part usually sits: a tie-break only.
POSITION_CENTER = {"situation": 0.0, "task": 0.2, "action": 0.5, "result": 0.8, "learning": 1.0}
TIE_BREAK = 0.01  # the most position can add to a label's score (log-probability units)
# A decoder's comma may stand where the speaker ended a sentence ("... the next release, within
# two weeks, the crash rate dropped ..."), and which it writes changes with the CPU's kernels. A
# spoken sentence over SPLICE_WORDS words is cut at the comma whose two sides read as different
# parts, each by SPLICE_MARGIN (log-probability) or more. Fitted on the coaching corpus's dev
# part with 30% of its full stops made commas (next word lower-cased): STAR word accuracy 0.909
# -> 0.958, and 0.995 -> 0.990 with every stop kept (25-40 words and margins 1-3 tried; 35 and 2
# were best on the mean of the two).
SPLICE_WORDS = 35
SPLICE_MARGIN = 2.0


@functools.cache
def _data() -> dict:
    """star_model.json: the feature groups and the weights."""
    return json.loads(MODEL_PATH.read_text(encoding="utf-8"))


def _model() -> dict[str, dict[str, float]]:
    """The weights, per label per feature."""
    return _data()["weights"]


def _groups() -> tuple[str, ...]:
    """The feature groups the model was fitted with."""
    return tuple(_data()["groups"])


def _scores(feats: set[str], weights: dict | None = None) -> dict[str, float]:
    """Log-probability of each label for one sentence's features (under the shipped weights, or
    these)."""
    weights = weights or _model()
    raw = {label: sum(weights[label].get(f, 0.0) for f in feats) for label in LABELS}
    top = max(raw.values())
    norm = top + math.log(sum(math.exp(v - top) for v in raw.values()))
    return {label: raw[label] - norm for label in LABELS}


def score_sentences(texts: list[str]) -> list[dict[str, float]]:
    """Log-probability of each label for every sentence of an answer, from its own words (never
    from its place)."""
    return [_scores(feats) for feats in answer_features(texts, _groups())]


def score_sentence(text: str) -> dict[str, float]:
    """Log-probability of each label for one sentence standing alone."""
    return score_sentences([text])[0]


def split_spoken(words: list[Word]) -> list[Sentence]:
    """The sentences of a transcript: split_sentences, and a long one cut where the decoder
    wrote a comma for a full stop (`_splice`)."""
    out: list[Sentence] = []
    for sentence in split_sentences(words):
        out += _unspliced(words, sentence.first, sentence.last)
    return out


def _unspliced(words: list[Word], first: int, last: int) -> list[Sentence]:
    """words[first:last] as one sentence, or as several when commas in it join parts."""
    cut = _splice(words, first, last) if last - first > SPLICE_WORDS else None
    if cut is None:
        return [make_sentence(words, first, last)]
    return _unspliced(words, first, cut) + _unspliced(words, cut, last)


def _splice(words: list[Word], first: int, last: int) -> int | None:
    """The first word after the comma whose two sides most surely read as different STAR parts
    (by more than SPLICE_MARGIN each), or None."""
    commas = [
        i
        for i in range(first + MIN_PIECE_WORDS, last - MIN_PIECE_WORDS + 1)
        if words[i - 1].text.endswith(",")
    ]
    halves = [
        " ".join(w.text for w in words[a:b]) for i in commas for a, b in ((first, i), (i, last))
    ]
    scores = score_sentences(halves)
    best, cut = SPLICE_MARGIN, None
    for k, i in enumerate(commas):
        left, right = scores[2 * k], scores[2 * k + 1]
        a, b = max(LABELS, key=left.get), max(LABELS, key=right.get)
        margin = min(left[a] - left[b], right[b] - right[a])
        if a != b and margin > best:
            best, cut = margin, i
    return cut


def content_labels(texts: list[str]) -> list[str]:
    """The label each sentence's content scores best, with no order imposed (ties: earlier)."""
    return [
        max(LABELS, key=lambda k: (scores[k], -LABELS.index(k)))
        for scores in score_sentences(texts)
    ]


def explain(text: str, label: str, count: int = 3) -> list[tuple[str, float]]:
    """The sentence's own features that speak most for `label` over the other labels, strongest
    first."""
    weights = _model()
    others = [lab for lab in LABELS if lab != label]
    lift = {
        f: weights[label].get(f, 0.0) - max(weights[o].get(f, 0.0) for o in others)
        for f in features(text, _groups())
        if f != "bias"
    }
    ranked = sorted(lift.items(), key=lambda kv: -kv[1])
    return [(f, round(v, 2)) for f, v in ranked[:count] if v > 0]


def _position_prior(index: int, count: int) -> dict[str, float]:
    """The tie-break each label gets from the sentence's place in the answer (at most TIE_BREAK)."""
    where = (index + 0.5) / count
    return {label: -TIE_BREAK * (where - c) ** 2 for label, c in POSITION_CENTER.items()}


def label_sentences(texts: list[str], prompt: str | None = None) -> list[str]:
    """One STAR label per sentence. For a prompt whose answers the model has an order for, the
    best labelling under the content scores and that order (`sequenced`); otherwise the
    best-scoring labelling that never goes backwards (`ordered`)."""
    contents = score_sentences(texts)
    order = _data().get("order") or {}
    table = order.get("transitions", {}).get(prompt or "")
    if table is None:
        return ordered(contents, _data().get("floor"))
    return sequenced(contents, table, order["weight"])


def sequenced(contents: list[dict[str, float]], table: dict, weight: float) -> list[str]:
    """The best labelling for these content scores plus `weight` times the log-probability of
    each label following the one before in answers to the same prompt (table["start"] for the
    first sentence; table[label] after that label), fitted on the corpus by bench/train_star.py.
    The order is a preference learned from whole stories, not a rule: a failure story goes back
    from the harm to the fix, a why-amazon answer from its example to what the speaker wants.
    Position still only breaks ties."""
    count = len(contents)
    best, back = {}, []
    for i, content in enumerate(contents):
        prior = _position_prior(i, count)
        here = {k: content[k] + prior[k] for k in LABELS}
        if i == 0:
            best = {k: here[k] + weight * table["start"][k] for k in LABELS}
            continue
        step = {k: max(LABELS, key=lambda j: best[j] + weight * table[j][k]) for k in LABELS}
        best = {k: best[step[k]] + weight * table[step[k]][k] + here[k] for k in LABELS}
        back.append(step)
    if not best:
        return []
    path = [max(LABELS, key=lambda k: (best[k], -LABELS.index(k)))]
    for step in reversed(back):
        path.append(step[path[-1]])
    return path[::-1]


def ordered(contents: list[dict[str, float]], floor: float | None) -> list[str]:
    """The best labelling that never goes backwards, for sentences with these content scores.
    No label scores below `floor` (log-probability; None: no floor), so one sentence whose words
    the model is overconfident about cannot drag a run of its neighbours out of their part: the
    floor is chosen with the weights by bench/train_star.py."""
    count = len(contents)
    scores = []
    for i, content in enumerate(contents):
        prior = _position_prior(i, count)
        low = -math.inf if floor is None else floor
        scores.append([max(content[label], low) + prior[label] for label in LABELS])
    return [LABELS[k] for k in monotone_path(scores)]


def monotone_path(scores: list[list[float]]) -> list[int]:
    """The label indices, one per row of scores, that maximise the total score with indices
    never decreasing (S -> T -> A -> R -> L; a part may be skipped, never revisited)."""
    if not scores:
        return []
    width = len(scores[0])
    # best[i][k]: best total for rows 0..i with row i labelled k; back[i][k]: row i-1's label.
    best = [list(scores[0])]
    back: list[list[int]] = [list(range(width))]
    for row_scores in scores[1:]:
        row, ptr = [], []
        for k in range(width):
            j = max(range(k + 1), key=lambda j: (best[-1][j], j))
            row.append(best[-1][j] + row_scores[k])
            ptr.append(j)
        best.append(row)
        back.append(ptr)
    k = max(range(width), key=lambda k: (best[-1][k], -k))
    path = [k]
    for i in range(len(scores) - 1, 0, -1):
        k = back[i][k]
        path.append(k)
    return path[::-1]


def _overlap(start: float, end: float, regions: list[Region]) -> float:
    """Seconds of [start, end] covered by the regions."""
    return sum(max(0.0, min(end, r.end) - max(start, r.start)) for r in regions)


def star_shares(
    sentences: list[Sentence],
    regions: list[Region] | None,
    weights: list[float] | None = None,
) -> dict[str, dict]:
    """How much of the answer each STAR part takes: speech seconds for audio, else word weights.

    Audio: a sentence runs from its first word to the next sentence's first word (its own end
    for the last), counted only where the voice activity detector heard speech (regions bridged
    over breaths, as in timing), so pauses between parts go to nobody. With an empty region
    list the spans count whole. Text (regions None or any sentence untimed): shares follow
    `weights`, one per sentence, default its word count. Unlabelled sentences count for no part.
    """
    timed = regions is not None and all(s.start is not None for s in sentences)
    # Bridged like the timing analysis, so the parts add up to its speaking time.
    speech = bridge(regions) if regions else []
    amounts = dict.fromkeys(LABELS, 0.0)
    for i, sentence in enumerate(sentences):
        if sentence.label not in amounts:
            continue
        if timed:
            nxt = sentences[i + 1].start if i + 1 < len(sentences) else None
            own_end = sentence.end if sentence.end is not None else sentence.start
            end = nxt if nxt is not None else own_end
            heard = speech or [Region(sentence.start, end)]
            amounts[sentence.label] += _overlap(sentence.start, end, heard)
        else:
            weight = weights[i] if weights is not None else sentence.last - sentence.first
            amounts[sentence.label] += weight
    total = sum(amounts.values())
    return {
        label: {
            "seconds": amounts[label] if timed else None,
            "share": amounts[label] / total if total > 0 else 0.0,
        }
        for label in LABELS
    }
