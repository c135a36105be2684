"""Pace and pauses, measured on the voice activity regions rather than on whisper's word gaps."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..transcript import Region, Word

PAUSE_MIN_S = 0.3  # silence shorter than this is part of speaking, not a pause
LONG_PAUSE_S = 2.0  # a pause this long reads as losing the thread
PACE_WINDOW_S = 20.0  # width of the rolling window for the pace curve
PACE_STEP_S = 5.0  # one pace point every this many seconds
SNAP_TOLERANCE_S = 0.2  # whisper word times are off by about this much
# How far out an edge may move to reach a region: 0 measured best (bench/accuracy.py: LibriVox
# speaking-time error 3.5% at 0 vs 8.1% at 0.5 s, where breaths before the first word count).
SNAP_MAX_S = 0.0
EPSILON_S = 1e-6  # so a gap of exactly a threshold is not flipped by float rounding (2.3 - 2.0)


# A written number: $, digits with thousands commas, decimals, then %, x (times) or k/M/B.
_NUMBER = re.compile(r"([$€£])?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(%|[xX]|[kKmMbB])?")


@dataclass
class Timing:
    """How long the answer took, how much of it was speech, and how fast it went."""

    answer_span_s: float = 0.0
    speaking_time_s: float = 0.0
    wpm: float = 0.0
    articulation_wpm: float = 0.0
    pauses: list[Region] = field(default_factory=list)
    long_pauses: int = 0
    pace: list[tuple[float, float]] = field(default_factory=list)


def bridge(regions: list[Region], gap_s: float = PAUSE_MIN_S) -> list[Region]:
    """Merge regions separated by less than gap_s, so breaths inside a phrase are not pauses."""
    merged: list[Region] = []
    for region in sorted(regions, key=lambda r: r.start):
        if merged and region.start - merged[-1].end < gap_s - EPSILON_S:
            merged[-1] = Region(merged[-1].start, max(merged[-1].end, region.end))
        else:
            merged.append(Region(region.start, region.end))
    return merged


def _per_minute(count: int, seconds: float) -> float:
    """A rate per minute, 0 when there is no time to divide by."""
    return count * 60.0 / seconds if seconds > 0 else 0.0


def _answer_span(first: Word, last: Word, regions: list[Region]) -> tuple[float, float]:
    """First word start to last word end, moved to the edges of the speech regions holding them."""
    start, end = first.start, last.end
    touching = [
        r
        for r in regions
        if r.end > first.start - SNAP_TOLERANCE_S and r.start < first.end + SNAP_TOLERANCE_S
    ]
    if touching:
        # The region edge is where the voice starts; whisper's word time is only near it.
        start = min(max(touching[0].start, first.start - SNAP_MAX_S), first.end)
    touching = [
        r
        for r in regions
        if r.start < last.end + SNAP_TOLERANCE_S and r.end > last.start - SNAP_TOLERANCE_S
    ]
    if touching:
        end = max(min(touching[-1].end, last.end + SNAP_MAX_S), last.start)
    return start, max(start, end)


def _gaps(regions: list[Region], start: float, end: float) -> list[Region]:
    """Silences of at least PAUSE_MIN_S inside [start, end] not covered by the regions."""
    gaps = []
    cursor = start
    for r in regions:
        if r.start > cursor and min(r.start, end) - cursor >= PAUSE_MIN_S - EPSILON_S:
            gaps.append(Region(cursor, min(r.start, end)))
        cursor = max(cursor, r.end)
        if cursor >= end:
            break
    if regions and end - cursor >= PAUSE_MIN_S - EPSILON_S:
        gaps.append(Region(cursor, end))
    return gaps


def _pace(times: list[float], start: float, end: float) -> list[tuple[float, float]]:
    """Words per minute in a window centred on every PACE_STEP_S, clipped to the answer."""
    points = []
    t = start
    while t <= end:
        lo, hi = max(start, t - PACE_WINDOW_S / 2), min(end, t + PACE_WINDOW_S / 2)
        count = sum(lo <= x < hi or (hi == end and x == end) for x in times)
        points.append((t, _per_minute(count, hi - lo)))
        t += PACE_STEP_S
    return points


def _number_words(n: int) -> int:
    """How many words it takes to say a whole number: 7 → 1, 45 → 2, 2300 → 3."""
    if n < 21 or (n < 100 and n % 10 == 0):
        return 1
    if n < 100:
        return 2
    for size in (1_000_000_000, 1_000_000, 1_000, 100):
        if n >= size:
            head, rest = divmod(n, size)
            return _number_words(head) + 1 + (_number_words(rest) if rest else 0)
    return 1


def spoken_words(text: str) -> int:
    """Words it takes to say a written token: "1.8%" is "one point eight percent", 4 words.

    Whisper writes numbers as digits, but pace is about what was said."""
    match = _NUMBER.fullmatch(text.strip(".,;:!?()\"'"))
    if not match:
        return 1
    money, whole, decimals, suffix = match.groups()
    count = _number_words(int(whole.replace(",", "")))
    if decimals:
        count += 1 + len(decimals)  # "point" and one word per digit
    return count + bool(money) + bool(suffix)


def timing(words: list[Word], regions: list[Region], skip: set[int] = frozenset()) -> Timing:
    """Span, speaking time, pauses and pace of a timed answer; zeros where nothing can be measured.

    Without speech regions the span and wpm come from the words alone, and speaking time,
    articulation rate and pauses are zero.
    """
    timed = [w for w in words if w.start is not None and w.end is not None]
    if not timed:
        return Timing()
    first = min(timed, key=lambda w: w.start)
    last = max(timed, key=lambda w: w.end)
    merged = bridge(regions)
    start, end = _answer_span(first, last, merged)
    span = end - start
    speaking = sum(max(0.0, min(end, r.end) - max(start, r.start)) for r in merged)
    pauses = _gaps(merged, start, end)
    content = [w for i, w in enumerate(words) if i not in skip]
    times = [w.start for w in content if w.start is not None]
    said = sum(spoken_words(w.text) for w in content)
    return Timing(
        answer_span_s=span,
        speaking_time_s=speaking,
        wpm=_per_minute(said, span),
        articulation_wpm=_per_minute(said, speaking),
        pauses=pauses,
        long_pauses=sum(p.duration >= LONG_PAUSE_S - EPSILON_S for p in pauses),
        pace=_pace(times, start, end),
    )
