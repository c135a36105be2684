"""The Endpointer on the fixtures, whose speech times are known from their truth files."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import FIXTURES, truth

from rehearse import audio
from rehearse.live import endpointer
from rehearse.live.endpointer import Endpointer, Endpointing

SR = audio.SAMPLE_RATE
FRAME_S = 0.03


def _blocks(samples: np.ndarray, size: int = 480):
    """Split a signal into capture-sized blocks."""
    return [samples[i : i + size] for i in range(0, len(samples), size)]


def _run(samples: np.ndarray, settings: Endpointing | None = None, size: int = 480):
    """Feed a whole signal through an Endpointer as a source would; return it and what it kept."""
    e = Endpointer(settings)
    kept = []
    for block in _blocks(samples, size):
        kept.append(e.feed(block))
        if e.done:
            break
    else:
        kept.append(e.finish())
    return e, np.concatenate(kept)


@pytest.fixture(scope="module")
def balanced() -> np.ndarray:
    return audio.load(FIXTURES / "balanced.flac")


def test_answer_starts_at_the_first_word_with_the_pre_roll_kept(balanced):
    first = truth("balanced")["pieces"][0]["start"]  # 0.576 s
    e, kept = _run(balanced)
    # webrtcvad frames voiced from the first word; START_MS of them in a row start the answer,
    # and the recording begins PREROLL_MS before that run (clamped at the start of the input).
    run_start = e.start_s + endpointer.PREROLL_MS / 1000
    assert run_start == pytest.approx(first, abs=0.1)
    assert e.start_s < first - 0.4
    start = round(e.start_s * SR)
    assert np.array_equal(kept, balanced[start:])  # nothing dropped, nothing reordered
    assert e.reason == endpointer.ENDED_INPUT
    assert e.answer_s == pytest.approx(len(kept) / SR, abs=FRAME_S)


def test_trailing_silence_ends_the_answer_but_a_long_pause_does_not(balanced):
    expected = truth("balanced")
    longest = max(p["end"] - p["start"] for p in expected["pauses"])  # 2.2 s before the learning
    tail = np.zeros(5 * SR, dtype=np.int16)
    e, kept = _run(np.concatenate([balanced, tail]), Endpointing(silence_s=3.0))
    assert longest > 2.0 and e.reason == endpointer.ENDED_SILENCE
    last = expected["pieces"][-1]["end"]  # 90.64 s
    assert e.start_s + e.last_speech_s == pytest.approx(last, abs=0.15)
    assert e.start_s + len(kept) / SR == pytest.approx(last + 3.0, abs=0.15)
    # With a silence shorter than that pause, the answer ends at the pause.
    e, _ = _run(balanced, Endpointing(silence_s=2.0))
    pause = next(p for p in expected["pauses"] if p["end"] - p["start"] > 2.0)
    assert e.reason == endpointer.ENDED_SILENCE
    assert e.start_s + e.answer_s == pytest.approx(pause["start"] + 2.0, abs=0.15)


def test_block_size_does_not_change_what_is_kept(balanced):
    clip = balanced[: 20 * SR]
    _, small = _run(clip, size=480)
    _, odd = _run(clip, size=333)
    _, large = _run(clip, size=SR)
    assert np.array_equal(small, odd) and np.array_equal(small, large)


def test_never_speaking_times_out_with_nothing_kept():
    silence = audio.load(FIXTURES / "silence_only.flac")  # 8 s of the noise floor
    e, kept = _run(silence, Endpointing(no_speech_timeout_s=5.0))
    assert e.reason == endpointer.ENDED_NO_SPEECH and not e.started and len(kept) == 0
    assert e.listened_s == pytest.approx(5.0, abs=FRAME_S)
    e, kept = _run(silence)  # the input ends first
    assert e.reason == endpointer.ENDED_INPUT and not e.started and len(kept) == 0


def test_a_click_does_not_start_the_answer(balanced):
    first = truth("balanced")["pieces"][0]
    word = balanced[round(first["start"] * SR) :][: round(0.09 * SR)]  # 90 ms of the first word
    quiet = np.zeros(SR, dtype=np.int16)
    e, kept = _run(np.concatenate([quiet, word, quiet, word, quiet]))
    assert not e.started and len(kept) == 0


def test_maximum_length_cuts_the_answer(balanced):
    e, kept = _run(balanced, Endpointing(max_length_s=10.0))
    assert e.reason == endpointer.ENDED_MAX_LENGTH
    assert len(kept) / SR == pytest.approx(10.0, abs=FRAME_S)


def test_stop_ends_the_answer_at_once(balanced):
    e = Endpointer()
    kept = [e.feed(b) for b in _blocks(balanced[: 5 * SR])]
    e.stop(endpointer.ENDED_ENTER)
    assert e.reason == endpointer.ENDED_ENTER
    assert len(e.feed(balanced[5 * SR : 6 * SR])) == 0
    assert len(e.finish()) == 0 and e.reason == endpointer.ENDED_ENTER
    assert sum(len(k) for k in kept) / SR == pytest.approx(5.0 - e.start_s, abs=FRAME_S)


def test_clipping_is_measured_on_the_answer(balanced):
    e, _ = _run(balanced)
    assert e.clipped_fraction < endpointer.CLIP_FRACTION / 10
    loud = np.clip(balanced.astype(np.int32) * 6, -32768, 32767).astype(np.int16)
    e, _ = _run(loud)
    assert e.clipped_fraction > endpointer.CLIP_FRACTION
    assert e.clipped_fraction == pytest.approx(
        np.mean(np.abs(loud[round(e.start_s * SR) :].astype(np.int32)) >= 32767), rel=0.01
    )


def test_level_and_speaking_follow_the_audio(balanced):
    e = Endpointer()
    for block in _blocks(balanced[: round(0.3 * SR)]):  # leading near-silence
        e.feed(block)
    assert not e.speaking and e.read_peak() < -45
    for block in _blocks(balanced[round(2 * SR) : round(3 * SR)]):  # mid-sentence
        e.feed(block)
    assert e.read_peak() > -30
    assert e.started


def test_kept_frames_come_with_the_verdict_on_each(balanced):
    clip = balanced[: 10 * SR]
    e = Endpointer()
    kept, verdicts = [], []
    for block in _blocks(clip, 333):
        samples, voiced = e.take(block)
        assert len(samples) == len(voiced) * 480  # whole frames only
        kept.append(samples)
        verdicts += voiced
    _, plain = _run(clip, size=333)
    kept = np.concatenate(kept)
    assert np.array_equal(kept, plain[: len(kept)])
    assert len(verdicts) == e.answer_frames and verdicts[-1] == e.speaking
    assert sum(verdicts) > 0.5 * len(verdicts)  # mostly speech, and the pre-roll is in them
    assert not all(verdicts[: round(e.settings.preroll_ms / 30)])
