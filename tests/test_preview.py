"""Live words within about a second: the open stretch of speech is decoded for a provisional look
while the worker is idle; the look never becomes part of the answer."""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager

import numpy as np
from conftest import FIXTURES

from rehearse import audio
from rehearse.live.worker import Worker
from rehearse.transcript import Word
from rehearse.windows import EAGER_WINDOW_S, Stream, Window


def test_the_open_stretch_is_the_speech_not_yet_handed_on():
    samples = audio.load(FIXTURES / "balanced.flac")
    windows: list[Window] = []
    stream = Stream(windows.append, eager_s=EAGER_WINDOW_S)
    assert stream.open_stretch() is None  # nothing fed
    block = 1600  # 0.1 s
    looks = []
    for i in range(0, 20 * audio.SAMPLE_RATE, block):
        stream.feed(samples[i : i + block])
        stretch = stream.open_stretch()
        if stretch is not None:
            looks.append((stream.time_s, stretch, len(windows)))
    assert windows, "20 s of speech closes at least one eager window"
    for now, stretch, closed in looks:
        assert abs(stretch.end_s - now) < 1e-6  # it runs up to the audio fed so far
        if closed:  # it starts where the last window handed on ended: nothing said twice
            assert stretch.offset_s >= windows[closed - 1].end_s - 1e-9
        assert np.array_equal(
            stretch.samples, samples[round(stretch.offset_s * 16000) : round(now * 16000)]
        )


class StubTranscriber:
    """Decodes by returning one word per second of audio, and records what it was given."""

    def __init__(self):
        self.decoded: list[Window] = []
        self.started = threading.Event()

    def recording(self):
        stub = self

        class Recording:
            def words(self, window):
                return stub.decode(window)

        return Recording()

    def decode(self, window, prompted=True):
        self.decoded.append(window)
        seconds = len(window.samples) / 16000
        return [
            Word(f"w{window.offset_s + k:.0f}", window.offset_s + k, window.offset_s + k + 0.5)
            for k in range(int(seconds))
        ]


def _wait(condition, timeout=5.0):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


@contextmanager
def _running(transcriber):
    """A started worker, ready, stopped on the way out."""
    worker = Worker("stub", transcriber)
    worker.start()
    try:
        worker.wait_ready()
        yield worker
    finally:
        worker.stop()


def test_a_look_shows_words_before_their_window_closes_and_is_replaced_by_it():
    with _running(StubTranscriber()) as worker:
        worker.preview(Window(0.0, np.zeros(3 * 16000, np.int16)))
        _wait(lambda: worker.preview_words)
        assert [w.text for w in worker.shown_words] == ["w0", "w1", "w2"]
        assert worker.words == []  # a look is never part of the answer
        worker.put(Window(0.0, np.zeros(4 * 16000, np.int16)))
        _wait(lambda: worker.words)
        assert worker.preview_words == []
        assert [w.text for w in worker.shown_words] == ["w0", "w1", "w2", "w3"]
        # A look after that window shows only what comes after its words.
        worker.preview(Window(3.0, np.zeros(3 * 16000, np.int16)))
        _wait(lambda: worker.preview_words)
        assert [w.text for w in worker.preview_words] == ["w4", "w5"]
    assert [w.text for w in worker.words] == ["w0", "w1", "w2", "w3"]


def test_a_newer_look_replaces_one_not_yet_taken():
    worker = Worker("stub", StubTranscriber())
    worker.preview(Window(0.0, np.zeros(2 * 16000, np.int16)))
    worker.preview(Window(5.0, np.zeros(2 * 16000, np.int16)))  # before the thread runs
    worker.start()
    try:
        worker.wait_ready()
        _wait(lambda: worker.preview_words)
        assert [w.offset_s for w in worker.transcriber.decoded] == [5.0]
    finally:
        worker.stop()


class TaggedTranscriber(StubTranscriber):
    """Words of the answer's recording (the first made) read "a<second>", the eager ones "w"."""

    def __init__(self):
        super().__init__()
        self.made = 0

    def recording(self):
        self.made += 1
        stub, tag = self, "a" if self.made == 1 else "w"

        class Recording:
            def words(self, window):
                return [Word(tag + w.text[1:], w.start, w.end) for w in stub.decode(window)]

            def fork(self):
                return self

        return Recording()


def _texts(words) -> list[str]:
    return [w.text for w in words]


def test_the_answers_windows_replace_the_eager_words_and_alone_make_the_answer():
    stub = TaggedTranscriber()
    with _running(stub) as worker:
        worker.put(Window(0.0, np.zeros(3 * 16000, np.int16)))
        worker.put(Window(3.0, np.zeros(3 * 16000, np.int16)))
        _wait(lambda: len(worker.words) == 6)
        assert _texts(worker.shown_words) == ["w0", "w1", "w2", "w3", "w4", "w5"]
        worker.settle(Window(0.0, np.zeros(4 * 16000, np.int16)))
        _wait(lambda: worker.settled)
        assert _texts(worker.shown_words) == ["a0", "a1", "a2", "a3", "w4", "w5"]
        # The last window, decoded ahead while the speaker is silent, is not decoded again when
        # it comes as the same audio.
        last = np.arange(3 * 16000, dtype=np.int16)
        worker.ahead(Window(4.0, last))
        _wait(lambda: len(stub.decoded) == 4)
        worker.settle(Window(4.0, last.copy()))
        assert _texts(worker.finish()) == ["a0", "a1", "a2", "a3", "a4", "a5", "a6"]
        assert len(stub.decoded) == 4


def test_an_early_decode_of_other_audio_is_not_used():
    stub = TaggedTranscriber()
    with _running(stub) as worker:
        worker.ahead(Window(0.0, np.zeros(2 * 16000, np.int16)))
        _wait(lambda: len(stub.decoded) == 1)
        worker.settle(Window(0.0, np.zeros(3 * 16000, np.int16)))  # the speaker went on
        assert _texts(worker.finish()) == ["a0", "a1", "a2"]
        assert len(stub.decoded) == 2
