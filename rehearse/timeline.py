"""An answer as a timeline: words with their STAR part, sentences, and pauses, from a JSON report.

Replay (terminal, with or without audio) and the HTML page both walk the answer this way, so they
agree on which word is playing, where a part starts and where the next filler is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .analysis.star import LABELS
from .analysis.timing import LONG_PAUSE_S
from .errors import RehearseError
from .transcript import clock

__all__ = ["LABELS", "Timeline", "build", "clock", "parse_clock"]

CLOCK = re.compile(r"(?:(\d+):)?(\d+(?:\.\d+)?)")  # "1:05", "65", "65.5"


@dataclass
class Word:
    """One word of the answer; times are None for a written draft."""

    index: int
    text: str
    start: float | None
    end: float | None
    filler: bool
    sentence: int
    label: str


@dataclass
class Sentence:
    """A sentence: its words [first, last), its times and its STAR label."""

    index: int
    text: str
    label: str
    first: int
    last: int
    start: float | None
    end: float | None


@dataclass
class Pause:
    """A silence inside the answer; `before` is the index of the word that follows it."""

    start: float
    end: float
    before: int

    @property
    def duration(self) -> float:
        return self.end - self.start

    @property
    def long(self) -> bool:
        return self.duration >= LONG_PAUSE_S - 1e-6


@dataclass
class Timeline:
    """The answer's words, sentences and pauses, in order."""

    words: list[Word]
    sentences: list[Sentence]
    pauses: list[Pause] = field(default_factory=list)
    duration: float | None = None  # length of the audio, seconds

    @property
    def timed(self) -> bool:
        return bool(self.words) and self.words[0].start is not None

    def word_at(self, t: float) -> int | None:
        """Index of the word being said at time t (the last one started), None before the first."""
        current = None
        for word in self.words:
            if word.start is None or word.start > t + 1e-6:
                break
            current = word.index
        return current

    def sentence_at(self, t: float) -> Sentence | None:
        """The sentence being said at time t (or the last one started)."""
        index = self.word_at(t)
        return None if index is None else self.sentences[self.words[index].sentence]

    def next_filler(self, t: float) -> float | None:
        """Start of the first filler after time t."""
        return next(
            (
                w.start
                for w in self.words
                if w.filler and w.start is not None and w.start > t + 0.05
            ),
            None,
        )

    def next_part(self, t: float) -> float | None:
        """Start of the next run of sentences with a different STAR label than the one at t."""
        current = self.sentence_at(t)
        for s in self.sentences:
            if s.start is None or s.start <= t + 0.05:
                continue
            if current is None or s.label != current.label:
                return s.start
        return None

    def part_start(self, label: str) -> Sentence | None:
        """The first sentence with this STAR label."""
        return next((s for s in self.sentences if s.label == label), None)

    def runs(self) -> list[tuple[str, list[Sentence]]]:
        """Consecutive sentences grouped by label: the parts in the order they were said."""
        runs: list[tuple[str, list[Sentence]]] = []
        for s in self.sentences:
            if runs and runs[-1][0] == s.label:
                runs[-1][1].append(s)
            else:
                runs.append((s.label, [s]))
        return runs


def build(report: dict) -> Timeline:
    """The timeline of a report of schema_version 1."""
    raw_words = report["transcript"]["words"]
    raw_sentences = report["star"]["sentences"]
    owner = _sentence_of_each_word(raw_words, raw_sentences)
    sentences: list[Sentence] = []
    for index, s in enumerate(raw_sentences):
        members = [i for i, o in enumerate(owner) if o == index]
        first, last = (members[0], members[-1] + 1) if members else (0, 0)
        sentences.append(
            Sentence(index, s["text"], s["label"], first, last, s.get("start"), s.get("end"))
        )
    words = [
        Word(
            index=i,
            text=w["text"],
            start=w.get("start"),
            end=w.get("end"),
            filler=bool(w.get("filler")),
            sentence=owner[i],
            label=raw_sentences[owner[i]]["label"] if raw_sentences else "situation",
        )
        for i, w in enumerate(raw_words)
    ]
    pauses = []
    for p in report.get("timing", {}).get("pauses", []):
        before = next(
            # The first word that starts after the silence began: a filler inside the silence
            # ("... production. [2.2 s] um, what I took away") comes after the mark.
            (w.index for w in words if w.start is not None and w.start >= p["start"]),
            len(words),
        )
        pauses.append(Pause(p["start"], p["end"], before))
    return Timeline(words, sentences, pauses, report.get("source", {}).get("duration_s"))


def _sentence_of_each_word(words: list[dict], sentences: list[dict]) -> list[int]:
    """Which sentence each word belongs to. A sentence's text is its words joined by spaces, so
    counting tokens assigns them; times are the fallback should the counts ever disagree."""
    if not sentences:
        return [0] * len(words)
    counts = [len(s["text"].split()) for s in sentences]
    if sum(counts) == len(words):
        return [i for i, n in enumerate(counts) for _ in range(n)]
    owner = []
    for w in words:
        start = w.get("start") or 0.0
        index = 0
        for i, s in enumerate(sentences):
            if s.get("start") is not None and s["start"] <= start + 1e-6:
                index = i
        owner.append(index)
    return owner


def parse_clock(text: str) -> float:
    """A time given as M:SS, M:SS.s or plain seconds, in seconds."""
    match = CLOCK.fullmatch(text.strip())
    if not match:
        raise RehearseError(f"cannot read the time '{text}': give it as M:SS (e.g. 1:05)")
    minutes, seconds = match.groups()
    if minutes is not None and float(seconds) >= 60:
        raise RehearseError(f"cannot read the time '{text}': seconds go up to 59 (e.g. 1:05)")
    return int(minutes or 0) * 60 + float(seconds)
