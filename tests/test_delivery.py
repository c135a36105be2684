"""Delivery beyond words: each word's pitch and level from the audio, then pitch variety, trailing
off, pace spans, repeated starters, crutch phrases and hedges."""

from __future__ import annotations

import json

import numpy as np
import pytest
from conftest import run_cli
from test_hesitations import _signal, _vowel

from rehearse import hesitations, prosody
from rehearse.analysis import delivery
from rehearse.analysis.sentences import Sentence
from rehearse.transcript import Word


@pytest.mark.parametrize("f0", [90.0, 150.0, 220.0])
def test_a_words_pitch_and_level_are_measured_from_its_audio(f0):
    audio = _signal([0.5, _vowel(0.4, f0=f0), 0.3, _vowel(0.4, f0=f0) * 0.25, 0.5])
    frames = hesitations.features(audio, 0.0)
    loud, soft, silent = prosody.measure(
        [Word("one", 0.5, 0.9), Word("two", 1.2, 1.6), Word("three", 1.7, 2.0)], frames
    )
    assert loud.pitch_st == pytest.approx(12 * np.log2(f0 / 100), abs=0.3)
    assert soft.pitch_st == pytest.approx(loud.pitch_st, abs=0.3)
    assert loud.level_db - soft.level_db == pytest.approx(20 * np.log10(4), abs=1.0)
    assert silent.pitch_st is None and silent.level_db < soft.level_db - 30
    assert prosody.measure([Word("text")], frames)[0].pitch_st is None  # a draft's word


def _words(pitches, levels=None):
    levels = levels or [-20.0] * len(pitches)
    return [
        Word(f"w{i}.", i * 0.5, i * 0.5 + 0.4, pitch_st=p, level_db=lv)
        for i, (p, lv) in enumerate(zip(pitches, levels, strict=True))
    ]


def _sentences(words, size):
    return [
        Sentence(
            " ".join(w.text for w in words[a : a + size]), a, min(a + size, len(words)), None, None
        )
        for a in range(0, len(words), size)
    ]


def test_a_narrow_pitch_range_is_flat_and_a_wide_one_is_not():
    rng = np.random.default_rng(1)
    flat = _words(list(rng.uniform(-1, 1, 40)))
    lively = _words(list(rng.uniform(-6, 6, 40)))
    d_flat = delivery.analyze(flat, _sentences(flat, 8), set(), [], (None, None))
    d_lively = delivery.analyze(lively, _sentences(lively, 8), set(), [], (None, None))
    assert d_flat.pitch_range_st < delivery.MONOTONE_RANGE_ST < d_lively.pitch_range_st
    assert d_flat.monotone and not d_lively.monotone
    assert any("flat delivery" in n for n in d_flat.notes())
    assert not any("flat" in n for n in d_lively.notes())
    # Too few measured words: no verdict either way.
    short = _words([0.0] * 10)
    assert delivery.analyze(short, _sentences(short, 5), set(), [], (None, None)).monotone is False


def test_octave_errors_do_not_widen_the_range():
    rng = np.random.default_rng(2)
    pitches = list(rng.uniform(-1, 1, 40))
    clean = delivery.analyze(_words(pitches), [], set(), [], (None, None)).pitch_range_st
    pitches[::8] = [p + 12 for p in pitches[::8]]  # five words tracked an octave up
    jumped = delivery.analyze(_words(pitches), [], set(), [], (None, None)).pitch_range_st
    assert jumped == pytest.approx(clean, abs=0.5)


def test_sentences_whose_last_word_drops_trail_off():
    levels = []
    for s in range(6):
        drop = -12.0 if s < 3 else -2.0
        levels += [-20.0, -19.0, -21.0, -20.0, -20.0 + drop]
    words = _words([0.0] * 30, levels)
    d = delivery.analyze(words, _sentences(words, 5), set(), [], (None, None))
    assert d.trailing == [0, 1, 2]
    assert any(n.startswith("3 of 6 sentences trail off") for n in d.notes())
    # Two of six is under a third: measured, not noted.
    words = _words([0.0] * 30, levels[:10] + [-20.0] * 20)
    d = delivery.analyze(words, _sentences(words, 5), set(), [], (None, None))
    assert d.trailing == [0, 1] and not any("trail off" in n for n in d.notes())


def test_pace_spans_are_runs_outside_the_band():
    pace = [(0, 130), (5, 170), (10, 182), (15, 175), (20, 140), (25, 95), (30, 140), (35, 90)]
    pace += [(40, 85)]
    spans = delivery.pace_spans(pace, (100, 165))
    assert [(s.start, s.end, s.kind, s.wpm) for s in spans] == [
        (5, 15, "fast", 182),
        (35, 40, "slow", 85),
    ]  # the lone slow point at 25 s is not a span


def test_repeated_lead_ins_are_noted_but_not_i():
    text = [
        "So I called the vendor.", "So we split the work.", "So I wrote the tests.",
        "I shipped it.", "I measured it.", "I told my manager.",
        "And then I fixed it.", "And then it held.", "And then we moved on.",
    ]  # fmt: skip
    words, sentences = [], []
    for line in text:
        first = len(words)
        words += [Word(t) for t in line.split()]
        sentences.append(Sentence(line, first, len(words), None, None))
    assert delivery.starters(words, sentences, set()) == [("so", 3), ("and then", 3)]


def test_hedges_and_crutches_are_counted_as_whole_words():
    text = "I think we could maybe just ship it. Justice is just. I thinking. Basically and then."
    assert delivery.phrases(text, delivery.HEDGES) == [("just", 2), ("i think", 1), ("maybe", 1)]
    assert delivery.phrases(text, delivery.CRUTCHES) == [("and then", 1)]


@pytest.mark.slow
def test_a_real_answer_carries_pitch_level_and_delivery_in_its_json():
    result = run_cli("analyze", "audio_fixtures/over_two_min.flac", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    words = data["transcript"]["words"]
    assert all(w["level_db"] is not None for w in words)
    assert sum(w["pitch_st"] is not None for w in words) >= 0.8 * len(words)
    d = data["delivery"]
    assert 2.0 < d["pitch_range_st"] < 15.0 and d["monotone"] is False
    assert len(d["sentence_pitch_st"]) == len(data["star"]["sentences"])
    # The pace spans lie where the pace series leaves the band.
    for span in d["pace_spans"]:
        inside = [
            p["wpm"] for p in data["timing"]["pace"] if span["start"] <= p["t"] <= span["end"]
        ]
        assert inside and all(w > 165 for w in inside) == (span["kind"] == "fast")
