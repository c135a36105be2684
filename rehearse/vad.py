"""Find stretches of speech in a stream of 16 kHz int16 audio with webrtcvad, frame by frame."""

from __future__ import annotations

import numpy as np

from .audio import SAMPLE_RATE
from .transcript import Region

FRAME_MS = 30  # webrtcvad takes 10, 20 or 30 ms frames
FRAME_SAMPLES = SAMPLE_RATE * FRAME_MS // 1000
VAD_MODE = 2  # 0 (lenient) .. 3 (strict); see the README for the measured choice
CLOSE_GAP_S = 0.3  # silence that ends a region: the pause threshold the analysis uses
MIN_SPEECH_S = 0.09  # voiced runs shorter than this are clicks or breaths, not speech
MAX_REGION_S = 25.0  # force a cut so one region always fits a 30 s Whisper window
# Frames quieter than this are silence whatever webrtcvad says (and webrtcvad never hears them).
# -65 dBFS, fitted on the old and hard dev fixtures (speaking-time error mean/max, old and dev, from
# the words `analyze` heard: 0.5/1.3% and 1.7/2.4% at -55, 1.5/2.7% and 1.3/2.1% at -60, 0.6/1.1%
# and 1.4/1.6% at -65): at -55 the quiet ends of words said at a peak of -20 dBFS were cut away.
MIN_LEVEL_DBFS = -65.0
# A fresh webrtcvad calls its first 3-4 frames speech whatever they hold (measured: white noise at
# -61 dBFS, the fixtures' -60 dBFS floor): a stream's first frames only teach it the noise.
WARMUP_FRAMES = 4


def frame_level(frame: np.ndarray) -> float:
    """RMS level of int16 samples in dBFS (-inf for digital silence)."""
    rms = float(np.sqrt(np.mean(frame.astype(np.float64) ** 2))) if len(frame) else 0.0
    return 20 * np.log10(rms / 32768.0) if rms > 0 else float("-inf")


class Detector:
    """Feed int16 blocks of any size; closed speech regions come back as soon as they end."""

    def __init__(self, mode: int = VAD_MODE, close_gap_s: float = CLOSE_GAP_S):
        import webrtcvad  # the webrtcvad-wheels distribution provides this module

        self._vad = webrtcvad.Vad(mode)
        self._judged = 0  # frames judged so far
        self._close_frames = max(1, round(close_gap_s * 1000 / FRAME_MS))
        self._rest = np.zeros(0, dtype=np.int16)
        self.frames = 0  # frames seen so far
        self._start: int | None = None  # first voiced frame of the open region
        self._last: int = 0  # last voiced frame of the open region
        self.speaking = False  # was the latest frame voiced
        self.level_dbfs = float("-inf")  # level of the latest frame

    @property
    def time_s(self) -> float:
        """Seconds of audio consumed so far."""
        return self.frames * FRAME_MS / 1000

    @property
    def open_region(self) -> Region | None:
        """The region still being spoken, if any."""
        if self._start is None:
            return None
        return Region(self._start * FRAME_MS / 1000, (self._last + 1) * FRAME_MS / 1000)

    def feed(self, samples: np.ndarray, voiced: list[bool] | None = None) -> list[Region]:
        """Consume samples; return the regions that closed within them.

        `voiced`, when given, is the verdict on each whole frame of `samples` already reached by
        another Detector over the same audio (frame-aligned), so the audio is judged only once."""
        data = np.concatenate([self._rest, np.asarray(samples, dtype=np.int16)])
        usable = len(data) - len(data) % FRAME_SAMPLES
        if voiced is not None and (len(self._rest) or len(voiced) != usable // FRAME_SAMPLES):
            raise ValueError("voiced needs one verdict per frame of frame-aligned samples")
        self._rest = data[usable:]
        closed = []
        for k, i in enumerate(range(0, usable, FRAME_SAMPLES)):
            frame = data[i : i + FRAME_SAMPLES]
            region = self._frame(frame, None if voiced is None else voiced[k])
            if region is not None:
                closed.append(region)
        return closed

    def is_speech(self, frame: np.ndarray) -> bool:
        """webrtcvad's verdict on one frame, with frames below MIN_LEVEL_DBFS always silent."""
        self.level_dbfs = frame_level(frame)
        self._judged += 1
        if self.level_dbfs <= MIN_LEVEL_DBFS:
            return False
        speech = self._vad.is_speech(frame.tobytes(), SAMPLE_RATE)
        return speech and self._judged > WARMUP_FRAMES

    def _frame(self, frame: np.ndarray, voiced: bool | None = None) -> Region | None:
        """Classify one frame (unless told) and return a region if this frame closed one."""
        if voiced is None:
            voiced = self.is_speech(frame)
        else:
            self.level_dbfs = frame_level(frame)
        index = self.frames
        self.frames += 1
        self.speaking = voiced
        if voiced:
            if self._start is None:
                self._start = index
            self._last = index
            if (index + 1 - self._start) * FRAME_MS / 1000 >= MAX_REGION_S:
                return self._close()
            return None
        if self._start is not None and index - self._last >= self._close_frames:
            return self._close()
        return None

    def _close(self) -> Region | None:
        """End the open region; drop it if it is too short to be speech."""
        region = self.open_region
        self._start = None
        if region is None or region.duration < MIN_SPEECH_S:
            return None
        return region

    def finish(self) -> list[Region]:
        """Close whatever is still open at the end of the stream."""
        region = self._close()
        return [region] if region else []


def regions(samples: np.ndarray, mode: int = VAD_MODE) -> list[Region]:
    """All speech regions of a whole int16 signal."""
    detector = Detector(mode)
    return detector.feed(samples) + detector.finish()
