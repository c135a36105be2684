"""FileSource: a recording played as if spoken, in capture blocks at real-time pace or faster."""

from __future__ import annotations

import time

import numpy as np
import pytest
from conftest import FIXTURES

from rehearse import audio
from rehearse.errors import RehearseError
from rehearse.live.sources import FileSource

SR = audio.SAMPLE_RATE


@pytest.fixture(scope="module")
def balanced() -> np.ndarray:
    return audio.load(FIXTURES / "balanced.flac")


def test_file_source_gives_the_whole_file_in_capture_blocks(balanced):
    with FileSource(FIXTURES / "balanced.flac", speed=0) as source:
        blocks = list(source.blocks())
    assert {len(b) for b in blocks[:-1]} == {480}  # 30 ms, one VAD frame each
    assert np.array_equal(np.concatenate(blocks), balanced)


def test_file_source_paces_at_real_time_times_speed():
    with FileSource(FIXTURES / "balanced.flac", speed=4) as source:
        start = time.perf_counter()
        fed = 0
        for block in source.blocks():
            fed += len(block)
            ahead = fed / SR / 4 - (time.perf_counter() - start)
            assert ahead < 0.05  # never handed out before it would have been heard
            if fed >= 3 * SR:  # 3 s of audio at 4x: 0.75 s
                break
    assert time.perf_counter() - start == pytest.approx(0.75, abs=0.15)


def test_file_source_stops_when_told():
    source = FileSource(FIXTURES / "balanced.flac", speed=0)
    count = 0
    for _ in source.blocks():
        count += 1
        if count == 10:
            source.stop()
    source.close()
    assert count == 10


def test_file_source_refuses_a_file_that_is_not_audio(tmp_path):
    fake = tmp_path / "notes.mp3"
    fake.write_text("these are my notes, not a recording\n" * 50)
    with pytest.raises(RehearseError, match="audio file"):
        FileSource(fake).open()
    with pytest.raises(RehearseError, match="file not found"):
        FileSource(tmp_path / "none.wav")
