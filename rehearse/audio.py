"""Decode any audio file to 16 kHz mono int16 in bounded blocks, and write WAV files as they grow."""

from __future__ import annotations

import contextlib
import os
import struct
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from .errors import RehearseError

SAMPLE_RATE = 16000  # Hz: what webrtcvad and Whisper both take
SAMPLE_WIDTH = 2  # bytes: int16
BLOCK_S = 1.0  # seconds of audio handed on at a time while decoding
FORMATS = "wav, flac, mp3, ogg"
FLOAT_FORMATS = {"flt", "fltp", "dbl", "dblp"}  # decoded sample formats that can hold NaN
WAV_SCAN_BYTES = 4096  # a WAV's data chunk header lies within this many bytes of its start


def check_file(path: str | Path) -> Path:
    """Return the path if it names a readable, non-empty regular file, else raise a RehearseError."""
    path = Path(path)
    if not path.exists():
        raise RehearseError(f"file not found: {path} (check the path)")
    if path.is_dir():
        raise RehearseError(
            f"{path} is a directory: give an audio file ({FORMATS}) or a .txt draft"
        )
    if not path.is_file():  # a FIFO or a device: no size to judge, and reading it may block
        raise RehearseError(
            f"{path} is not a regular file (a pipe, a device or a socket): save the answer "
            f"to a file ({FORMATS} or .txt) and give that"
        )
    if path.stat().st_size == 0:
        raise RehearseError(f"{path} is empty (0 bytes): record the answer again")
    return path


def _open(path: Path):
    """Open a container with PyAV and return it with its first audio stream."""
    import av  # PyAV comes with faster-whisper; imported here to keep `rehearse --help` fast

    try:
        container = av.open(str(path))
    except (av.error.FFmpegError, UnicodeDecodeError) as e:
        raise RehearseError(
            f"{path} is not a readable audio file ({_reason(e)}): give a {FORMATS} file"
        ) from None
    if not container.streams.audio:
        container.close()
        raise RehearseError(
            f"{path} is not an audio file (no audio stream in it): give a {FORMATS} file"
        )
    return container, container.streams.audio[0]


def _reason(error: Exception) -> str:
    """A short reason from an FFmpeg error, without errno noise or the file name."""
    text = getattr(error, "strerror", None) or str(error)
    return text.split(":")[0].strip().lower() or "unknown format"


def duration(path: str | Path) -> float | None:
    """The duration in seconds the container declares, or None when it does not say."""
    path = check_file(path)
    container, stream = _open(path)
    with container:
        declared = None
        if stream.duration is not None and stream.time_base is not None:
            declared = float(stream.duration * stream.time_base)
        elif container.duration is not None:
            declared = container.duration / 1_000_000
        if container.format.name == "wav":  # FFmpeg trims a cut WAV's length to what is there
            header = _wav_declared_s(path)
            declared = max(declared or 0.0, header or 0.0) or None
    return declared


def _wav_declared_s(path: Path) -> float | None:
    """The length a WAV's header declares (data chunk size over the fmt chunk's byte rate), or
    None when it does not say (a WAV streamed to a pipe puts 0 or 0xFFFFFFFF there)."""
    with open(path, "rb") as f:
        head = f.read(WAV_SCAN_BYTES)
    byte_rate = None
    at = 12  # after "RIFF", the size and "WAVE": chunks of id, size, body
    while at + 8 <= len(head):
        chunk, size = head[at : at + 4], struct.unpack("<I", head[at + 4 : at + 8])[0]
        if chunk == b"fmt " and at + 20 <= len(head):
            byte_rate = struct.unpack("<I", head[at + 16 : at + 20])[0]
        if chunk == b"data":
            if size in (0, 0xFFFFFFFF) or not byte_rate:
                return None
            return size / byte_rate
        at += 8 + size + (size & 1)
    return None


def blocks(path: str | Path, block_s: float = BLOCK_S) -> Iterator[np.ndarray]:
    """Yield the file as 16 kHz mono int16 blocks of about block_s seconds, decoding as it goes."""
    import av

    path = check_file(path)
    container, stream = _open(path)
    resampler = av.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
    size = int(block_s * SAMPLE_RATE)
    pending: list[np.ndarray] = []
    count = 0
    total = 0
    with container:
        try:
            for frame in container.decode(stream):
                if frame.format.name in FLOAT_FORMATS:
                    _check_finite(frame, path, (total + count) / SAMPLE_RATE)
                for out in resampler.resample(frame):
                    pending.append(out.to_ndarray().reshape(-1))
                    count += out.samples
                if count >= size:
                    block = np.concatenate(pending)
                    pending, count = [], 0
                    total += len(block)
                    yield block
            for out in resampler.resample(None):
                pending.append(out.to_ndarray().reshape(-1))
        except av.error.FFmpegError as e:
            at = (total + count) / SAMPLE_RATE
            raise RehearseError(
                f"{path} is corrupt or truncated at {at:.1f} s ({_reason(e)}): "
                "re-export or re-record it"
            ) from None
    if pending:
        block = np.concatenate(pending)
        total += len(block)
        yield block
    if total == 0:
        raise RehearseError(f"{path} contains no audio (0 s): record the answer again")


def _check_finite(frame, path: Path, at_s: float) -> None:
    """Refuse float audio holding NaN or infinity: resampled to int16 it becomes invented noise
    that the model turns into words."""
    if not np.isfinite(frame.to_ndarray()).all():
        raise RehearseError(
            f"{path} has samples that are not numbers (NaN or infinity) near {at_s:.1f} s: "
            "the file is damaged; re-export or re-record it"
        )


def load(path: str | Path) -> np.ndarray:
    """The whole file as one 16 kHz mono int16 array (for short files and tests)."""
    return np.concatenate(list(blocks(path)))


def to_float(samples: np.ndarray) -> np.ndarray:
    """int16 samples as float32 in [-1, 1), the form Whisper takes."""
    return samples.astype(np.float32) / 32768.0


class WavWriter:
    """A 16 kHz mono int16 WAV written as audio arrives; the header is kept true after every write,
    so a crash or a kill leaves a playable file of everything written so far.

    exclusive=True creates the file or fails with FileExistsError, so two writers never share
    one. A write that fails (a full disk) leaves the file as its header says: every block before.
    """

    HEADER_BYTES = 44

    def __init__(self, path: str | Path, exclusive: bool = False):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # Unbuffered: a failed write leaves nothing pending that a later flush would try again.
        self._file = open(self.path, "xb" if exclusive else "wb", buffering=0)  # noqa: SIM115
        self.frames = 0
        try:
            self._put(self._header(0))
        except OSError:
            self._file.close()
            self.path.unlink(missing_ok=True)  # ours and empty: nothing of an answer in it
            raise

    @staticmethod
    def _header(data_bytes: int) -> bytes:
        """The canonical 44-byte PCM WAV header for data_bytes of audio."""
        byte_rate = SAMPLE_RATE * SAMPLE_WIDTH
        return (
            b"RIFF"
            + struct.pack("<I", 36 + data_bytes)
            + b"WAVEfmt "
            + struct.pack("<IHHIIHH", 16, 1, 1, SAMPLE_RATE, byte_rate, SAMPLE_WIDTH, 16)
            + b"data"
            + struct.pack("<I", data_bytes)
        )

    def _put(self, data: bytes) -> None:
        """Write all of data (an unbuffered write may take only part of it)."""
        view = memoryview(data)
        while view:
            view = view[self._file.write(view) :]

    def write(self, samples: np.ndarray) -> None:
        """Append int16 samples, then rewrite the sizes in the header; both reach the OS now."""
        data = np.asarray(samples, dtype="<i2").tobytes()
        good = self.HEADER_BYTES + self.frames * SAMPLE_WIDTH
        try:
            self._put(data)
        except OSError:
            with contextlib.suppress(OSError):  # drop a partial block; shrinking needs no space
                self._file.truncate(good)
                self._file.seek(good)
            raise
        self.frames += len(data) // SAMPLE_WIDTH
        size = self.frames * SAMPLE_WIDTH
        self._file.seek(4)
        self._put(struct.pack("<I", 36 + size))
        self._file.seek(40)
        self._put(struct.pack("<I", size))
        self._file.seek(0, os.SEEK_END)

    @property
    def seconds(self) -> float:
        """Length of the audio written so far."""
        return self.frames / SAMPLE_RATE

    def close(self) -> None:
        """Push to disk and close (closed even when the sync fails, which is then raised)."""
        if not self._file.closed:
            try:
                os.fsync(self._file.fileno())
            finally:
                self._file.close()

    def __enter__(self) -> WavWriter:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
