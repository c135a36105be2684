"""Cut a stream of 16 kHz audio into windows of speech for the model, at the pauses webrtcvad finds.

Audio is cut into windows of up to WINDOW_MAX_S at pauses, so memory stays bounded on long files,
silence is never shown to the model (no hallucinated text), and the same code serves a live
microphone: each window is handed on as soon as it closes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from .audio import SAMPLE_RATE
from .transcript import Region
from .vad import Detector

WINDOW_MAX_S = 28.0  # Whisper sees 30 s at a time; leave room for the padding
PAD_S = 0.2  # audio kept either side of a window so the first and last syllables are whole
EAGER_WINDOW_S = 6.0  # live use: close a window at the first pause once it is this long


@dataclass
class Window:
    """A stretch of audio to transcribe, where it sits in the recording, and the speech in it."""

    offset_s: float
    samples: np.ndarray
    regions: list[Region] = field(default_factory=list)

    @property
    def end_s(self) -> float:
        return self.offset_s + len(self.samples) / SAMPLE_RATE


class Stream:
    """Feed audio blocks; speech is found as it arrives and cut into windows at pauses.

    Closed windows go to `on_window` (transcribe now, or queue to a worker). Audio no window can
    still need is dropped as soon as the detector has judged it, so memory is bounded by one
    window whatever the length of the recording.
    """

    def __init__(self, on_window: Callable[[Window], None], eager_s: float = WINDOW_MAX_S):
        self.on_window = on_window
        self.eager_s = eager_s
        self.detector = Detector()
        self.regions: list[Region] = []
        self._pending: list[Region] = []
        self._chunks: list[np.ndarray] = []  # buffered audio, joined only when a window closes
        self._buffer_start = 0  # sample index of the first buffered sample in the recording
        self._buffered = 0  # samples buffered
        self._emitted = 0  # sample index where the last window ended: never transcribed twice
        self.samples = 0

    @property
    def time_s(self) -> float:
        return self.samples / SAMPLE_RATE

    def feed(self, block: np.ndarray, voiced: list[bool] | None = None) -> None:
        """Take the next block of int16 audio; `voiced` gives the VAD's verdict per 30 ms frame
        when the caller already ran it (live capture), so each recording is judged once."""
        block = np.asarray(block, dtype=np.int16).reshape(-1)
        self._chunks.append(block)
        self._buffered += len(block)
        self.samples += len(block)
        for region in self.detector.feed(block, voiced):
            self._add(region)
        if self._pending and self.detector.time_s - self._pending[0].start > WINDOW_MAX_S:
            self._flush()  # no region still to come fits in this window: hand it on now
        self._trim(self._needed_from())

    def _needed_from(self) -> int:
        """The first sample a window may still need: PAD_S before pending or undecided speech."""
        times = [self.detector.time_s]
        if self._pending:
            times.append(self._pending[0].start)
        if self.detector.open_region is not None:
            times.append(self.detector.open_region.start)
        return max(self._emitted, round((min(times) - PAD_S) * SAMPLE_RATE))

    def _add(self, region: Region) -> None:
        """Add a closed region, closing the window first if it would grow past the limit."""
        self.regions.append(region)
        if self._pending and region.end - self._pending[0].start > WINDOW_MAX_S:
            self._flush()
        self._pending.append(region)
        if self._pending[-1].end - self._pending[0].start >= self.eager_s:
            self._flush()

    def flush(self) -> None:
        """Close the pending window now: live use calls this once the speaker has gone quiet."""
        self._flush()

    def _flush(self) -> None:
        """Hand the pending regions on as one window."""
        window = self._window()
        if window is None:
            return
        self._pending = []
        self._emitted = max(self._emitted, round(window.end_s * SAMPLE_RATE))
        self.on_window(window)

    def peek(self) -> Window | None:
        """The window finish() would hand on if the recording ended now, without handing it on:
        None when nothing is pending or speech is still open (its end is not known yet)."""
        if self.detector.open_region is not None:
            return None
        return self._window()

    def _window(self) -> Window | None:
        """The pending regions as one window (None when there are none); nothing changes."""
        if not self._pending:
            return None
        first = max(self._emitted, round((self._pending[0].start - PAD_S) * SAMPLE_RATE))
        end = self._pending[-1].end
        following = self.detector.open_region
        if following is None or following.start - end > PAD_S:
            end += PAD_S  # a pause follows: pad; after a forced cut the next window starts here
        last = min(self.samples, round(end * SAMPLE_RATE))
        first = max(first, self._buffer_start)
        audio = self._joined()
        lo, hi = first - self._buffer_start, last - self._buffer_start
        return Window(first / SAMPLE_RATE, audio[lo:hi].copy(), list(self._pending))

    def _joined(self) -> np.ndarray:
        """The buffered audio as one array."""
        if len(self._chunks) > 1:
            self._chunks = [np.concatenate(self._chunks)]
        return self._chunks[0] if self._chunks else np.zeros(0, dtype=np.int16)

    def _trim(self, keep_from: int) -> None:
        """Drop buffered audio before sample index keep_from."""
        cut = min(keep_from - self._buffer_start, self._buffered)
        if cut <= 0:
            return
        while self._chunks and cut >= len(self._chunks[0]):
            gone = len(self._chunks.pop(0))
            cut -= gone
            self._buffer_start += gone
            self._buffered -= gone
        if cut > 0:
            self._chunks[0] = self._chunks[0][cut:]
            self._buffer_start += cut
            self._buffered -= cut

    def open_stretch(self) -> Window | None:
        """The speech not yet handed on as a window, as a window of its own (for a provisional
        look at words still being said); None when there is none."""
        first = max(self._emitted, self._buffer_start)
        if self.samples - first <= 0 or (not self._pending and self.detector.open_region is None):
            return None
        audio = self._joined()
        return Window(first / SAMPLE_RATE, audio[first - self._buffer_start :].copy())

    def finish(self) -> list[Region]:
        """Close the last region and window; return every speech region of the recording."""
        for region in self.detector.finish():
            self._add(region)
        self._flush()
        return self.regions
