"""Dive-deep follow-up questions built from the answer's own words and its gaps.

The guide: "be ready to dive deep on design, metrics, and trade-offs". An interviewer asks about
what is missing (no metric, no alternative, "we" for everything) and probes what is there (the
baseline of a stated metric), so each question quotes a phrase the speaker said.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cues import SUBJECTS_I, SUBJECTS_WE, tokens
from .quantities import is_before_after

MAX_QUESTIONS = 3  # "one to three follow-up questions"
WE_HEAVY_SHARE = 0.5  # below this share of "I", an interviewer asks what your own part was
PHRASE_WORDS = 12  # at most this many words of the speaker's phrase are quoted
# Where a quoted phrase stops: a clause boundary.
PHRASE_END = re.compile(r"[,;:.!?]|\s(?:and|but|so|because|which|while|until|then)\s", re.I)
# Words a quoted phrase should not start with: the subject is in the question already.
SECOND_PERSON = {"my": "your", "me": "you", "i": "you", "myself": "yourself", "mine": "yours"}
LEADING = frozenset({"so", "and", "then", "also", "um", "uh", "first", "i", "we", "just", "like"})


@dataclass
class FollowUp:
    """One question and the gap or claim it probes."""

    kind: str  # "measure", "ownership", "alternatives", "baseline"
    question: str
    quote: str  # the speaker's words the question is built on


def _clause(text: str, start: int) -> str:
    """The speaker's words from `start` to the end of the clause, at most PHRASE_WORDS words."""
    rest = text[start:]
    cut = PHRASE_END.search(rest)
    words = (rest[: cut.start()] if cut else rest).split()
    while words and words[0].lower().strip(",") in LEADING:
        words = words[1:]
    # Asked back to the speaker: "my team" is "your team" in the interviewer's mouth.
    words = [SECOND_PERSON.get(w.lower(), w) for w in words[:PHRASE_WORDS]]
    return " ".join(words).strip(" ,.;:")


def _after_subject(text: str, subjects: frozenset[str]) -> str:
    """The verb phrase after the first of the subjects ("I added a rate limiter" -> "added a ...")."""
    for match in re.finditer(r"\b[\w']+\b", text):
        if match.group(0).lower() in subjects:
            phrase = _clause(text, match.end())
            if len(phrase.split()) >= 2:
                return phrase
    return ""


def _we_share(texts: list[str]) -> float | None:
    """Share of "I" among I/we subjects over the answer; None without either."""
    toks = [t for text in texts for t in tokens(text)]
    i = sum(t in SUBJECTS_I for t in toks)
    we = sum(t in SUBJECTS_WE for t in toks)
    return i / (i + we) if i + we else None


def _action_phrase(texts: list[str], labels: list[str]) -> str:
    """The speaker's main action in their words: the first Action sentence's verb phrase."""
    for text, label in zip(texts, labels, strict=False):
        if label == "action":
            phrase = _after_subject(text, SUBJECTS_I) or _after_subject(text, SUBJECTS_WE)
            if phrase:
                return phrase
    return ""


def _decision_phrase(texts: list[str], labels: list[str]) -> str:
    """What the speaker decided, in their words: after "decided to", "chose", or the main action."""
    for text in texts:
        match = re.search(r"\b(?:decided|chose|opted|went\s+with|proposed|picked)\b", text, re.I)
        if match:
            phrase = _clause(text, match.start())
            if len(phrase.split()) >= 2:
                return phrase
    return _action_phrase(texts, labels)


def follow_ups(
    texts: list[str],
    labels: list[str],
    result_metrics: list[str],
    has_alternatives: bool,
) -> list[FollowUp]:
    """One to three follow-ups, the gaps first (the order of the guide's pitfalls), then probes."""
    out: list[FollowUp] = []
    action = _action_phrase(texts, labels)
    if not result_metrics and action:
        out.append(
            FollowUp("measure", f"How did you measure the impact after you {action}?", action)
        )
    share = _we_share(texts)
    if share is not None and share < WE_HEAVY_SHARE:
        we = next((p for t in texts if (p := _after_subject(t, SUBJECTS_WE))), "")
        if we:
            out.append(FollowUp("ownership", f"What was your part in “we {we}”?", we))
    decision = _decision_phrase(texts, labels)
    if not has_alternatives and decision:
        question = f"What else did you consider before you {decision}, and why not that?"
        out.append(FollowUp("alternatives", question, decision))
    if result_metrics:
        # A before → after states its baseline already: ask how the change was measured instead.
        single = [m for m in result_metrics if not is_before_after(m)]
        if single:
            question = f"What was the baseline for {single[0]}?"
        else:
            question = f"How did you measure the change {result_metrics[0]}?"
        out.append(FollowUp("baseline", question, (single or result_metrics)[0]))
    return out[:MAX_QUESTIONS]
