"""Where a spoken answer starts and ends, decided frame by frame as the audio arrives.

The Endpointer waits for speech, keeps a little audio from before it, and ends the answer after a
trailing silence, at a maximum length, or when told to stop. It is the one place a live answer's
audio is judged by webrtcvad: each kept frame comes back with its verdict, so the transcription
Stream reuses the verdicts instead of running the detector again over the same samples.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

import numpy as np

from ..vad import FRAME_MS, FRAME_SAMPLES, MIN_SPEECH_S, Detector

# Endpointing defaults; each is a `rehearse practice` option (the why is beside each one).
START_MS = 150  # voiced speech in a row that starts the answer: a click or a cough is shorter
PREROLL_MS = 500  # audio kept from before the start, so the first syllable is never clipped
RESUME_MS = round(MIN_SPEECH_S * 1000)  # a shorter voiced run is a breath, not speech resuming
SILENCE_S = 3.0  # trailing silence that ends the answer: above thinking pauses (fixtures: 2.2 s)
MAX_LENGTH_S = 180.0  # the guide asks for 1-2 minutes; at 3 the answer is cut
NO_SPEECH_TIMEOUT_S = 20.0  # listening this long without speech gives up, storing nothing
CLIP_LEVEL = 32767  # |sample| at or above this is full scale (int16 tops out at 32767/-32768)
CLIP_FRACTION = 0.001  # clean speech almost never touches full scale; 0.1% of samples is gain

# Why an answer ended (Endpointer.reason).
ENDED_SILENCE = "silence"
ENDED_MAX_LENGTH = "max_length"
ENDED_NO_SPEECH = "no_speech"
ENDED_INPUT = "end_of_input"
ENDED_DEVICE_LOST = "device_lost"
ENDED_ENTER = "enter"
ENDED_INTERRUPT = "interrupt"


@dataclass
class Endpointing:
    """The thresholds of one answer; every one is a command-line option of `rehearse practice`."""

    start_ms: int = START_MS
    preroll_ms: int = PREROLL_MS
    silence_s: float = SILENCE_S
    max_length_s: float = MAX_LENGTH_S
    no_speech_timeout_s: float = NO_SPEECH_TIMEOUT_S


def _frames(ms: float) -> int:
    """Whole VAD frames in a duration given in milliseconds (at least one)."""
    return max(1, round(ms / FRAME_MS))


def _empty() -> np.ndarray:
    """No samples."""
    return np.zeros(0, dtype=np.int16)


class Endpointer:
    """Feed captured blocks of any size; get back the samples that belong to the answer.

    Before the answer starts, the last PREROLL_MS of audio is held; once START_MS of voiced frames
    in a row arrive, that held audio and everything after it is the answer, until one of the ends.
    """

    def __init__(self, settings: Endpointing | None = None):
        self.settings = settings or Endpointing()
        s = self.settings
        self._start_frames = _frames(s.start_ms)
        self._resume_frames = _frames(RESUME_MS)
        self._silence_frames = _frames(s.silence_s * 1000)
        self._max_frames = _frames(s.max_length_s * 1000)
        self._timeout_frames = _frames(s.no_speech_timeout_s * 1000)
        # frames from before the start: the pre-roll and the run that starts it (judged again then)
        self._held: deque[np.ndarray] = deque(maxlen=_frames(s.preroll_ms) + self._start_frames)
        self._detector = Detector()
        self._rest = _empty()
        self._run = 0  # voiced frames in a row, up to the latest
        self.frames = 0  # frames seen since listening began
        self.start_frame: int | None = None  # first frame of the answer, counted from listening
        self.answer_frames = 0  # frames in the answer so far (pre-roll included)
        self.rejudged = 0  # frames judged a second time when the answer started
        self.last_speech_frame = 0  # answer frames up to the end of the latest speech
        self.clipped = 0  # full-scale samples in the answer
        self.reason: str | None = None  # why the answer ended; None while it goes on
        self.speaking = False
        self.level_dbfs = float("-inf")
        self.peak_dbfs = float("-inf")  # loudest frame since the meter last read it

    @property
    def started(self) -> bool:
        return self.start_frame is not None

    @property
    def done(self) -> bool:
        return self.reason is not None

    @property
    def answer_s(self) -> float:
        """Length of the answer so far, pre-roll included (= the recording's length)."""
        return self.answer_frames * FRAME_MS / 1000

    @property
    def listened_s(self) -> float:
        """Seconds of audio heard since listening began."""
        return self.frames * FRAME_MS / 1000

    @property
    def start_s(self) -> float | None:
        """Where the recording begins, in seconds from when listening began."""
        return None if self.start_frame is None else self.start_frame * FRAME_MS / 1000

    @property
    def last_speech_s(self) -> float:
        """End of the latest speech, in seconds of the recording."""
        return self.last_speech_frame * FRAME_MS / 1000

    @property
    def silent_s(self) -> float:
        """Seconds since the speaker last spoke (0 before the answer starts)."""
        return (self.answer_frames - self.last_speech_frame) * FRAME_MS / 1000

    @property
    def clipped_fraction(self) -> float:
        """Share of the answer's samples at full scale."""
        samples = self.answer_frames * FRAME_SAMPLES
        return self.clipped / samples if samples else 0.0

    def read_peak(self) -> float:
        """The loudest frame level since the last call, for a meter that must not miss a syllable."""
        peak, self.peak_dbfs = self.peak_dbfs, float("-inf")
        return peak if peak > float("-inf") else self.level_dbfs

    def feed(self, block: np.ndarray) -> np.ndarray:
        """Consume captured samples; return those that belong to the answer (often none)."""
        return self.take(block)[0]

    def take(self, block: np.ndarray) -> tuple[np.ndarray, list[bool]]:
        """Like feed(), with webrtcvad's verdict on each frame of the samples returned (always
        whole frames), for a Stream over the answer to reuse rather than judge them again."""
        data = np.concatenate([self._rest, np.asarray(block, dtype=np.int16).reshape(-1)])
        usable = len(data) - len(data) % FRAME_SAMPLES
        self._rest = data[usable:]
        kept: list[tuple[np.ndarray, bool]] = []
        for i in range(0, usable, FRAME_SAMPLES):
            if self.done:
                self._rest = _empty()
                break
            kept.extend(self._frame(data[i : i + FRAME_SAMPLES]))
        if not kept:
            return _empty(), []
        return np.concatenate([f for f, _ in kept]), [v for _, v in kept]

    def _frame(self, frame: np.ndarray) -> list[tuple[np.ndarray, bool]]:
        """Classify one frame, move the state on, and return what of it (and before it) to keep."""
        voiced = self._detector.is_speech(frame)
        self.speaking = voiced
        self.level_dbfs = self._detector.level_dbfs
        self.peak_dbfs = max(self.peak_dbfs, self.level_dbfs)
        self.frames += 1
        self._run = self._run + 1 if voiced else 0
        if not self.started:
            self._held.append(frame)
            if self._run >= self._start_frames:
                kept = self._rejudge(list(self._held))
                self._held.clear()
                self.start_frame = self.frames - len(kept)
                for f, _ in kept:
                    self._count(f)
                self.last_speech_frame = self.answer_frames
                return kept
            if self.frames >= self._timeout_frames:
                self.reason = ENDED_NO_SPEECH
            return []
        self._count(frame)
        if voiced and self._run >= self._resume_frames:
            self.last_speech_frame = self.answer_frames
        if self.answer_frames - self.last_speech_frame >= self._silence_frames:
            self.reason = ENDED_SILENCE
        elif self.answer_frames >= self._max_frames:
            self.reason = ENDED_MAX_LENGTH
        return [(frame, voiced)]

    def _rejudge(self, frames: list[np.ndarray]) -> list[tuple[np.ndarray, bool]]:
        """The recording's first frames judged again by a fresh detector, which judges the rest.

        webrtcvad adapts to the noise it has heard; judged afresh from the recording's first frame,
        the answer gets the verdicts `analyze` of the saved file gets."""
        self._detector = Detector()
        self.rejudged += len(frames)
        return [(f, self._detector.is_speech(f)) for f in frames]

    def _count(self, frame: np.ndarray) -> None:
        """Add a frame to the answer's length and clipping count."""
        self.answer_frames += 1
        self.clipped += int(np.count_nonzero(np.abs(frame.astype(np.int32)) >= CLIP_LEVEL))

    def stop(self, reason: str) -> None:
        """End the answer now (the speaker pressed Enter, the device went away, ...)."""
        if not self.done:
            self.reason = reason

    def finish(self) -> np.ndarray:
        """The input has ended: return the last partial frame if the answer had started.

        It is shorter than a frame, so it has no verdict: no detector ever judges it."""
        rest, self._rest = self._rest, _empty()
        self.stop(ENDED_INPUT)
        return rest if self.started and self.reason == ENDED_INPUT else rest[:0]
