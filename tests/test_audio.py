"""Decoding any format to 16 kHz mono, and the WAV writer that survives a kill."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import wave

import numpy as np
import pytest

from rehearse import audio
from rehearse.errors import RehearseError


def _write_with_av(path, samples: np.ndarray, rate: int, layout: str, codec: str, fmt: str):
    """Encode float samples (channels x n) with PyAV so each container is a real one."""
    import av

    with av.open(str(path), "w") as out:
        stream = out.add_stream(codec, rate=rate, layout=layout)
        frame = av.AudioFrame.from_ndarray(
            (samples * 32767).astype(np.int16).reshape(1, -1)
            if fmt == "s16"
            else samples.astype(np.float32),
            format=fmt,
            layout=layout,
        )
        frame.sample_rate = rate
        for packet in stream.encode(frame):
            out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)


def _tone(rate: int, seconds: float, channels: int) -> np.ndarray:
    t = np.arange(int(rate * seconds)) / rate
    x = 0.5 * np.sin(2 * np.pi * 440 * t)
    return np.repeat(x[None, :], channels, axis=0)


@pytest.mark.parametrize(
    "suffix,codec,rate,layout,fmt",
    [
        ("wav", "pcm_s16le", 44100, "stereo", "s16"),
        ("flac", "flac", 22050, "mono", "s16"),
        ("mp3", "libmp3lame", 48000, "stereo", "fltp"),
        ("ogg", "libopus", 48000, "mono", "fltp"),
    ],
)
def test_any_format_rate_and_channels_becomes_16k_mono(tmp_path, suffix, codec, rate, layout, fmt):
    channels = 2 if layout == "stereo" else 1
    x = _tone(rate, 2.0, channels)
    if fmt == "s16":
        x = x.T.reshape(-1) if channels == 2 else x[0]
    path = tmp_path / f"tone.{suffix}"
    _write_with_av(path, x, rate, layout, codec, fmt)
    y = audio.load(path)
    assert y.dtype == np.int16
    assert abs(len(y) / audio.SAMPLE_RATE - 2.0) < 0.1  # codecs pad a few ms
    spectrum = np.abs(np.fft.rfft(y[4000:20000].astype(float)))
    peak_hz = np.argmax(spectrum) * audio.SAMPLE_RATE / 16000
    assert abs(peak_hz - 440) < 3


def test_blocks_are_bounded(tmp_path):
    path = tmp_path / "long.wav"
    with audio.WavWriter(path) as w:
        w.write(np.zeros(audio.SAMPLE_RATE * 10, dtype=np.int16))
    sizes = [len(b) for b in audio.blocks(path, block_s=1.0)]
    assert sum(sizes) == audio.SAMPLE_RATE * 10
    assert max(sizes) < audio.SAMPLE_RATE * 1.5


@pytest.mark.parametrize(
    "make,expected",
    [
        (lambda p: None, "file not found"),
        (lambda p: p.mkdir(), "is a directory"),
        (lambda p: p.write_bytes(b""), "is empty"),
        (
            lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20),
            "not a(n| readable) audio file",
        ),
    ],
)
def test_bad_files_raise_one_clear_error(tmp_path, make, expected):
    path = tmp_path / "answer.wav"
    make(path)
    with pytest.raises(RehearseError, match=expected):
        audio.load(path)


def test_wav_header_only_is_zero_length(tmp_path):
    path = tmp_path / "empty.wav"
    audio.WavWriter(path).close()
    with pytest.raises(RehearseError, match="no audio|not a readable"):
        audio.load(path)


def test_truncated_flac_is_reported(tmp_path):
    good = tmp_path / "good.flac"
    _write_with_av(good, _tone(16000, 3.0, 1)[0], 16000, "mono", "flac", "s16")
    data = good.read_bytes()
    bad = tmp_path / "bad.flac"
    bad.write_bytes(data[: len(data) // 2] + bytes(4096) + data[len(data) // 2 + 4096 :][:100])
    try:
        y = audio.load(bad)
    except RehearseError as e:
        assert "corrupt" in str(e) or "not a readable" in str(e)
    else:  # FFmpeg may conceal the damage; then it must at least not invent audio
        assert len(y) < 3.0 * audio.SAMPLE_RATE


def test_wav_writer_survives_sigkill(tmp_path):
    path = tmp_path / "live.wav"
    code = (
        "import numpy as np, time, sys\n"
        "from rehearse.audio import WavWriter\n"
        f"w = WavWriter({str(path)!r})\n"
        "for i in range(1000):\n"
        "    w.write(np.full(1600, i % 100, dtype=np.int16))\n"
        "    if i == 20: print('ready', flush=True)\n"
        "    time.sleep(0.01)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with wave.open(str(path)) as f:
        assert f.getframerate() == 16000 and f.getnchannels() == 1
        frames = f.getnframes()
        data = np.frombuffer(f.readframes(frames), dtype=np.int16)
    assert frames >= 21 * 1600 and frames % 1600 == 0
    assert len(data) == frames
    assert data[1600 * 5] == 5
