"""Split a transcript's words into sentences: on end punctuation, and long unpunctuated runs of
speech at the words that open a new clause."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..transcript import Word
from .cues import is_past, tokens

# Sentence splitting.
SENTENCE_END = (".", "?", "!")
ABBREVIATIONS = frozenset({"e.g.", "i.e.", "vs.", "etc.", "mr.", "mrs.", "ms.", "dr.", "approx."})
# A sentence longer than this is split at clause openers: speech the transcriber ran together.
# 50 words: the longest sentence written in the coaching corpus's development part (736 answers,
# 99.9% of sentences at most 45). At 30, a long punctuated sentence was cut in two and its halves
# labelled apart: STAR word accuracy on dev 0.972 -> 0.983 (45: 0.983, 60: 0.983).
LONG_RUN_WORDS = 50
# A run with no punctuation inside it at all is cut from this length: nobody punctuated it.
UNPUNCTUATED_RUN_WORDS = 30
INNER_PUNCTUATION = (",", ";", ":", "\u2014")
MIN_PIECE_WORDS = 6  # never cut a run into a piece shorter than this
# Words that open a new clause in run-on speech ("... and then I ...", "... so we ...").
CLAUSE_OPENERS = frozenset({"so", "but", "then", "eventually", "finally", "afterwards"})
CLAUSE_SUBJECTS = frozenset({"i", "we", "they", "my", "our"})
# A subject right after these is inside a clause ("the cache that we had"), not opening one.
SUBORDINATORS = frozenset(
    {
        "that", "because", "cause", "when", "where", "if", "so", "and", "as", "while", "until",
        "before", "after", "which", "who", "what", "how", "why", "then", "since", "but", "or",
        "once", "whether", "than",
    }
)  # fmt: skip
SUBJECT_FOLLOWERS = frozenset({"was", "had", "also", "then", "need", "needed", "wanted", "learned"})
CLAUSE_PHRASES = (
    "as a result", "in the end", "since then", "next time", "these days", "going forward",
    "in hindsight", "looking back", "my goal", "my job", "the lesson", "after that",
)  # fmt: skip


@dataclass
class Sentence:
    """A sentence of the answer: its words [first, last), its time span and its STAR label."""

    text: str
    first: int
    last: int
    start: float | None
    end: float | None
    label: str = ""


def ends_sentence(text: str) -> bool:
    """Whether a word closes a sentence: ends in . ? or ! and is not an abbreviation or '...'."""
    text = text.rstrip("\"')]\u201d\u2019")
    if not text.endswith(SENTENCE_END) or text.endswith(("...", "\u2026")):
        return False
    return text.lower() not in ABBREVIATIONS and not re.fullmatch(r"(?:[A-Za-z]\.){2,}", text)


def _is_clause_start(toks: list[str], k: int) -> bool:
    """Whether toks[k] likely opens a new clause in unpunctuated speech."""
    tok, nxt, prev = toks[k], toks[k + 1], toks[k - 1]
    if tok in CLAUSE_OPENERS:
        # "so it could roll back" states a purpose, it does not start a new step.
        purpose = k + 2 < len(toks) and toks[k + 2] in {"could", "would", "can", "will"}
        return nxt not in {"that", "much", "many", "far"} and not purpose
    if tok == "and":
        return nxt in CLAUSE_SUBJECTS or nxt == "then"
    if tok in {"i", "we"} and prev not in SUBORDINATORS:
        # "... our service kept timing out | we had ..." : a subject with its verb.
        return is_past(nxt) or nxt in SUBJECT_FOLLOWERS
    return " ".join(toks[k : k + 3]).startswith(CLAUSE_PHRASES)


def _cut_points(words: list[Word], first: int, last: int) -> list[int]:
    """Where to split a long unpunctuated run: before clause openers, keeping pieces long enough."""
    toks = [(tokens(w.text) or [""])[0] for w in words[first:last]]
    cuts = []
    prev_cut = first
    for k in range(1, len(toks) - 1):
        i = first + k
        roomy = i - prev_cut >= MIN_PIECE_WORDS and last - i >= MIN_PIECE_WORDS // 2
        if roomy and _is_clause_start(toks, k):
            cuts.append(i)
            prev_cut = i
    return cuts


def make_sentence(words: list[Word], first: int, last: int) -> Sentence:
    """Build the Sentence covering words[first:last]."""
    text = " ".join(w.text for w in words[first:last])
    return Sentence(text, first, last, words[first].start, words[last - 1].end)


def _longest(inner: list[Word]) -> int:
    """How long a run may be before it is cut: a punctuated sentence is kept whole longer."""
    punctuated = any(w.text.endswith(INNER_PUNCTUATION) for w in inner)
    return LONG_RUN_WORDS if punctuated else UNPUNCTUATED_RUN_WORDS


def split_sentences(words: list[Word]) -> list[Sentence]:
    """Split on . ? ! ending a word; runs over LONG_RUN_WORDS (UNPUNCTUATED_RUN_WORDS with no
    comma or other mark inside) split at clause openers.

    Decimals ("2.3%") never split because the dot is inside the word; "e.g." and initialisms
    do not split; a trailing "..." is a trailing-off, not an end.
    """
    bounds = []
    first = 0
    for i, word in enumerate(words):
        if ends_sentence(word.text) or i == len(words) - 1:
            bounds.append((first, i + 1))
            first = i + 1
    sentences = []
    for first, last in bounds:
        edges = [first]
        if last - first > _longest(words[first : last - 1]):
            edges += _cut_points(words, first, last)
        edges.append(last)
        sentences += [make_sentence(words, a, b) for a, b in zip(edges, edges[1:], strict=False)]
    return sentences
