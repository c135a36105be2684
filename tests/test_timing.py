from __future__ import annotations

import pytest

from rehearse.analysis.timing import (
    LONG_PAUSE_S,
    PACE_STEP_S,
    PACE_WINDOW_S,
    PAUSE_MIN_S,
    Timing,
    bridge,
    spoken_words,
    timing,
)
from rehearse.transcript import Region, Word


def spaced_words(start: float, end: float, count: int) -> list[Word]:
    """count words evenly filling [start, end]."""
    step = (end - start) / count
    return [Word(f"w{k}", start + k * step, start + (k + 1) * step) for k in range(count)]


def spans(regions: list[Region]) -> list[tuple[float, float]]:
    return [(round(r.start, 6), round(r.end, 6)) for r in regions]


def test_constants():
    assert (PAUSE_MIN_S, LONG_PAUSE_S, PACE_WINDOW_S, PACE_STEP_S) == (0.3, 2.0, 20.0, 5.0)


def test_bridge_merges_short_gaps_only():
    regions = [Region(5.0, 6.0), Region(0.0, 1.0), Region(1.2, 2.0), Region(2.3, 3.0)]
    # 1.0-1.2 is a breath (0.2 s); 2.0-2.3 is exactly the pause threshold and stays a pause.
    assert spans(bridge(regions)) == [(0.0, 2.0), (2.3, 3.0), (5.0, 6.0)]
    assert spans(bridge(regions, gap_s=0.5)) == [(0.0, 3.0), (5.0, 6.0)]


def test_bridge_overlapping_and_empty():
    assert spans(bridge([Region(0.0, 4.0), Region(1.0, 2.0), Region(3.5, 5.0)])) == [(0.0, 5.0)]
    assert bridge([]) == []


def test_bridge_does_not_mutate_input():
    regions = [Region(0.0, 1.0), Region(1.1, 2.0)]
    bridge(regions)
    assert spans(regions) == [(0.0, 1.0), (1.1, 2.0)]


def test_timing_from_regions():
    # Speech 0.4-6.0 (with a 0.1 s breath at 4.0) and 8.5-10.2; words say 0.5-10.0.
    words = spaced_words(0.5, 6.0, 22) + spaced_words(8.5, 10.0, 6)
    regions = [Region(0.4, 4.0), Region(4.1, 6.0), Region(8.5, 10.2)]
    t = timing(words, regions)
    # The span is the words' own (0.5-10.0): regions reaching past them are breaths or noise.
    assert t.answer_span_s == pytest.approx(9.5)
    assert t.speaking_time_s == pytest.approx(5.5 + 1.5)
    assert spans(t.pauses) == [(6.0, 8.5)]
    assert t.long_pauses == 1
    assert t.wpm == pytest.approx(28 / 9.5 * 60)
    assert t.articulation_wpm == pytest.approx(28 / 7.0 * 60)


def test_timing_skips_fillers_in_rates():
    words = spaced_words(0.0, 6.0, 12)
    t = timing(words, [Region(0.0, 6.0)], skip={0, 5, 11})
    assert t.wpm == pytest.approx(9 / 6 * 60)
    assert t.articulation_wpm == pytest.approx(9 / 6 * 60)
    assert timing(words, [Region(0.0, 6.0)], skip=set(range(12))).wpm == 0.0


def test_span_snaps_inwards_to_region_edges():
    # Whisper stretches the first and last words into the silence around them.
    words = spaced_words(1.0, 9.0, 16)
    t = timing(words, [Region(1.15, 8.8)])
    assert t.answer_span_s == pytest.approx(8.8 - 1.15)
    assert t.speaking_time_s == pytest.approx(8.8 - 1.15)
    assert t.pauses == []


def test_span_does_not_snap_outwards():
    # A region that starts before the first word (noise, a cough) does not stretch the answer.
    words = spaced_words(3.0, 6.0, 6)
    t = timing(words, [Region(0.0, 6.0)])
    assert t.answer_span_s == pytest.approx(3.0)
    assert t.speaking_time_s == pytest.approx(3.0)


def test_pauses_are_at_least_the_minimum_and_long_ones_counted():
    words = spaced_words(0.0, 20.0, 40)
    regions = [Region(0.0, 4.0), Region(4.35, 8.0), Region(10.5, 14.0), Region(14.2, 20.0)]
    t = timing(words, regions)
    assert spans(t.pauses) == [(4.0, 4.35), (8.0, 10.5)]
    assert all(p.duration >= PAUSE_MIN_S for p in t.pauses)
    assert t.long_pauses == 1
    assert t.speaking_time_s == pytest.approx(20.0 - 0.35 - 2.5)


def test_pace_points_every_step():
    # 60 s answer: 2 words/s for the first 30 s, then 1 word/s.
    words = spaced_words(0.0, 30.0, 60) + spaced_words(30.0, 60.0, 30)
    t = timing(words, [Region(0.0, 60.0)])
    times = [p[0] for p in t.pace]
    assert times == pytest.approx(
        [0.0, 5.0, 10.0, 15.0, 20.0, 25.0, 30.0, 35.0, 40.0, 45.0, 50.0, 55.0, 60.0]
    )
    pace = dict(t.pace)
    assert pace[10.0] == pytest.approx(120.0)
    assert pace[50.0] == pytest.approx(60.0)
    assert pace[30.0] == pytest.approx(90.0)
    assert t.wpm == pytest.approx(90.0)


def test_empty_words():
    assert timing([], [Region(0.0, 5.0)]) == Timing(0.0, 0.0, 0.0, 0.0, [], 0, [])


def test_untimed_words():
    assert timing([Word("hello"), Word("there")], []) == Timing()


def test_no_regions_uses_word_times_and_zero_speaking_time():
    words = spaced_words(1.0, 4.0, 6)
    t = timing(words, [])
    assert t.answer_span_s == pytest.approx(3.0)
    assert t.wpm == pytest.approx(120.0)
    assert t.speaking_time_s == 0.0
    assert t.articulation_wpm == 0.0
    assert t.pauses == [] and t.long_pauses == 0


def test_single_word():
    t = timing([Word("Hi.", 1.0, 1.0)], [])
    assert t.answer_span_s == 0.0 and t.wpm == 0.0
    assert t.pace == [(1.0, 0.0)]


@pytest.mark.parametrize(
    "token,count",
    [
        ("word", 1),
        ("1.8%", 4),
        ("70%", 2),
        ("$2M", 3),
        ("3x", 2),
        ("45", 2),
        ("1,200", 4),
        ("12.", 1),
    ],
)
def test_numbers_count_as_the_words_said(token, count):
    assert spoken_words(token) == count


def test_wpm_counts_spoken_words_of_numbers():
    words = [Word("down", 0.0, 0.5), Word("1.8%", 0.5, 1.5), Word("today.", 1.5, 2.0)]
    t = timing(words, [Region(0.0, 2.0)])
    assert t.wpm == pytest.approx(6 / 2.0 * 60)  # "down one point eight percent today"
