"""The transcription worker: loads the model, then transcribes an answer's windows as they close.

It is given two cuts of the same answer. The answer's own windows (up to 28 s, cut at pauses as
`analyze` cuts a file) make the report, decoded as `analyze` decodes them, so practice hears
what analyze of the saved recording hears. Short eager windows (the first pause after 6 s) and
looks at the open stretch keep the live panel's words within a second or so of speech; they are
decoded in the time left over and never reach the report. The answer's last window is decoded
early, while the speaker is silent, in case the silence ends the answer.

The worker is always waited for before the program ends (stop(), from a finally): leaving the
interpreter while the thread is inside CTranslate2 aborts the process ("terminate called without
an active exception", SIGABRT or SIGSEGV) instead of ending it with its own exit status.
Nothing waits for it with Thread.join while Ctrl-C can land: a join interrupted by
KeyboardInterrupt (Python 3.11) marks the thread as ended while it still runs, and the
interpreter then exits under it. The wait is on an Event the thread sets as its last act.
"""

from __future__ import annotations

import signal
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

WARM_UP_S = 0.5  # silence transcribed once after loading the model
POLL_S = 0.5  # how often an idle worker looks whether the main thread is still there
# After a look the worker rests twice as long as the look took before the next one. Every decode
# costs ~0.7 s whatever its length (the encoder reads 30 s); back to back, looks kept the worker
# busy 99 s of a 2-min answer and an answer ended with Enter waited for the look in flight: 2.1 s
# to its report. Resting 1x: 1.54 s; 2x: 1.20 s, the panel still new every ~2 s
# (bench/latency.py --panel --runs 3 --lengths 120, tiny.en).
LOOK_REST = 2.0


def warm_up(transcriber) -> None:
    """Pay the model's one-off first-call cost (about 2 s here) before the answer, not after it.

    The silence is decoded as a throwaway recording: its words, probabilities and first window
    (which language identification would otherwise hear) never reach the answer's."""
    import numpy as np

    from ..audio import SAMPLE_RATE
    from ..windows import Window

    transcriber.recording().words(Window(0.0, np.zeros(int(WARM_UP_S * SAMPLE_RATE), np.int16)))


def hear_one_ctrl_c() -> ExitStack:
    """Until the returned stack is closed, the first Ctrl-C raises KeyboardInterrupt and every
    later one is ignored (main thread only: elsewhere signals cannot be set). With Python's own
    handler, a second Ctrl-C close behind the first was raised inside the first one's handling
    and ended the run with a bare "interrupted" (seen in CI)."""
    stack = ExitStack()
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGINT, _interrupt_once)
        stack.callback(signal.signal, signal.SIGINT, previous)
    return stack


def _interrupt_once(signum, frame) -> None:
    """A SIGINT handler: turn Ctrl-C off, then raise KeyboardInterrupt."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    raise KeyboardInterrupt


def deafen() -> None:
    """Ctrl-C does nothing from now on (until a stack of hear_one_ctrl_c is closed)."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)


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
    earlier one loaded (already warmed up) and the model is loaded once per run.

    Work is taken in this order: the answer's windows (settle); an early decode of what may be
    the answer's last window (ahead), asked for after a second of silence and needed within the
    next two if the silence ends the answer, while the panel already shows those words from a
    look; the panel's eager windows (put); a look (preview). Once the answer has ended only the
    answer's windows are left to decode."""

    def __init__(self, model: str, transcriber=None):
        super().__init__(name="rehearse-transcriber", daemon=False)
        self.model = model
        self.transcriber = transcriber  # None: loaded (and warmed up) by the thread
        self.recording = None  # the answer's transcribe.Recording, fresh after the warm-up
        self.live = None  # a Recording of its own for the eager windows, made at the first one
        self.settled: list = []  # the answer's words, from its own windows: the report's
        self.words: list = []  # the panel's: settled words, then eager ones after them
        # A provisional decode of the speech after the last window, for the live panel only;
        # never part of the answer. Replaced by each new look, cleared when a window lands.
        self.preview_words: list = []
        self._preview = None  # the latest open stretch asked for, not yet decoded
        self._look_after = 0.0  # perf_counter time before which no look starts
        self._ahead = None  # the answer's pending window, asked to be decoded early
        self._guess = None  # (window, windows settled before it, forked recording, its words)
        self._settled_to = 0.0  # end (s) of the last answer window decoded
        self._count = 0  # answer windows decoded
        self.early = 0  # of them, taken from an early decode (for tests and benches)
        self._answer: deque = deque()
        self._eager: deque = deque()
        self._ending = False
        self._cv = threading.Condition()
        self.error: BaseException | None = None
        self.ready = threading.Event()
        self._done = threading.Event()  # set as the thread's last act
        self._cancelled = threading.Event()

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
        jobs = {
            "settle": self._decode_answer,
            "eager": self._decode_eager,
            "ahead": self._decode_ahead,
            "look": self._look,
        }
        while (job := self._next()) is not None:
            kind, window = job
            if self.error is not None or self._cancelled.is_set():
                continue
            try:
                jobs[kind](window)
            except BaseException as e:  # noqa: BLE001 - handed to the main thread, raised there
                if kind == "settle":
                    self.error = e
                # the rest is for the panel or ahead of time: the answer's own decode will tell

    def _next(self):
        """The next job as (kind, window); None when told to end or the main thread is gone."""
        with self._cv:
            while True:
                if self._answer:
                    return "settle", self._answer.popleft()
                if self._ending:
                    return None
                if self._ahead is not None:
                    window, self._ahead = self._ahead, None
                    return "ahead", window
                if self._eager:
                    return "eager", self._eager.popleft()
                rest = self._look_after - time.perf_counter()
                if self._preview is not None and rest <= 0:
                    window, self._preview = self._preview, None
                    return "look", window
                self._cv.wait(min(POLL_S, rest) if self._preview is not None else POLL_S)
                if not threading.main_thread().is_alive():
                    return None

    def _decode_answer(self, window) -> None:
        """Decode one of the answer's windows (or take its early decode, if that was of the same
        audio from the same state), and let its words replace the eager ones in its span."""
        guess, self._guess = self._guess, None
        if guess is not None and guess[1] == self._count and _same(guess[0], window):
            self.recording, words = guess[2], guess[3]
            self.early += 1
        else:
            words = self.recording.words(window)
        self._count += 1
        self.settled.extend(words)
        self._settled_to = window.end_s
        self.words = self.settled + [w for w in self.words if w.start >= self._settled_to]

    def _decode_eager(self, window) -> None:
        """Decode an eager window for the panel, past what the answer's windows already settled."""
        if window.end_s <= self._settled_to:
            return  # its words are settled already
        if self.live is None:
            self.live = self.transcriber.recording()
        words = self.live.words(window)
        self.words = self.words + [w for w in words if w.start >= self._settled_to]
        self.preview_words = []

    def _decode_ahead(self, window) -> None:
        """Decode what may be the answer's last window on a fork of the recording, kept for
        _decode_answer to take if that window comes unchanged."""
        fork = self.recording.fork()
        self._guess = (window, self._count, fork, fork.words(window))

    def _look(self, stretch) -> None:
        """Decode the latest open stretch asked for into preview_words (no guard, no state); the
        next look waits LOOK_REST times as long as this one took."""
        start = time.perf_counter()
        words = self.transcriber.decode(stretch)
        end = time.perf_counter()
        self._look_after = end + (end - start) * LOOK_REST
        last = self.words[-1].end if self.words else 0.0
        self.preview_words = [w for w in words if w.start >= last]

    def preview(self, stretch) -> None:
        """Ask for a provisional look at the open stretch (called from the capture loop); an
        earlier look not yet taken is replaced."""
        with self._cv:
            self._preview = stretch
            self._cv.notify()

    def ahead(self, window) -> None:
        """Ask for an early decode of the answer's pending window (called from the capture loop
        when the speaker has gone quiet); an earlier request not yet taken is replaced."""
        with self._cv:
            self._ahead = window
            self._cv.notify()

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
        """Queue an eager window for the panel (called from the capture loop)."""
        with self._cv:
            self._eager.append(window)
            self._cv.notify()

    def settle(self, window) -> None:
        """Queue one of the answer's own windows (called from the capture loop)."""
        with self._cv:
            self._answer.append(window)
            self._cv.notify()

    def _end(self) -> None:
        """No more work but the answer's windows already queued."""
        with self._cv:
            self._ending = True
            self._cv.notify()

    def finish(self) -> list:
        """Wait for the answer's windows; return their words in order (Ctrl-C may interrupt the
        wait; stop() then waits for the thread)."""
        self._end()
        self._done.wait()
        self._join()
        if self.error is not None:
            raise self.error
        return self.settled

    def stop(self) -> None:
        """Abandon the windows not yet transcribed and wait for the thread to end (a window being
        decoded is finished first: CTranslate2 cannot be interrupted). Ctrl-C is ignored while
        waiting, so it cannot end the program with the thread still inside the model."""
        self._cancelled.set()
        self._end()
        if self.ident is None:  # never started
            return
        with sigint_ignored():
            self._done.wait()
            self._join()

    def _join(self) -> None:
        """Reap the thread once it has set _done (a moment), where Ctrl-C cannot interrupt it."""
        with sigint_ignored():
            self.join()


def _same(a, b) -> bool:
    """Two windows of the same audio at the same place with the same speech in it."""
    return (
        a.offset_s == b.offset_s
        and a.regions == b.regions
        and len(a.samples) == len(b.samples)
        and bool((a.samples == b.samples).all())
    )
