"""Model resolution, the invented-filler guard and the windowing of a stream (no model run)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from test_vad import _silence, _voice

from rehearse.audio import SAMPLE_RATE
from rehearse.errors import RehearseError
from rehearse.transcribe import (
    PAD_S,
    WINDOW_MAX_S,
    Stream,
    Window,
    _invented,
    resolve,
)
from rehearse.transcript import Word


def test_bundled_tiny_en_resolves_to_a_model_folder():
    path = Path(resolve("tiny.en"))
    assert (path / "model.bin").stat().st_size > 10_000_000
    assert (path / "config.json").exists()


def test_bad_model_paths(tmp_path):
    with pytest.raises(RehearseError, match="model path does not exist"):
        resolve(str(tmp_path / "missing"))
    with pytest.raises(RehearseError, match="has no model.bin"):
        resolve(str(tmp_path))
    assert resolve("small.en") == "small.en"  # a name: left to the local cache, offline


def test_invented_hesitations_are_dropped():
    assert _invented("uh,", 0.001, [])
    assert not _invented("uh,", 0.3, [])
    assert not _invented("deadline.", 0.001, [])  # only hesitations are judged
    loop = [Word("hmm,"), Word("Hmm.")]
    assert _invented("hmm", 0.5, loop)
    assert not _invented("um", 0.5, loop)
    assert not _invented("um", 0.5, [Word("um,")])


def _windows(signal: np.ndarray, eager_s: float = WINDOW_MAX_S, block: int = 4000):
    windows: list[Window] = []
    stream = Stream(windows.append, eager_s=eager_s)
    for i in range(0, len(signal), block):
        stream.feed(signal[i : i + block])
    regions = stream.finish()
    return windows, regions


def test_windows_cover_all_speech_and_fit_whisper():
    parts, t = [], 0.0
    speech = []
    for k in range(12):  # 12 x (4 s speech + 1 s pause) = 60 s
        parts += [_voice(4.0, k), _silence(1.0, k)]
        speech.append((t, t + 4.0))
        t += 5.0
    windows, regions = _windows(np.concatenate(parts))
    assert len(regions) == 12
    assert len(windows) == 3  # packed up to WINDOW_MAX_S, cut at pauses
    for w in windows:
        assert len(w.samples) / SAMPLE_RATE <= WINDOW_MAX_S + 2 * PAD_S
    for start, end in speech:  # every stretch of speech lies inside exactly one window
        inside = [
            w
            for w in windows
            if w.offset_s <= start and end <= w.offset_s + len(w.samples) / SAMPLE_RATE
        ]
        assert len(inside) == 1


def test_eager_windows_close_at_the_first_pause():
    signal = np.concatenate([_voice(7.0), _silence(1.0), _voice(3.0, 1), _silence(1.0)])
    windows, _ = _windows(signal, eager_s=6.0)
    assert len(windows) == 2
    assert windows[0].offset_s == pytest.approx(0.0, abs=0.05)
    assert windows[1].offset_s == pytest.approx(8.0 - PAD_S, abs=0.1)


def test_window_audio_is_the_recording_at_its_offset():
    signal = np.concatenate([_silence(2.0), _voice(3.0), _silence(2.0)])
    windows, _ = _windows(signal, block=777)
    (w,) = windows
    start = round(w.offset_s * SAMPLE_RATE)
    assert np.array_equal(w.samples, signal[start : start + len(w.samples)])
