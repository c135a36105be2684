"""Scoring shared by bench/accuracy.py and the end-to-end tests: fillers, words and STAR labels
against truth.

A found filler matches a true one (one to one) of the same kind whose centre is within MATCH_S;
Whisper spells hesitations interchangeably, so um/uh/er/ah/hmm are one class when matching (the
kind reported is the truth's). Word recall is the share of the truth's words found in order
(longest common subsequence), after spelling numbers out as the truth does ("70%" = "seventy
percent") and splitting hyphenated words on both sides ("on-call" = "on call"). A word heard but
spelled a little differently ("phase" for "phased", "lunch" for "launch") still counts as found
(similarity >= SAME_WORD): the figure is there to catch speech that was lost, not tiny.en's
spelling; a dropped sentence costs 5-15% of an answer's words. A truth sentence is labelled
right when the found sentence at its middle (or the nearest after it) has its label.
"""

from __future__ import annotations

import difflib
import re

MATCH_S = 1.5  # Whisper's word times for fillers are loose, up to about a second off in context
HESITATIONS = {"um", "uh", "er", "ah", "hmm"}
SAME_WORD = 0.75  # difflib similarity at which two spellings are the same heard word
KINDS = ("um", "uh", "like", "you know")
POSITIONS = ("start", "mid", "before_pause")

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def number_words(n: int) -> list[str]:
    """An integer below a million spelled out as the fixtures' truth spells it."""
    if n < 20:
        return [_ONES[n]]
    if n < 100:
        return [_TENS[n // 10] + ("-" + _ONES[n % 10] if n % 10 else "")]
    if n < 1000:
        rest = number_words(n % 100) if n % 100 else []
        return [_ONES[n // 100], "hundred", *rest]
    rest = number_words(n % 1000) if n % 1000 else []
    return [*number_words(n // 1000), "thousand", *rest]


def spoken(text: str) -> list[str]:
    """A word as the tokens the truth would have: lower case, numbers spelled, hyphens split."""
    text = text.lower().replace("\u2019", "'")
    out: list[str] = []
    for part in re.findall(r"[\w'.%]+", text.replace("-", " ")):
        part = part.strip(".'")
        percent = part.endswith("%")
        part = part.rstrip("%")
        m = re.fullmatch(r"(\d+)(?:\.(\d+))?", part)
        if m:
            out += number_words(int(m.group(1)))
            if m.group(2):
                out += ["point", *(_ONES[int(d)] for d in m.group(2))]
        elif part:
            out.append(part)
        if percent:
            out.append("percent")
    return [w for t in out for w in t.split("-")]


def word_recall(truth_words: list[str], found: list[str]) -> float:
    """Share of the truth's words found in order (LCS over normalised tokens)."""
    a = [w for t in truth_words for w in spoken(t)]
    b = [w for t in found for w in spoken(t)]
    if not a:
        return 1.0
    row = [0] * (len(b) + 1)
    for x in a:
        prev = 0
        for j, y in enumerate(b):
            cur = row[j + 1]
            row[j + 1] = prev + 1 if _alike(x, y) else max(row[j + 1], row[j])
            prev = cur
    return row[-1] / len(a)


def _alike(a: str, b: str) -> bool:
    """The same heard word, spelled alike."""
    return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= SAME_WORD


def truth_words(truth: dict) -> list[str]:
    """The truth's non-filler words in order (hard fixtures list them; older ones have pieces)."""
    if "word_list" in truth:
        return truth["word_list"]
    return [w for p in truth["pieces"] if not p["filler"] for w in p["text"].split()]


def position(truth: dict, filler: dict) -> list[str]:
    """Where a true filler sits: sentence start or mid-sentence, and before a pause (>= 1 s)."""
    if "position" in filler:
        where = [filler["position"]]
        return where + (["before_pause"] if filler["pause_after"] else [])
    first = any(abs(s["start"] - filler["start"]) < 1e-3 for s in truth["sentences"])
    later = [p["start"] for p in truth["pieces"] if p["start"] > filler["end"]]
    pause = bool(later) and later[0] - filler["end"] >= 1.0
    return ["start" if first else "mid"] + (["before_pause"] if pause else [])


def same_kind(a: str, b: str) -> bool:
    """Whether two filler texts are the same filler (hesitations are one class)."""
    return a == b or {a, b} <= HESITATIONS


def match(found: list[dict], true: list[dict]) -> list[tuple[dict, dict | None]]:
    """Each found filler with the true one it matches (or None), one to one, in found order."""
    used: set[int] = set()
    out = []
    for f in found:
        centre = (f["start"] + f["end"]) / 2
        hit = None
        for k, t in enumerate(true):
            if k in used or not same_kind(t["text"], f["text"]):
                continue
            if abs(centre - (t["start"] + t["end"]) / 2) <= MATCH_S:
                used.add(k)
                hit = t
                break
        out.append((f, hit))
    return out


def sentence_hits(truth: dict, found: list[tuple[float, float, str]]) -> int:
    """How many of the truth's sentences the found (start, end, label) sentence at their middle
    (or the nearest after it) labels as the truth does."""
    hits = 0
    for s in truth["sentences"]:
        mid = (s["start"] + s["end"]) / 2
        near = min(found, key=lambda f: 0 if f[0] <= mid <= f[1] else abs(f[0] - mid))
        hits += near[2] == s["label"]
    return hits


def filler_hits(truth: dict, found: list[tuple[str, float]]) -> int:
    """How many of the truth's fillers a found (text, centre) filler of the same kind is near
    (not one to one: see `match` for that)."""
    return sum(
        any(
            same_kind(text, f["text"]) and abs(centre - (f["start"] + f["end"]) / 2) <= MATCH_S
            for text, centre in found
        )
        for f in truth["fillers"]
    )
