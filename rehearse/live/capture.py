"""One answer: capture it from a source, endpoint it, write it to disk and stream it to the worker.

Capture runs on the main thread; each block goes to the Endpointer, and the samples it keeps go
first to the WAV on disk (so a kill leaves everything so far) and then, with the Endpointer's
per-frame speech verdicts, to two windows.Streams over the same audio: the answer's, cut into
windows of up to 28 s as `analyze` cuts the saved file (its words make the report), and an eager
one that closes a window at the first pause after 6 s (its words feed the live panel).
The eager windows alone gave tiny.en too little context: on the noisy hard fixtures practice
heard fewer words than analyze of the same recording (word recall 0.933 against 0.955).
"""

from __future__ import annotations

import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ..audio import SAMPLE_RATE
from ..errors import RehearseError
from ..vad import CLOSE_GAP_S
from .endpointer import (
    CLIP_FRACTION,
    ENDED_DEVICE_LOST,
    ENDED_ENTER,
    ENDED_INTERRUPT,
    ENDED_MAX_LENGTH,
    ENDED_NO_SPEECH,
)

FLUSH_AFTER_S = 1.0  # silence after which the pending speech is transcribed without waiting
# While speaking, the words of the stretch not yet closed into a window are decoded for a look
# every this many seconds of audio, so the live panel follows speech within about a second
# instead of a window (up to 6 s) behind. Only with the live panel, only when the worker is idle.
PREVIEW_EVERY_S = 1.0
PREVIEW_MIN_S = 1.0  # an open stretch shorter than this has no words worth a decode
# A look is asked for only while the speaker is heard: in a pause the eager window closes after
# FLUSH_AFTER_S anyway, and a look asked as the answer ends only delays its report.
LOOK_QUIET_S = CLOSE_GAP_S  # the VAD's pause threshold


@dataclass
class Outcome:
    """What one practice session produced, with the clock readings the latency bench reports."""

    report: object | None  # analysis.Report
    path: Path | None  # the WAV, None when nothing was recorded
    ended_by: str
    offset_s: float | None  # where the recording starts, in seconds of the input
    faults: list[str] = field(default_factory=list)  # one-line problems: exit status 2
    last_speech_at: float | None = None  # perf_counter when the last voiced block was fed
    captured_at: float | None = None  # perf_counter when capture ended
    reported_at: float | None = None  # perf_counter when the report was made


class Session:
    """One answer: capture from a source, endpoint, write, stream to the worker, then analyze."""

    def __init__(self, source, endpointer, worker, path: Path, on_start=None, writer=None):
        from ..windows import EAGER_WINDOW_S, WINDOW_MAX_S, Stream

        self.source = source
        self.endpointer = endpointer
        # a worker.Worker, or anything with put(), settle(), ahead(), finish() and recording
        self.worker = worker
        self.path = path
        self.on_start = on_start  # called with the path once the answer starts
        self.stream = Stream(self._shown, eager_s=EAGER_WINDOW_S)  # the panel's windows
        self.answer = Stream(worker.settle, eager_s=WINDOW_MAX_S)  # the report's, as analyze's
        self._ahead_at = -1  # speech regions found when an early decode was last asked for
        self.writer = writer  # an audio.WavWriter already open on path, or None: opened on start
        self.write_failed = False
        # Set by the owner of a live panel: decode the eager windows for it (without one, only the
        # answer's windows are decoded), and with preview also looks at the open stretch.
        self.panel = False
        self.preview = False
        self._previewed_at = 0.0  # stream time of the last preview asked for
        self._announced = False
        self._stop_reason: str | None = None
        self.last_speech_at: float | None = None
        self.captured_at: float | None = None

    def stop(self, reason: str) -> None:
        """End the answer at the next block (from a signal handler or the Enter thread)."""
        self._stop_reason = reason
        self.source.stop()

    def capture(self) -> None:
        """Run until the answer ends; everything kept is on disk when this returns (or raises)."""
        try:
            self._capture()
        except BaseException:
            self._close(quiet=True)
            raise
        else:
            self._close(quiet=False)
        finally:
            self.captured_at = time.perf_counter()

    def _capture(self) -> None:
        """The capture loop: each block through the endpointer, what it keeps to disk and stream."""
        e = self.endpointer
        for block in self.source.blocks():
            before = e.last_speech_frame
            self._keep(*e.take(block))
            if e.last_speech_frame != before:
                self.last_speech_at = time.perf_counter()
            if e.started and e.silent_s >= FLUSH_AFTER_S:
                self.stream.flush()  # the speaker paused: transcribe now, not at the end
                self._ask_ahead()
            elif self.preview and e.started and e.silent_s < LOOK_QUIET_S:
                self._ask_preview()
            if self._stop_reason is not None:
                e.stop(self._stop_reason)
            if e.done:
                break
        else:
            if self.source.lost:
                e.stop(ENDED_DEVICE_LOST)
            elif self._stop_reason is not None:
                e.stop(self._stop_reason)
            # the last feed: a partial frame no detector judges, so it goes without verdicts
            self._keep(e.finish(), None)

    def _shown(self, window) -> None:
        """An eager window closed: the worker decodes it for the panel, if there is one."""
        if self.panel:
            self.worker.put(window)

    def _ask_preview(self) -> None:
        """Hand the worker the open stretch for a provisional look, once per PREVIEW_EVERY_S."""
        now = self.stream.time_s
        if now - self._previewed_at < PREVIEW_EVERY_S:
            return
        stretch = self.stream.open_stretch()
        if stretch is not None and len(stretch.samples) >= PREVIEW_MIN_S * SAMPLE_RATE:
            self._previewed_at = now
            self.worker.preview(stretch)

    def _ask_ahead(self) -> None:
        """Hand the worker the answer's pending window for an early decode, once per window: if
        this silence ends the answer it is the last, and the report need not wait for it."""
        if len(self.answer.regions) == self._ahead_at:
            return  # asked already for this window (peek copies up to 28 s of audio)
        window = self.answer.peek()
        if window is not None:
            self._ahead_at = len(self.answer.regions)
            self.worker.ahead(window)

    def _close(self, quiet: bool) -> None:
        """Close the WAV; a failed sync is a write error unless another error is on its way."""
        if self.writer is None:
            return
        try:
            self.writer.close()
        except OSError as error:
            if not quiet:
                raise self._write_error(error) from None

    def _write_error(self, error: OSError) -> RehearseError:
        """The one line for a recording that could not be written: what is kept, and where."""
        from ..transcript import clock

        self.write_failed = True
        kept = clock(self.writer.seconds if self.writer is not None else 0.0)
        return RehearseError(
            f"cannot write the recording {self.path} ({error.strerror or error}): free some "
            f"space or use --data-dir; the {kept} written so far is kept there"
        )

    def _keep(self, samples, voiced: list[bool] | None) -> None:
        """Write the answer's samples to disk first, then hand them to the transcription stream."""
        if not len(samples):
            return
        from ..audio import WavWriter

        try:
            if self.writer is None:
                self.writer = WavWriter(self.path)
            self.writer.write(samples)
        except OSError as e:
            raise self._write_error(e) from None
        if not self._announced:  # once there is audio in it: a path named always holds some
            self._announced = True
            if self.on_start:
                self.on_start(self.path)
        self.stream.feed(samples, voiced)
        self.answer.feed(samples, voiced)

    def transcript(self):
        """Close the last window, wait for the worker, and stitch the words into one Transcript."""
        from ..transcript import Transcript

        regions = self.answer.finish()  # the eager stream's last window is of no use now
        words = self.worker.finish()
        return Transcript(
            words=words,
            regions=regions,
            duration_s=round(self.answer.time_s, 3),
            uncovered=list(self.worker.recording.uncovered),
        )


@contextmanager
def stop_on_interrupt(session: Session) -> Iterator[None]:
    """While inside, Ctrl-C ends the answer (keeping it) instead of the program."""
    previous = signal.signal(signal.SIGINT, lambda *_: session.stop(ENDED_INTERRUPT))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _not_started(session: Session) -> Outcome:
    """No answer began: a cancel is an Outcome without a report; anything else is an error."""
    e = session.endpointer
    session.worker.finish()
    if e.reason in (ENDED_ENTER, ENDED_INTERRUPT):
        return Outcome(None, None, e.reason, None)
    if e.reason == ENDED_DEVICE_LOST:
        raise RehearseError(
            f"the input device went away before you spoke ({session.source.lost}); nothing "
            "was recorded: check `rehearse devices`, or use --input FILE"
        )
    if e.reason == ENDED_NO_SPEECH:
        raise RehearseError(
            f"no speech heard in {e.listened_s:.0f} s; nothing was recorded: check the "
            "microphone and its level (`rehearse devices`), or allow longer with "
            "--no-speech-timeout"
        )
    raise RehearseError(f"no speech in {session.source.name}; nothing was recorded")


def _problems(session: Session) -> tuple[list[str], list[str]]:
    """The capture's warnings for the report, and those of them that are faults (exit status 2)."""
    from ..transcript import clock

    e = session.endpointer
    warnings, faults = [], []
    if e.clipped_fraction >= CLIP_FRACTION:
        text = (
            f"the input clipped ({e.clipped_fraction:.1%} of samples at full scale): lower the "
            "microphone gain; pauses and fillers may be misjudged"
        )
        warnings.append(text)
        faults.append(text)
    if e.reason == ENDED_DEVICE_LOST:
        text = (
            f"the input device went away at {clock(e.answer_s)} ({session.source.lost}); "
            "the report covers what was captured"
        )
        warnings.append(text)
        faults.append(text)
    if e.reason == ENDED_MAX_LENGTH:
        warnings.append(f"the answer was cut at the maximum length, {clock(e.answer_s)}")
    return warnings, faults


def analyze_session(session: Session, guide, prompt) -> Outcome:
    """After capture: the report, warnings and faults, or a RehearseError if nothing was said."""
    from ..pipeline import report_for

    e = session.endpointer
    if not e.started:
        return _not_started(session)
    transcript = session.transcript()
    warnings, faults = _problems(session)
    recording = session.worker.recording
    report = report_for(transcript, recording, guide, prompt, session.path, warnings)
    return Outcome(
        report,
        session.path,
        e.reason,
        e.start_s,
        faults,
        session.last_speech_at,
        session.captured_at,
        time.perf_counter(),
    )


def run_session(session: Session, guide, prompt) -> Outcome:
    """Capture one answer and analyze it (what bench/latency.py runs)."""
    session.capture()
    return analyze_session(session, guide, prompt)
