"""Delivery beyond the words: pitch variety, loudness and trailing off, pace over time, repeated
sentence starters, crutch phrases and hedges.

Pure functions of the words (each with the pitch and level the transcriber measured), the
sentences and the pace series. The guide says nothing about delivery, so none of this is graded
as a check: each measure is reported with a note when it stands out, and the README defines every
one and says where its threshold comes from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from ..transcript import Word, clock
from .sentences import Sentence

# Word pitches farther than this from the answer's median pitch are tracking errors (an octave
# jump is 12 semitones), not intonation.
OCTAVE_ERROR_ST = 9.0
RANGE_PERCENTILES = (10, 90)  # the pitch and level ranges: the middle 80% of words
# A pitch range (10th-90th percentile of words) under 4 semitones, a major third, is called flat.
# Convention, not a study: lively conversational speech moves over most of an octave (12 st).
MONOTONE_RANGE_ST = 4.0
MIN_PITCHED_WORDS = 20  # fewer measured words say too little about variety
# A sentence trails off when its last word is this much quieter than the sentence's median word:
# 6 dB is half the amplitude, a drop any listener hears.
TRAIL_DB = 6.0
TRAIL_SHARE = 1 / 3  # ... noted when a third of the sentences (at least TRAIL_MIN) do
TRAIL_MIN = 3
MIN_SENTENCE_WORDS = 4  # shorter sentences have no "end" to trail off
REPEAT_MIN = 3  # a starter or a phrase used this often is noted
PACE_SPAN_POINTS = 2  # pace points (every 5 s) in a row outside the band make a span
# Openers that lead into the real start ("And then I ...", "So we ..."): the same one opening
# sentence after sentence is a habit. ("I" opening them is what the guide asks for.)
LEAD_INS = frozenset({"and", "so", "then", "but", "also", "now", "well", "okay", "basically"})
LEAD_PAIRS = frozenset({"and then", "and so", "so then", "and also", "so basically"})
# Hedges soften a claim the speaker should own; crutch phrases fill time. From speaking-coach
# advice (the list Speaker Coach and Yoodli name), not from any answer in the tests.
HEDGES = ("i think", "i guess", "i feel like", "i believe", "maybe", "probably", "perhaps",
          "just", "a little bit", "somewhat", "more or less")  # fmt: skip
CRUTCHES = ("and then", "to be honest", "at the end of the day", "obviously", "pretty much",
            "you see", "needless to say")  # fmt: skip


@dataclass
class Span:
    """A stretch of the answer whose pace stays outside the band."""

    start: float
    end: float
    kind: str  # "fast" or "slow"
    wpm: float  # the fastest (or slowest) pace in it


@dataclass
class Delivery:
    """How the answer was said, beyond what was said."""

    pitch_range_st: float | None = None
    pitch_sd_st: float | None = None
    level_range_db: float | None = None
    sentence_pitch: list[float | None] = field(default_factory=list)  # median per sentence
    sentence_level: list[float | None] = field(default_factory=list)
    trailing: list[int] = field(default_factory=list)  # sentences whose end trails off
    pace_spans: list[Span] = field(default_factory=list)
    starters: list[tuple[str, int]] = field(default_factory=list)
    crutches: list[tuple[str, int]] = field(default_factory=list)
    hedges: list[tuple[str, int]] = field(default_factory=list)

    @property
    def monotone(self) -> bool:
        """Whether the pitch range is narrow enough to sound flat."""
        return self.pitch_range_st is not None and self.pitch_range_st < MONOTONE_RANGE_ST

    def facts(self) -> list[str]:
        """The measures, one phrase each, for the report's Delivery line (none without audio)."""
        out = []
        if self.pitch_range_st is not None:
            out.append(f"pitch range {self.pitch_range_st:.1f} semitones")
        if self.level_range_db is not None:
            out.append(f"loudness range {self.level_range_db:.0f} dB")
        counted = sum(level is not None for level in self.sentence_level)
        if counted:
            out.append(f"{len(self.trailing)} of {counted} sentences trail off")
        return out

    def notes(self) -> list[str]:
        """What stands out, one line each, for the report."""
        out = []
        if self.monotone:
            out.append(
                f"Pitch moves over {self.pitch_range_st:.1f} semitones: a flat delivery. Lift "
                "your voice on the numbers and the decisions."
            )
        counted = [i for i in range(len(self.sentence_level)) if self.sentence_level[i] is not None]
        if len(self.trailing) >= max(TRAIL_MIN, TRAIL_SHARE * len(counted)):
            out.append(
                f"{len(self.trailing)} of {len(counted)} sentences trail off (the last word "
                f"{TRAIL_DB:g} dB quieter): keep your voice up to the full stop."
            )
        for span in self.pace_spans:
            extreme = "down to" if span.kind == "slow" else "up to"
            out.append(
                f"Too {span.kind} from {clock(span.start)} to {clock(span.end)} "
                f"({extreme} {span.wpm:.0f} wpm)."
            )
        for phrase, n in self.starters:
            out.append(f"{n} sentences start with “{phrase}”: vary how you open them.")
        for phrase, n in self.crutches + self.hedges:
            if n >= REPEAT_MIN:
                out.append(f"“{phrase}” {n} times.")
        return out


def analyze(
    words: list[Word],
    sentences: list[Sentence],
    skip: set[int],
    pace: list[tuple[float, float]],
    band: tuple[float | None, float | None],
) -> Delivery:
    """Every delivery measure of one answer; `skip` holds filler word indices."""
    d = Delivery()
    pitched = [w.pitch_st for i, w in enumerate(words) if i not in skip and w.pitch_st is not None]
    if len(pitched) >= MIN_PITCHED_WORDS:
        values = np.array(pitched)
        values = values[np.abs(values - np.median(values)) <= OCTAVE_ERROR_ST]
        low, high = np.percentile(values, RANGE_PERCENTILES)
        d.pitch_range_st = round(float(high - low), 1)
        d.pitch_sd_st = round(float(np.std(values)), 2)
    levels = [w.level_db for i, w in enumerate(words) if i not in skip and w.level_db is not None]
    if levels:
        low, high = np.percentile(levels, RANGE_PERCENTILES)
        d.level_range_db = round(float(high - low), 1)
    for index, s in enumerate(sentences):
        own = [i for i in range(s.first, s.last) if i not in skip]
        p = [words[i].pitch_st for i in own if words[i].pitch_st is not None]
        lv = [words[i].level_db for i in own if words[i].level_db is not None]
        d.sentence_pitch.append(round(float(np.median(p)), 1) if p else None)
        d.sentence_level.append(round(float(np.median(lv)), 1) if lv else None)
        last = words[own[-1]].level_db if own else None
        trails = last is not None and last <= float(np.median(lv)) - TRAIL_DB if lv else False
        if len(own) >= MIN_SENTENCE_WORDS and trails:
            d.trailing.append(index)
    d.pace_spans = pace_spans(pace, band)
    d.starters = starters(words, sentences, skip)
    text = " ".join(w.text for i, w in enumerate(words) if i not in skip)
    d.crutches = phrases(text, CRUTCHES)
    d.hedges = phrases(text, HEDGES)
    return d


def pace_spans(pace: list[tuple[float, float]], band: tuple[float | None, float | None]):
    """Runs of pace points outside the band, as spans from the first to the last point."""
    low, high = band
    spans: list[Span] = []
    run: list[tuple[float, float]] = []
    kind = None

    def close():
        if len(run) >= PACE_SPAN_POINTS:
            worst = max(w for _, w in run) if kind == "fast" else min(w for _, w in run)
            spans.append(Span(run[0][0], run[-1][0], kind, round(worst, 1)))

    for t, wpm in pace:
        now = (
            "fast"
            if high is not None and wpm > high
            else "slow"
            if low is not None and wpm < low
            else None
        )
        if now != kind:
            close()
            run, kind = [], now
        if now is not None:
            run.append((t, wpm))
    close()
    return spans


def _bare(text: str) -> str:
    return re.sub(r"[^\w']", "", text.lower())


def starters(words: list[Word], sentences: list[Sentence], skip: set[int]):
    """Sentence openings used REPEAT_MIN times or more, most used first."""
    counts: dict[str, int] = {}
    for s in sentences:
        own = [_bare(words[i].text) for i in range(s.first, s.last) if i not in skip]
        own = [w for w in own if w]
        if len(own) < 2:
            continue
        pair = " ".join(own[:2])
        opener = pair if pair in LEAD_PAIRS else own[0] if own[0] in LEAD_INS else None
        if opener:
            counts[opener] = counts.get(opener, 0) + 1
    found = [(k, n) for k, n in counts.items() if n >= REPEAT_MIN]
    return sorted(found, key=lambda kn: -kn[1])


def phrases(text: str, names: tuple[str, ...]) -> list[tuple[str, int]]:
    """How often each phrase is said (whole words, case ignored), most used first."""
    low = text.lower()
    found = []
    for name in names:
        n = len(re.findall(rf"(?<![\w']){re.escape(name)}(?![\w'])", low))
        if n:
            found.append((name, n))
    return sorted(found, key=lambda kn: -kn[1])
