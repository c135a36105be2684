"""A capture Session from a FileSource, with a stand-in for the transcription worker (no model)."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import FIXTURES

from rehearse import audio, vad
from rehearse.live.capture import Session
from rehearse.live.endpointer import Endpointer
from rehearse.live.sources import FileSource


class _Recording:
    """What the session reads of the worker's transcribe.Recording."""

    uncovered: list = []


class _Worker:
    """Collects the windows a real Worker would transcribe."""

    def __init__(self):
        self.windows = []
        self.words = []
        self.recording = _Recording()

    def put(self, window) -> None:
        self.windows.append(window)

    def finish(self) -> list:
        return self.words


@pytest.mark.parametrize("fixture", ["balanced", "no_metric"])
def test_webrtcvad_judges_each_frame_of_a_practice_once(fixture, tmp_path, monkeypatch):
    calls = []
    judge = vad.Detector.is_speech
    monkeypatch.setattr(
        vad.Detector, "is_speech", lambda self, frame: calls.append(1) or judge(self, frame)
    )
    worker = _Worker()
    source = FileSource(FIXTURES / f"{fixture}.flac", speed=0)
    session = Session(source, Endpointer(), worker, tmp_path / "answer.wav")
    with source:
        session.capture()
    transcript = session.transcript()
    e = session.endpointer
    # One verdict per frame heard, and the recording's first frames once more when it started
    # (judged afresh, as `analyze` of the file judges them): the Stream reused the Endpointer's.
    assert e.started and 0 < e.rejudged <= 22 and len(calls) == e.frames + e.rejudged
    assert session.stream.detector.frames == e.answer_frames  # it saw every frame of the answer
    monkeypatch.setattr(vad.Detector, "is_speech", judge)
    wav = audio.load(tmp_path / "answer.wav")
    assert transcript.regions == vad.regions(wav)  # the speech `analyze` of the WAV would find
    assert transcript.duration_s == pytest.approx(len(wav) / audio.SAMPLE_RATE, abs=0.001)
    assert worker.windows and all(w.regions for w in worker.windows)
    covered = [r for w in worker.windows for r in w.regions]
    assert covered == transcript.regions  # every region went to the worker, once, in order
    heard = np.concatenate([w.samples for w in worker.windows])
    assert len(heard) < len(wav)  # silence between the windows is never transcribed
