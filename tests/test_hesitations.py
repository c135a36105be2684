"""The acoustic hesitation detector on synthetic voices (no model run)."""

from __future__ import annotations

import numpy as np

from rehearse.hesitations import find
from rehearse.transcript import Region, Word

SR = 16_000


def _vowel(seconds: float, f0: float = 120.0, glide_st: float = 0.0, nasal_s: float = 0.0):
    """A voiced vowel: harmonics of f0 shaped by formants near 700/1200/2600 Hz; the pitch may
    glide by glide_st semitones; the last nasal_s seconds lose everything above ~400 Hz, as the
    lips close on an "um"."""
    n = round(seconds * SR)
    t = np.arange(n) / SR
    pitch = f0 * 2 ** (glide_st * t / max(seconds, 1e-9) / 12)
    phase = 2 * np.pi * np.cumsum(pitch) / SR
    nasal = t >= seconds - nasal_s
    y = np.zeros(n)
    for k in range(1, 40):
        f = k * pitch
        open_gain = sum(np.exp(-(((f - c) / 150) ** 2)) for c in (700, 1200, 2600)) + 0.05
        closed_gain = np.exp(-(((f - 250) / 120) ** 2)) + 0.003
        y += np.where(nasal, closed_gain, open_gain) * np.sin(k * phase) / k**0.3
    ramp = np.minimum(1, np.minimum(t, t[::-1]) / 0.02)
    return 0.2 * y / np.abs(y).max() * ramp


def _signal(parts):
    """Concatenate (seconds of silence) floats and arrays, with a faint noise floor."""
    rng = np.random.default_rng(0)
    audio = np.concatenate([np.zeros(round(p * SR)) if np.isscalar(p) else p for p in parts])
    audio += rng.standard_normal(len(audio)) * 1e-4
    return np.round(audio * 32767).astype(np.int16)


def _word(text, start, end):
    return Word(text, start, end, 0.9)


def test_a_held_uh_before_a_pause_is_heard():
    # "team" 1.0-1.4 s, then a held "uh" 1.45-1.85 s, then a pause: the decoder wrote only "team"
    audio = _signal([1.0, _vowel(0.4, glide_st=4), 0.05, _vowel(0.4), 1.0])
    words = [_word("team", 1.0, 1.4)]
    (h,) = find(audio, 0.0, [Region(1.0, 1.85)], words)
    assert h.text == "uh" and h.source == "acoustic"
    assert 1.4 <= h.start <= 1.55 and 1.75 <= h.end <= 1.9


def test_a_nasal_close_makes_it_um():
    audio = _signal([1.0, _vowel(0.4, glide_st=4), 0.05, _vowel(0.5, nasal_s=0.15), 1.0])
    (h,) = find(audio, 0.0, [Region(1.0, 1.95)], [_word("team", 1.0, 1.4)])
    assert h.text == "um"


def test_times_are_in_the_recording():
    audio = _signal([1.0, _vowel(0.4, glide_st=4), 0.05, _vowel(0.4), 1.0])
    (h,) = find(audio, 30.0, [Region(31.0, 31.85)], [_word("team", 31.0, 31.4)])
    assert 31.4 <= h.start <= 31.55


def test_a_gliding_vowel_is_a_word_not_a_hesitation():
    audio = _signal([1.0, _vowel(0.4, glide_st=4), 0.05, _vowel(0.4, glide_st=8), 1.0])
    assert find(audio, 0.0, [Region(1.0, 1.85)], [_word("team", 1.0, 1.4)]) == []


def test_nothing_where_the_decoder_has_words_or_a_hesitation_already():
    audio = _signal([1.0, _vowel(0.4, glide_st=4), 0.05, _vowel(0.4), 1.0])
    regions = [Region(1.0, 1.85)]
    # the held vowel is the next word's own first sound: it runs into that word's start
    assert find(audio, 0.0, regions, [_word("team", 1.0, 1.4), _word("the", 1.5, 1.85)]) == []
    # the decoder wrote the "uh" itself
    assert find(audio, 0.0, regions, [_word("team", 1.0, 1.4), _word("uh,", 1.5, 1.8)]) == []


def test_no_hesitation_outside_detected_speech():
    audio = _signal([1.0, _vowel(0.4, glide_st=4), 0.05, _vowel(0.4), 1.0])
    assert find(audio, 0.0, [Region(1.0, 1.4)], [_word("team", 1.0, 1.4)]) == []


def test_mid_sentence_needs_more_room_than_before_a_pause():
    # a short held vowel (0.22 s) run straight into the next word, no pause after it
    audio = _signal([1.0, _vowel(0.4, glide_st=4), 0.05, _vowel(0.22), _vowel(0.4, glide_st=-4)])
    regions = [Region(1.0, 2.07)]
    words = [_word("team", 1.0, 1.4), _word("first", 1.62, 2.07)]
    assert find(audio, 0.0, regions, words) == []
    # the same held vowel with a pause after it is a hesitation
    audio = _signal([1.0, _vowel(0.4, glide_st=4), 0.05, _vowel(0.22), 1.0])
    assert len(find(audio, 0.0, [Region(1.0, 1.67)], [_word("team", 1.0, 1.4)])) == 1


def test_a_hesitation_the_decoder_folded_into_the_next_words_start_is_heard():
    # "team", then a held "ah" (0.35 s) run straight into "with": the decoder timed "with" from
    # the hesitation's onset, 1.45-2.2 s, as tiny.en does under AVX2 in filler_heavy at 63.2 s
    held = _signal(
        [1.0, _vowel(0.4, glide_st=4), 0.05, _vowel(0.35), 0.05, _vowel(0.35, glide_st=6)]
    )
    regions = [Region(1.0, 2.2)]
    words = [_word("team", 1.0, 1.4), _word("with", 1.45, 2.2)]
    (h,) = find(held, 0.0, regions, words)
    assert 1.4 <= h.start <= 1.55 and 1.7 <= h.end <= 1.85
    # a word's own first vowel, held no longer than a vowel is (0.22 s), stays the word's
    short = _signal(
        [1.0, _vowel(0.4, glide_st=4), 0.05, _vowel(0.22), 0.05, _vowel(0.35, glide_st=6)]
    )
    assert (
        find(short, 0.0, [Region(1.0, 2.07)], [_word("team", 1.0, 1.4), _word("with", 1.45, 2.07)])
        == []
    )
    # a held "the" that the word ends with leaves it no room for its own sounds
    words = [_word("team", 1.0, 1.4), _word("the", 1.45, 1.83), _word("way", 1.83, 2.2)]
    assert find(held, 0.0, regions, words) == []
