"""One Whisper pass per window (rehearse/decoder.py): segments from the decoded tokens, and one
encoder pass shared by the retries of the same audio (no model run)."""

from __future__ import annotations

import numpy as np

from rehearse.decoder import CHUNK_FRAMES, Decoder, split

BEGIN = 1000  # the fake tokenizer's first timestamp token: <|0.00|>
EOT = 999


class _Tokenizer:
    """Text tokens below EOT, timestamps from BEGIN in steps of 0.02 s."""

    timestamp_begin = BEGIN
    eot = EOT

    def decode(self, tokens):
        return " ".join(f"w{t}" for t in tokens)


def _ts(seconds: float) -> int:
    return BEGIN + round(seconds / 0.02)


def test_segments_are_cut_at_timestamp_pairs():
    tokens = [_ts(0), 1, 2, _ts(2), _ts(2), 3, _ts(4)]
    segments = split(tokens, _Tokenizer(), 10.0)
    assert [(s["start"], s["end"]) for s in segments] == [(0.0, 2.0), (2.0, 4.0)]
    assert [s["tokens"] for s in segments] == [[_ts(0), 1, 2, _ts(2)], [_ts(2), 3, _ts(4)]]


def test_text_after_the_last_timestamp_runs_to_the_end_of_the_window():
    # faster-whisper drops this unfinished segment and encodes the rest of the audio again; a
    # window ends at a pause, so the text is what was said up to its end
    tokens = [_ts(0), 1, 2, _ts(2), _ts(2), 3, 4]
    segments = split(tokens, _Tokenizer(), 7.5)
    assert [(s["start"], s["end"]) for s in segments] == [(0.0, 2.0), (2.0, 7.5)]
    assert split([_ts(0), _ts(1.5), _ts(1.5)], _Tokenizer(), 7.5) == []  # timestamps only


class _Model:
    """Counts encoder passes."""

    def __init__(self):
        self.encoded = 0
        self.feature_extractor = lambda audio: np.zeros((80, len(audio) // 160 + 1), np.float32)

    def encode(self, features):
        assert features.shape == (80, CHUNK_FRAMES)
        self.encoded += 1
        return object()


def test_retries_of_the_same_audio_reuse_its_encoder_pass():
    decoder = Decoder.__new__(Decoder)
    decoder.model, decoder._last = _Model(), None
    window = np.zeros(16_000 * 5, np.int16)
    first = decoder.encode(window)
    assert decoder.encode(window) is first and first.frames == 500
    decoder.encode(window[:8000])  # a piece cut around a gap: its own pass
    decoder.encode(window)  # only the last pass is kept: after another, encoded again
    assert decoder.model.encoded == 2 + 1
