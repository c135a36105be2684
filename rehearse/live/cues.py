"""What the live panel tells the speaker while they talk: fillers so far, pace against its band,
the STAR part they seem to be in, and when to wrap up.

The same analysis as the report (analysis/fillers.py, analysis/star.py) run on the words
transcribed so far; it reruns only when new words arrive, so the panel's redraws cost nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..analysis.coach import above_middle
from ..analysis.fillers import find_fillers
from ..analysis.star import label_sentences, split_spoken

WRAP_UP_S = 105.0  # 1:45: time to land the result and the learning (the guide: 1-2 minutes)
OVER_S = 120.0  # past 2:00 the answer is over the guide's length
PACE_MIN_S = 5.0  # the pace is shown once the words span this long


@dataclass
class Cues:
    """The live cues at one moment."""

    words: int = 0
    fillers: int = 0
    last_filler: str | None = None
    wpm: float | None = None
    pace_status: str | None = None  # "pass" | "warn" | "fail" against the guide's pace band
    pace_note: str | None = None  # "fast" or "slow" when outside the band
    part: str | None = None  # the STAR label of the sentence being spoken
    wrap_up: str | None = None  # what to do now that time runs short


class CueReader:
    """Reads the cues from the words so far; the analysis reruns only on new words."""

    def __init__(self, guide=None):
        self.pace = guide.targets.get("pace_wpm") if guide is not None else None
        self._count = -1
        self._cached = Cues()

    def read(self, words: list, answer_s: float) -> Cues:
        """The cues for these words, answer_s seconds into the answer."""
        if len(words) != self._count:
            self._count = len(words)
            self._cached = self._analyse(words)
        cues = Cues(**vars(self._cached))
        cues.wrap_up = wrap_up(answer_s)
        return cues

    def _analyse(self, words: list) -> Cues:
        """Fillers, pace and STAR part of the words so far."""
        cues = Cues(words=len(words))
        if not words:
            return cues
        fillers = find_fillers(words)
        cues.fillers = len(fillers)
        cues.last_filler = fillers[-1].text if fillers else None
        span = words[-1].end - words[0].start
        if span >= PACE_MIN_S:
            spoken = len(words) - sum(f.length for f in fillers)
            cues.wpm = spoken / span * 60
            if self.pace is not None:
                cues.pace_status = self.pace.status(cues.wpm)
                if cues.pace_status != "pass":
                    cues.pace_note = "fast" if above_middle(self.pace, cues.wpm) else "slow"
        sentences = split_spoken(words)
        if sentences:
            cues.part = label_sentences([s.text for s in sentences])[-1]
        return cues


def wrap_up(answer_s: float) -> str | None:
    """The time cue: wrap up from 1:45, finish past 2:00."""
    if answer_s >= OVER_S:
        return "past 2:00: finish with one sentence"
    if answer_s >= WRAP_UP_S:
        return "1:45: wrap up with the result and what you learned"
    return None
