"""Decode any audio file to 16 kHz mono int16 in bounded blocks, and write WAV files as they grow."""

from __future__ import annotations

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


def check_file(path: str | Path) -> Path:
    """Return the path if it names a readable, non-empty regular file, else raise a RehearseError."""
    path = Path(path)
    if not path.exists():
        raise RehearseError(f"file not found: {path} (check the path)")
    if path.is_dir():
        raise RehearseError(
            f"{path} is a directory: give an audio file ({FORMATS}) or a .txt draft"
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
    container, stream = _open(check_file(path))
    with container:
        if stream.duration is not None and stream.time_base is not None:
            return float(stream.duration * stream.time_base)
        if container.duration is not None:
            return container.duration / 1_000_000
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


def load(path: str | Path) -> np.ndarray:
    """The whole file as one 16 kHz mono int16 array (for short files and tests)."""
    return np.concatenate(list(blocks(path)))


def to_float(samples: np.ndarray) -> np.ndarray:
    """int16 samples as float32 in [-1, 1), the form Whisper takes."""
    return samples.astype(np.float32) / 32768.0


class WavWriter:
    """A 16 kHz mono int16 WAV written as audio arrives; the header is kept true after every write,
    so a crash or a kill leaves a playable file of everything written so far."""

    HEADER_BYTES = 44

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._file = open(self.path, "wb")  # noqa: SIM115 - closed in close()
        self.frames = 0
        self._file.write(self._header(0))
        self._file.flush()

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

    def write(self, samples: np.ndarray) -> None:
        """Append int16 samples, then rewrite the sizes in the header and push both to the OS."""
        data = np.asarray(samples, dtype="<i2").tobytes()
        self._file.write(data)
        self.frames += len(data) // SAMPLE_WIDTH
        size = self.frames * SAMPLE_WIDTH
        self._file.seek(4)
        self._file.write(struct.pack("<I", 36 + size))
        self._file.seek(40)
        self._file.write(struct.pack("<I", size))
        self._file.seek(0, os.SEEK_END)
        self._file.flush()

    def close(self) -> None:
        """Flush to disk and close."""
        if not self._file.closed:
            self._file.flush()
            os.fsync(self._file.fileno())
            self._file.close()

    def __enter__(self) -> WavWriter:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
