"""Where a spoken answer comes from: the microphone or a file, as the same stream of blocks.

Two sources give the same stream of 16 kHz mono int16 blocks: the microphone (PortAudio through
sounddevice) and a file played at real-time pace (or faster), so demos, tests and benchmarks take
exactly the path a live answer takes. Each has name, lost, open(), blocks(), stop() and close().
"""

from __future__ import annotations

import os
import queue
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .. import audio
from ..audio import SAMPLE_RATE
from ..errors import RehearseError

BLOCK_MS = 30  # capture block: one webrtcvad frame, so the meter and the endpointer see every frame
# A started stream that delivers nothing for this long has lost its device (PortAudio does not
# always say so: an unplugged USB microphone or a dead sound server can just go quiet).
DEVICE_TIMEOUT_S = 1.0
POLL_S = 0.1  # how often a waiting source looks at its stop flag
PORTAUDIO_PACKAGE = "libportaudio2"  # the Debian/Ubuntu package with the PortAudio library


class FileSource:
    """A recording played as if spoken: blocks arrive at real-time pace times `speed` (0 = at once)."""

    def __init__(self, path: str | Path, speed: float = 1.0, block_ms: int = BLOCK_MS):
        self.path = audio.check_file(path)
        self.speed = speed
        self.block_samples = SAMPLE_RATE * block_ms // 1000
        self.name = str(path)
        self.lost: str | None = None  # a file never goes away; kept for the common interface
        self._stop = threading.Event()
        self._decoded: Iterator[np.ndarray] | None = None
        self._first: np.ndarray | None = None

    def open(self) -> None:
        """Decode the first second now, so a file that is not audio fails before anything else."""
        self.close()  # opened once to check it, again to play it: one decoder at a time
        self._decoded = audio.blocks(self.path)
        self._first = next(self._decoded)

    def blocks(self) -> Iterator[np.ndarray]:
        """Yield capture-sized blocks, each when its last sample would have been heard."""
        if self._decoded is None:
            self.open()
        start = time.perf_counter()
        fed = 0
        for block in self._reblocked():
            if self._stop.is_set():
                return
            fed += len(block)
            if self.speed > 0:
                delay = start + fed / SAMPLE_RATE / self.speed - time.perf_counter()
                if delay > 0:
                    time.sleep(delay)
            yield block

    def _reblocked(self) -> Iterator[np.ndarray]:
        """The decoded audio cut into blocks of block_samples (the last may be shorter)."""
        rest = self._first
        for chunk in self._decoded:
            data = np.concatenate([rest, chunk])
            usable = len(data) - len(data) % self.block_samples
            for i in range(0, usable, self.block_samples):
                yield data[i : i + self.block_samples]
            rest = data[usable:]
        for i in range(0, len(rest), self.block_samples):
            yield rest[i : i + self.block_samples]

    def stop(self) -> None:
        """Stop at the next block."""
        self._stop.set()

    def close(self) -> None:
        """Release the decoder."""
        if self._decoded is not None:
            self._decoded.close()

    def __enter__(self) -> FileSource:
        self.open()
        return self

    def __exit__(self, *exc) -> None:
        self.close()


@contextmanager
def quiet_c_stderr() -> Iterator[None]:
    """Send what C libraries write to file descriptor 2 to /dev/null, keeping Python's sys.stderr.

    ALSA and PortAudio print diagnostics there from their own threads (a dozen "Expression ...
    failed" lines when a device goes away, "ALSA lib ..." lines at start-up on many desktops);
    rehearse says what went wrong itself, in one line.
    """
    sys.stderr.flush()
    saved_fd = os.dup(2)
    saved = sys.stderr
    sys.stderr = open(  # noqa: SIM115 - closed below
        saved_fd,
        "w",
        buffering=1,
        encoding=saved.encoding,
        errors="backslashreplace",
        closefd=False,
    )
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    os.close(devnull)
    try:
        yield
    finally:
        sys.stderr.flush()
        os.dup2(saved_fd, 2)
        sys.stderr.close()
        sys.stderr = saved
        os.close(saved_fd)


def sounddevice():
    """The sounddevice module; a missing PortAudio library becomes a RehearseError that says
    which package to install. Imported late: PortAudio lists the devices once, at import."""
    if "sounddevice" in sys.modules and sys.modules["sounddevice"] is not None:
        return sys.modules["sounddevice"]
    try:
        with quiet_c_stderr():
            import sounddevice as sd
    except (OSError, ImportError) as e:
        raise RehearseError(
            f"cannot use the microphone: the PortAudio library is missing ({e}); install the "
            f"package {PORTAUDIO_PACKAGE} (apt-get install {PORTAUDIO_PACKAGE}), or practise "
            "with a recording: --input FILE"
        ) from None
    return sd


@dataclass
class Device:
    """One input device as PortAudio lists it."""

    index: int
    name: str
    hostapi: str
    channels: int
    default_rate: float
    default: bool


def input_devices() -> list[Device]:
    """Every device that can record, in PortAudio's order."""
    sd = sounddevice()
    default = sd.default.device[0]
    hostapis = sd.query_hostapis()
    return [
        Device(
            d["index"],
            d["name"],
            hostapis[d["hostapi"]]["name"],
            d["max_input_channels"],
            d["default_samplerate"],
            d["index"] == default,
        )
        for d in sd.query_devices()
        if d["max_input_channels"] > 0
    ]


def parse_device(device: str | int | None) -> str | int | None:
    """A --device value as sounddevice takes it: an index, or part of a device name."""
    if isinstance(device, str) and device.strip().isdigit():
        return int(device)
    return device


class MicSource:
    """The microphone: a PortAudio input stream whose callback hands blocks over through a queue.

    The callback runs on PortAudio's thread and only copies, so capture never waits for analysis.
    If 16 kHz is not offered by the device, it records at the device's own rate and resamples.
    """

    def __init__(self, device: str | int | None = None, block_ms: int = BLOCK_MS, rate=None):
        self.device = parse_device(device)
        self.block_ms = block_ms
        self.rate = rate  # None: 16 kHz if the device takes it, else its default rate
        self.name = "microphone"
        self.lost: str | None = None  # why the device stopped delivering, if it did
        self.overflows = 0  # blocks PortAudio dropped because we read too late
        self._queue: queue.Queue[np.ndarray] = queue.Queue()
        self._stop = threading.Event()
        self._stream = None
        self._resampler = None
        self._quiet = ExitStack()

    def check(self) -> str:
        """Make sure the device exists and can record; return its name."""
        sd = sounddevice()
        try:
            info = sd.query_devices(self.device, kind="input")
        except (ValueError, sd.PortAudioError):
            if self.device is None:
                raise RehearseError(
                    "no input device found: connect a microphone (see `rehearse devices`), "
                    "or practise with a recording: --input FILE"
                ) from None
            raise RehearseError(
                f"no input device {self.device!r}: `rehearse devices` lists them "
                "(or practise with a recording: --input FILE)"
            ) from None
        if self.rate is None:
            try:
                sd.check_input_settings(
                    self.device, channels=1, dtype="int16", samplerate=SAMPLE_RATE
                )
                self.rate = SAMPLE_RATE
            except (ValueError, sd.PortAudioError):
                self.rate = int(info["default_samplerate"])
        self.name = info["name"]
        return info["name"]

    def open(self) -> None:
        """Start recording; blocks queue up until blocks() takes them."""
        self.check()
        sd = sounddevice()
        if self.rate != SAMPLE_RATE:
            import av

            self._resampler = av.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
        self._quiet.enter_context(quiet_c_stderr())  # until close(): PortAudio's thread talks
        try:
            self._stream = sd.InputStream(
                samplerate=self.rate,
                channels=1,
                dtype="int16",
                blocksize=self.rate * self.block_ms // 1000,
                device=self.device,
                callback=self._callback,
            )
            self._stream.start()
        except sd.PortAudioError as e:
            self._quiet.close()
            raise RehearseError(
                f"cannot record from {self.name!r} ({e}): check `rehearse devices`, "
                "or practise with a recording: --input FILE"
            ) from None

    def _callback(self, indata, frames, time_info, status) -> None:
        """PortAudio's thread: copy the block out; count overflows (audio PortAudio dropped)."""
        if status.input_overflow:
            self.overflows += 1
        self._queue.put(indata[:, 0].copy())

    def blocks(self) -> Iterator[np.ndarray]:
        """Yield blocks as they are captured until stopped or until the device goes away."""
        heard = time.monotonic()
        while not self._stop.is_set():
            try:
                block = self._queue.get(timeout=POLL_S)
            except queue.Empty:
                if not self._stream.active:
                    self.lost = "the input device stopped"
                    return
                if time.monotonic() - heard > DEVICE_TIMEOUT_S:
                    self.lost = f"no audio from the input device for {DEVICE_TIMEOUT_S:.0f} s"
                    return
                continue
            heard = time.monotonic()
            yield self._resample(block)

    def _resample(self, block: np.ndarray) -> np.ndarray:
        """A block at the device rate as 16 kHz (PyAV keeps the filter state across blocks)."""
        if self._resampler is None:
            return block
        import av

        frame = av.AudioFrame.from_ndarray(block.reshape(1, -1), format="s16", layout="mono")
        frame.sample_rate = self.rate
        out = [f.to_ndarray().reshape(-1) for f in self._resampler.resample(frame)]
        return np.concatenate(out) if out else np.zeros(0, dtype=np.int16)

    def stop(self) -> None:
        """Stop at the next block (safe from any thread or a signal handler)."""
        self._stop.set()

    def close(self) -> None:
        """Stop and release the device; a device that is already gone is not an error here."""
        if self._stream is None:
            return
        sd = sounddevice()
        try:
            self._stream.abort()
            self._stream.close()
        except sd.PortAudioError:
            pass
        self._stream = None
        self._quiet.close()

    def __enter__(self) -> MicSource:
        self.open()
        return self

    def __exit__(self, *exc) -> None:
        self.close()
