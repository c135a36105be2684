"""Does the transcript account for the speech? Stretches the decoder skipped, and decoding loops.

Pure functions on words and the speech regions webrtcvad found; the transcriber re-decodes what
they flag. A window that decodes whole on one CPU can lose its middle on another (CTranslate2's
int8 kernels differ per instruction set), so nothing downstream may assume the decoder heard all.
"""

from __future__ import annotations

from .transcript import Region, Word

MIN_GAP_S = (
    0.5  # uncovered speech longer than this is re-decoded; shorter is breath or timing slack
)
# Word timestamps are approximate (measured: +-0.2 s against forced alignment on the fixtures), so a
# word accounts for speech this close to either end of it.
WORD_REACH_S = 0.25
# A word longer than this spans speech it cannot have said (a dropped sentence can hide inside the
# timestamps of the word before it); it then accounts for this much at each of its ends only.
WORD_MAX_S = 1.5
LOOP_REPEATS = 3  # a phrase said three times back to back is the decoder looping ("um, um" happens)
LOOP_MAX_WORDS = 8  # the longest phrase looked for
KEEP_REPEATS = 2  # what a loop is cut down to: a real "I, I" stutter survives
# Words per second of speech that nobody says: fast speakers reach ~4.5 (270 wpm) in speech time.
MAX_WORDS_PER_S = 7.0


def _bare(text: str) -> str:
    """A word without punctuation, lower case."""
    return text.strip(".,!?;:-\"'").lower()


def _spans(words: list[Word]) -> list[tuple[float, float]]:
    """The stretches of time the words account for, merged and sorted."""
    spans = []
    for w in words:
        if w.start is None or w.end is None:
            continue
        if w.end - w.start > WORD_MAX_S:
            spans += [(w.start, w.start + WORD_MAX_S), (w.end - WORD_MAX_S, w.end)]
        else:
            spans.append((w.start, w.end))
    merged: list[list[float]] = []
    for start, end in sorted((s - WORD_REACH_S, e + WORD_REACH_S) for s, e in spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def uncovered(
    regions: list[Region], words: list[Word], min_gap_s: float = MIN_GAP_S
) -> list[Region]:
    """Stretches of detected speech, at least min_gap_s long, that no word accounts for."""
    spans = _spans(words)
    gaps = []
    for region in regions:
        t = region.start
        for start, end in spans:
            if end <= t or start >= region.end:
                continue
            if start - t >= min_gap_s:
                gaps.append(Region(round(t, 3), round(start, 3)))
            t = max(t, end)
        if region.end - t >= min_gap_s:
            gaps.append(Region(round(t, 3), round(region.end, 3)))
    return gaps


def loops(words: list[Word]) -> list[tuple[int, int, int]]:
    """Phrases repeated LOOP_REPEATS or more times back to back: (first index, length, repeats)."""
    bare = [_bare(w.text) for w in words]
    found = []
    i = 0
    while i < len(bare):
        best = None
        for n in range(1, LOOP_MAX_WORDS + 1):
            phrase = bare[i : i + n]
            if len(phrase) < n:
                break
            reps = 1
            while bare[i + reps * n : i + (reps + 1) * n] == phrase:
                reps += 1
            if reps >= LOOP_REPEATS and (best is None or reps * n > best[1] * best[2]):
                best = (i, n, reps)
        if best:
            found.append(best)
            i += best[1] * best[2]
        else:
            i += 1
    return found


def collapse_loops(words: list[Word]) -> list[Word]:
    """The words with every loop cut down to KEEP_REPEATS of its phrase."""
    out, i = [], 0
    for start, n, reps in loops(words):
        out += words[i : start + n * KEEP_REPEATS]
        i = start + n * reps
    return out + words[i:]


def too_dense(words: list[Word], regions: list[Region]) -> bool:
    """More words than the speech time allows: the decoder invented or repeated text."""
    speech = sum(r.duration for r in regions)
    return speech > 0 and len(words) > MAX_WORDS_PER_S * speech + 2
