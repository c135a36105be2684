"""A capture Session from a FileSource, with a stand-in for the transcription worker (no model),
and with the real one (slow)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from conftest import FIXTURES

from rehearse import audio, vad
from rehearse.live.capture import Session
from rehearse.live.endpointer import Endpointer
from rehearse.live.sources import FileSource
from rehearse.live.worker import Worker
from rehearse.transcribe import transcribe
from rehearse.windows import Stream, Window


class _Recording:
    """What the session reads of the worker's transcribe.Recording."""

    uncovered: list = []


class _Worker:
    """Collects the windows a real Worker would transcribe."""

    def __init__(self):
        self.windows = []  # eager, for the live panel
        self.answer = []  # the answer's own, for the report
        self.aheads = []  # asked to be decoded early
        self.words = []
        self.recording = _Recording()

    def put(self, window) -> None:
        self.windows.append(window)

    def settle(self, window) -> None:
        self.answer.append(window)

    def ahead(self, window) -> None:
        self.aheads.append(window)

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
    assert worker.answer and all(w.regions for w in worker.answer)
    covered = [r for w in worker.answer for r in w.regions]
    assert covered == transcript.regions  # every region went to the worker, once, in order
    assert not worker.windows  # no live panel: no eager windows to decode for it
    heard = np.concatenate([w.samples for w in worker.answer])
    assert len(heard) < len(wav)  # silence between the windows is never transcribed


@pytest.mark.parametrize("fixture", ["balanced", "over_two_min"])
def test_the_answers_windows_are_those_analyze_cuts_from_the_saved_recording(fixture, tmp_path):
    said = tmp_path / "said.wav"  # the answer, then silence until the endpointer ends it
    with audio.WavWriter(said) as w:
        w.write(audio.load(FIXTURES / f"{fixture}.flac"))
        w.write(np.zeros(4 * audio.SAMPLE_RATE, np.int16))
    worker = _Worker()
    source = FileSource(said, speed=0)
    session = Session(source, Endpointer(), worker, tmp_path / "answer.wav")
    with source:
        session.capture()
    session.transcript()
    assert session.endpointer.reason == "silence"
    analyzed: list[Window] = []
    stream = Stream(analyzed.append)  # what `analyze` of the WAV runs (transcribe.transcribe)
    for block in audio.blocks(tmp_path / "answer.wav"):
        stream.feed(block)
    stream.finish()
    assert len(worker.answer) == len(analyzed) > 1 or fixture == "balanced"
    for live, batch in zip(worker.answer, analyzed, strict=True):
        assert live.offset_s == batch.offset_s and live.regions == batch.regions
        assert np.array_equal(live.samples, batch.samples)
    # An early decode was asked for in each pause of a second or more: the last, of the last window.
    assert worker.aheads
    last = worker.aheads[-1]
    assert last.regions == analyzed[-1].regions
    assert np.array_equal(last.samples, analyzed[-1].samples)


def _said(fixture: str, folder) -> Path:
    """The fixture, then silence until the endpointer ends the answer (as at the microphone)."""
    path = folder / f"{fixture}_said.wav"
    with audio.WavWriter(path) as w:
        w.write(audio.load(FIXTURES / f"{fixture}.flac"))
        w.write(np.zeros(4 * audio.SAMPLE_RATE, np.int16))
    return path


@pytest.mark.slow
@pytest.mark.parametrize("speed", [0, 8])
def test_practice_hears_what_analyze_of_the_saved_recording_hears(speed, transcriber, tmp_path):
    """At once or at 8x real time (the answer's last window then decoded early, in the silence
    that ends it, or not), the words are those `analyze` gets from the WAV, to the last field."""
    worker = Worker("tiny.en", transcriber)
    worker.start()
    try:
        worker.wait_ready()
        source = FileSource(_said("no_metric", tmp_path), speed=speed)
        session = Session(source, Endpointer(), worker, tmp_path / "answer.wav")
        with source:
            session.capture()
        live = session.transcript()
    finally:
        worker.stop()
    batch = transcribe(audio.blocks(tmp_path / "answer.wav"), transcriber.recording())
    assert live.words == batch.words
    assert live.regions == batch.regions and live.uncovered == batch.uncovered


@pytest.mark.slow
def test_a_fork_decodes_as_the_recording_would_and_leaves_it_as_it_was(transcriber, tmp_path):
    windows: list[Window] = []
    stream = Stream(windows.append)
    for block in audio.blocks(FIXTURES / "no_metric.flac"):
        stream.feed(block)
    stream.finish()
    assert len(windows) > 2
    straight, forked = transcriber.recording(), transcriber.recording()
    for window in windows[:-1]:
        straight.words(window)
        forked.words(window)
    before = (list(forked.probabilities), list(forked.uncovered), forked.context)
    fork = forked.fork()
    assert fork.words(windows[-1]) == straight.words(windows[-1])
    assert (fork.probabilities, fork.uncovered, fork.context, fork.acoustic) == (
        straight.probabilities,
        straight.uncovered,
        straight.context,
        straight.acoustic,
    )
    assert (forked.probabilities, forked.uncovered, forked.context) == before
