"""The transcription worker: loads the model, then transcribes an answer's windows as they close."""

from __future__ import annotations

import queue
import threading

WARM_UP_S = 0.5  # silence transcribed once after loading the model


def warm_up(transcriber) -> None:
    """Pay the model's one-off first-call cost (about 2 s here) before the answer, not after it.

    The silence is decoded as a throwaway recording: its words, probabilities and first window
    (which language identification would otherwise hear) never reach the answer's."""
    import numpy as np

    from ..audio import SAMPLE_RATE
    from ..windows import Window

    transcriber.recording().words(Window(0.0, np.zeros(int(WARM_UP_S * SAMPLE_RATE), np.int16)))


class Worker(threading.Thread):
    """Loads the model, then transcribes windows in order while capture goes on."""

    def __init__(self, model: str):
        super().__init__(name="rehearse-transcriber", daemon=True)
        self.model = model
        self.transcriber = None
        self.recording = None  # the answer's transcribe.Recording, fresh after the warm-up
        self.words: list = []  # grows as windows are transcribed; read by the live panel
        self.error: BaseException | None = None
        self.ready = threading.Event()
        self._windows: queue.Queue = queue.Queue()

    def run(self) -> None:
        """The thread: load and warm up, then transcribe each queued window until told to end."""
        from ..transcribe import Transcriber

        try:
            self.transcriber = Transcriber(self.model)
            warm_up(self.transcriber)
            self.recording = self.transcriber.recording()
        except BaseException as e:  # noqa: BLE001 - handed to the main thread, raised there
            self.error = e
        self.ready.set()
        while (window := self._windows.get()) is not None:
            if self.error is None:
                try:
                    self.words.extend(self.recording.words(window))
                except BaseException as e:  # noqa: BLE001 - handed to the main thread
                    self.error = e

    def wait_ready(self) -> None:
        """Block until the model is loaded; raise its error if it could not be."""
        self.ready.wait()
        if self.error is not None:
            raise self.error

    def put(self, window) -> None:
        """Queue a closed window (called from the capture loop)."""
        self._windows.put(window)

    def finish(self) -> list:
        """Wait for the queued windows; return every word in order."""
        self._windows.put(None)
        self.join()
        if self.error is not None:
            raise self.error
        return self.words
