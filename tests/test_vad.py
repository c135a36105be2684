"""webrtcvad regions on synthetic signals whose speech times are known."""

from __future__ import annotations

import numpy as np

from rehearse import vad
from rehearse.audio import SAMPLE_RATE


def _voice(seconds: float, seed: int = 0) -> np.ndarray:
    """A voiced, speech-like signal: a 120 Hz glottal pulse train through vowel-like resonances."""
    rng = np.random.default_rng(seed)
    n = int(seconds * SAMPLE_RATE)
    t = np.arange(n) / SAMPLE_RATE
    f0 = 120 + 15 * np.sin(2 * np.pi * 3 * t)
    phase = 2 * np.pi * np.cumsum(f0) / SAMPLE_RATE
    x = sum(np.sin(k * phase) / k for k in range(1, 25))
    x *= 1 + 0.5 * np.sin(2 * np.pi * 700 * t) + 0.3 * np.sin(2 * np.pi * 1200 * t)
    x += 0.05 * rng.standard_normal(n)
    return (x / np.max(np.abs(x)) * 12000).astype(np.int16)


def _silence(seconds: float, seed: int = 1) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return (rng.standard_normal(int(seconds * SAMPLE_RATE)) * 10).astype(np.int16)  # ~ -70 dBFS


def test_regions_follow_the_speech():
    signal = np.concatenate(
        [_silence(1.0), _voice(2.0), _silence(1.5), _voice(1.0, 2), _silence(1)]
    )
    found = vad.regions(signal)
    assert len(found) == 2
    assert abs(found[0].start - 1.0) < 0.1 and abs(found[0].end - 3.0) < 0.15
    assert abs(found[1].start - 4.5) < 0.1 and abs(found[1].end - 5.5) < 0.15


def test_short_gaps_are_bridged_and_silence_gives_nothing():
    signal = np.concatenate([_voice(1.0), _silence(0.15), _voice(1.0, 3)])
    assert len(vad.regions(signal)) == 1
    assert vad.regions(_silence(5.0)) == []
    assert vad.regions(np.zeros(SAMPLE_RATE * 3, dtype=np.int16)) == []


def test_block_size_does_not_change_the_result():
    signal = np.concatenate(
        [_silence(0.7), _voice(1.3), _silence(0.9), _voice(0.8, 4), _silence(0.4)]
    )
    whole = vad.regions(signal)
    detector = vad.Detector()
    pieces = []
    for i in range(0, len(signal), 333):  # odd block size: frames straddle blocks
        pieces += detector.feed(signal[i : i + 333])
    pieces += detector.finish()
    assert pieces == whole and len(whole) == 2


def test_long_speech_is_cut_to_fit_a_window():
    found = vad.regions(_voice(vad.MAX_REGION_S + 5))
    assert len(found) == 2
    assert max(r.duration for r in found) <= vad.MAX_REGION_S + 0.05
