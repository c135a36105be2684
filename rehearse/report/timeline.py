"""An answer as a timeline: a Report's words and sentences in time, and the pauses between them.

Replay (terminal, with or without audio) and the HTML page both walk the answer this way, so they
agree on which word is playing, where a part starts and where the next filler is. Which words a
sentence holds comes from the Report (each Sentence's [first, last)), never from re-counting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..analysis import Report
from ..analysis.star import LABELS, Sentence
from ..analysis.timing import LONG_PAUSE_S
from ..errors import RehearseError
from ..transcript import Word, clock

__all__ = ["LABELS", "Pause", "Timeline", "build", "clock", "parse_clock"]

CLOCK = re.compile(r"(?:(\d+):)?(\d+(?:\.\d+)?)")  # "1:05", "65", "65.5"
EPSILON_S = 1e-6  # stored times are rounded: a word starting "at" t has started by t
SKIP_S = 0.05  # "next" filler or part means after this much past t, not the one playing now


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
        return self.duration >= LONG_PAUSE_S - EPSILON_S


@dataclass
class Timeline:
    """A Report's words, sentences and pauses, in order; `owner[i]` is word i's sentence."""

    report: Report
    owner: list[int | None]
    pauses: list[Pause] = field(default_factory=list)

    @property
    def words(self) -> list[Word]:
        return self.report.transcript.words

    @property
    def sentences(self) -> list[Sentence]:
        return self.report.sentences

    @property
    def duration(self) -> float | None:
        """Length of the audio, seconds."""
        return self.report.transcript.duration_s

    @property
    def timed(self) -> bool:
        return bool(self.words) and self.words[0].start is not None

    def is_filler(self, index: int) -> bool:
        """Whether word `index` is (part of) a filler."""
        return index in self.report.filler_indices

    def word_at(self, t: float) -> int | None:
        """Index of the word being said at time t (the last one started), None before the first."""
        current = None
        for index, word in enumerate(self.words):
            if word.start is None or word.start > t + EPSILON_S:
                break
            current = index
        return current

    def sentence_index_at(self, t: float) -> int | None:
        """Index of the sentence being said at time t (or the last one started)."""
        index = self.word_at(t)
        return None if index is None else self.owner[index]

    def sentence_at(self, t: float) -> Sentence | None:
        """The sentence being said at time t (or the last one started)."""
        index = self.sentence_index_at(t)
        return None if index is None else self.sentences[index]

    def next_filler(self, t: float) -> float | None:
        """Start of the first filler after time t."""
        return next(
            (
                w.start
                for i, w in enumerate(self.words)
                if self.is_filler(i) and w.start is not None and w.start > t + SKIP_S
            ),
            None,
        )

    def next_part(self, t: float) -> float | None:
        """Start of the next run of sentences with a different STAR label than the one at t."""
        current = self.sentence_at(t)
        for s in self.sentences:
            if s.start is None or s.start <= t + SKIP_S:
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


def build(report: Report) -> Timeline:
    """The timeline of a Report (as analysed, or read back with report.from_dict)."""
    words = report.transcript.words
    owner: list[int | None] = [None] * len(words)
    for index, s in enumerate(report.sentences):
        for i in range(s.first, s.last):
            owner[i] = index
    pauses = []
    for p in report.timing.pauses if report.timing is not None else []:
        before = next(
            # The first word that starts after the silence began: a filler inside the silence
            # ("... production. [2.2 s] um, what I took away") comes after the mark.
            (i for i, w in enumerate(words) if w.start is not None and w.start >= p.start),
            len(words),
        )
        pauses.append(Pause(p.start, p.end, before))
    return Timeline(report, owner, pauses)


def parse_clock(text: str) -> float:
    """A time given as M:SS, M:SS.s or plain seconds, in seconds."""
    match = CLOCK.fullmatch(text.strip())
    if not match:
        raise RehearseError(f"cannot read the time '{text}': give it as M:SS (e.g. 1:05)")
    minutes, seconds = match.groups()
    if minutes is not None and float(seconds) >= 60:
        raise RehearseError(f"cannot read the time '{text}': seconds go up to 59 (e.g. 1:05)")
    return int(minutes or 0) * 60 + float(seconds)
