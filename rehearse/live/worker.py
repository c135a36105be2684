"""The transcription worker: loads the model, then transcribes an answer's windows as they close.

The worker is always waited for before the program ends (stop(), from a finally): leaving the
interpreter while the thread is inside CTranslate2 aborts the process ("terminate called without
an active exception", SIGABRT or SIGSEGV) instead of ending it with its own exit status.
Nothing waits for it with Thread.join while Ctrl-C can land: a join interrupted by
KeyboardInterrupt (Python 3.11) marks the thread as ended while it still runs, and the
interpreter then exits under it. The wait is on an Event the thread sets as its last act.
"""

from __future__ import annotations

import queue
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

WARM_UP_S = 0.5  # silence transcribed once after loading the model
POLL_S = 0.5  # how often an idle worker looks whether the main thread is still there


def warm_up(transcriber) -> None:
    """Pay the model's one-off first-call cost (about 2 s here) before the answer, not after it.

    The silence is decoded as a throwaway recording: its words, probabilities and first window
    (which language identification would otherwise hear) never reach the answer's."""
    import numpy as np

    from ..audio import SAMPLE_RATE
    from ..windows import Window

    transcriber.recording().words(Window(0.0, np.zeros(int(WARM_UP_S * SAMPLE_RATE), np.int16)))


@contextmanager
def sigint_ignored() -> Iterator[None]:
    """Ctrl-C does nothing while inside (main thread only: elsewhere signals cannot be set)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


class Worker(threading.Thread):
    """Loads the model, then transcribes windows in order while capture goes on.

    Not a daemon: the interpreter waits for it rather than tearing it down mid-decode; it ends by
    itself once the main thread has gone, should a caller forget stop(). Single-use: finish()
    ends the thread, so each answer of a run gets its own Worker; give it the Transcriber an
    earlier one loaded (already warmed up) and the model is loaded once per run."""

    def __init__(self, model: str, transcriber=None):
        super().__init__(name="rehearse-transcriber", daemon=False)
        self.model = model
        self.transcriber = transcriber  # None: loaded (and warmed up) by the thread
        self.recording = None  # the answer's transcribe.Recording, fresh after the warm-up
        self.words: list = []  # grows as windows are transcribed; read by the live panel
        # A provisional decode of the speech after the last window, for the live panel only;
        # never part of the answer. Replaced by each new look, cleared when a window lands.
        self.preview_words: list = []
        self._preview = None  # the latest open stretch asked for, not yet decoded
        self._lock = threading.Lock()
        self.error: BaseException | None = None
        self.ready = threading.Event()
        self._done = threading.Event()  # set as the thread's last act
        self._cancelled = threading.Event()
        self._windows: queue.Queue = queue.Queue()

    def run(self) -> None:
        """The thread: load and warm up, then transcribe each queued window until told to end."""
        try:
            self._run()
        finally:
            self._done.set()

    def _run(self) -> None:
        """Load and warm up the model, then transcribe the windows as they come."""
        from ..transcribe import Transcriber

        try:
            if self.transcriber is None:
                self.transcriber = Transcriber(self.model)
                if not self._cancelled.is_set():
                    warm_up(self.transcriber)
            self.recording = self.transcriber.recording()
        except BaseException as e:  # noqa: BLE001 - handed to the main thread, raised there
            self.error = e
        self.ready.set()
        while (window := self._next()) is not None:
            if self.error is None and not self._cancelled.is_set():
                try:
                    self.words.extend(self.recording.words(window))
                    self.preview_words = []
                except BaseException as e:  # noqa: BLE001 - handed to the main thread
                    self.error = e

    def _next(self):
        """The next queued window; None when told to end or when the main thread is gone. While
        none is queued, a pending preview is decoded."""
        while True:
            try:
                return self._windows.get(timeout=POLL_S if self._preview is None else 0.05)
            except queue.Empty:
                if not threading.main_thread().is_alive():
                    return None
                self._look()

    def preview(self, stretch) -> None:
        """Ask for a provisional look at the open stretch (called from the capture loop); an
        earlier look not yet taken is replaced."""
        with self._lock:
            self._preview = stretch

    def _look(self) -> None:
        """Decode the latest open stretch asked for into preview_words (no guard, no state)."""
        with self._lock:
            stretch, self._preview = self._preview, None
        if stretch is None or self.error is not None or self._cancelled.is_set():
            return
        try:
            words = self.transcriber.decode(stretch)
        except Exception:  # noqa: BLE001 - a look is optional; the window's decode will tell
            return
        last = self.words[-1].end if self.words else 0.0
        self.preview_words = [w for w in words if w.start >= last]

    @property
    def shown_words(self) -> list:
        """The words so far for the live panel: transcribed, then the provisional look."""
        return self.words + self.preview_words

    def wait_ready(self) -> None:
        """Block until the model is loaded; raise its error if it could not be."""
        self.ready.wait()
        if self.error is not None:
            raise self.error

    def put(self, window) -> None:
        """Queue a closed window (called from the capture loop)."""
        self._windows.put(window)

    def finish(self) -> list:
        """Wait for the queued windows; return every word in order (Ctrl-C may interrupt the
        wait; stop() then waits for the thread)."""
        self._windows.put(None)
        self._done.wait()
        self._join()
        if self.error is not None:
            raise self.error
        return self.words

    def stop(self) -> None:
        """Abandon the windows not yet transcribed and wait for the thread to end (a window being
        decoded is finished first: CTranslate2 cannot be interrupted). Ctrl-C is ignored while
        waiting, so it cannot end the program with the thread still inside the model."""
        self._cancelled.set()
        self._windows.put(None)
        if self.ident is None:  # never started
            return
        with sigint_ignored():
            self._done.wait()
            self._join()

    def _join(self) -> None:
        """Reap the thread once it has set _done (a moment), where Ctrl-C cannot interrupt it."""
        with sigint_ignored():
            self.join()
