"""kill -9 at random points of real practice runs loses nothing.

Runs of `rehearse practice --input` are killed with SIGKILL at seeded random moments across
start-up, capture, analysis and saving, two at a time into one data directory, until 30 were. Afterwards the
store opens, every attempt is whole (report and audio), every recording a run left is offered
back as unfinished, every audio file is readable and a bit-exact piece of the answer, and the
answers recorded are exactly the attempts plus the unfinished recordings.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from conftest import ROOT
from test_shutdown import clip

from rehearse import audio
from rehearse.live import recordings
from rehearse.store import Store

SEED = 10
KILLS = 30  # runs killed (two at a time) before the checks; a run may finish before its kill
MAX_PAIRS = 24
EARLY_SHARE = 0.2  # of the kills: timed from launch (start-up, model load), not from capture
SPEED = "4"  # 8.5 s of answer captured in about 2 s
POLL_S = 0.02
RUN_TIMEOUT_S = 120.0


def launch(data: Path, wav: Path, log: Path) -> subprocess.Popen:
    """A practice run whose stderr goes to a file, so what it said survives its kill."""
    return subprocess.Popen(
        [sys.executable, "-m", "rehearse.cli", "practice", "deadline"]
        + ["--input", str(wav), "--speed", SPEED, "--json"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=log.open("w"),
        cwd=ROOT,
        env={**os.environ, "REHEARSE_DATA_DIR": str(data)},
    )


def said(log: Path, text: str) -> bool:
    return text in log.read_text(errors="replace")


def wait_said(proc: subprocess.Popen, log: Path, text: str) -> bool:
    """Wait until the run has said text (True) or has exited (False)."""
    deadline = time.monotonic() + RUN_TIMEOUT_S
    while time.monotonic() < deadline:
        if said(log, text):
            return True
        if proc.poll() is not None:
            return said(log, text)
        time.sleep(POLL_S)
    raise AssertionError(f"{log}: no {text!r} in {RUN_TIMEOUT_S} s")


def calibrate(data: Path, wav: Path, log: Path) -> tuple[float, float]:
    """One whole run: seconds from launch to capture, and from capture to the end."""
    start = time.monotonic()
    proc = launch(data, wav, log)
    assert wait_said(proc, log, "recording to"), log.read_text()
    recording = time.monotonic()
    assert proc.wait(timeout=RUN_TIMEOUT_S) == 0, log.read_text()
    return recording - start, time.monotonic() - recording


def phase(log: Path, returncode: int) -> str:
    """Where the run was when it ended, from what it had said."""
    if returncode == 0:
        return "done"
    for text, name in (("stored as", "after save"), ("analyzing", "analysis or save")):
        if said(log, text):
            return name
    return "capture" if said(log, "recording to") else "start-up"


def piece_of(samples: np.ndarray, answer: np.ndarray) -> bool:
    """Whether samples are a contiguous, bit-exact stretch of the answer (aligned on the first
    sound: the recording starts in the answer's leading silence)."""
    heard = np.flatnonzero(samples)
    if not len(heard):
        return False
    at = int(np.flatnonzero(answer)[0]) - int(heard[0])
    return at >= 0 and np.array_equal(samples, answer[at : at + len(samples)])


@pytest.mark.slow
def test_kill_9_at_random_points_loses_no_answer(tmp_path):
    rng = random.Random(SEED)
    wav = tmp_path / "answer.wav"
    answer = clip(wav, "balanced", 8.0, lead_s=0.5, start_s=2.0)
    data = tmp_path / "data"
    logs = tmp_path / "logs"
    logs.mkdir()
    to_capture, after_capture = calibrate(data, wav, logs / "calibrate.log")
    recorded, phases = 1, {"done": 1}  # the calibration run's answer is stored
    for pair in range(MAX_PAIRS):
        if sum(n for where, n in phases.items() if where != "done") >= KILLS:
            break
        runs = []
        for lane in range(2):
            log = logs / f"{pair}-{lane}.log"
            early = rng.random() < EARLY_SHARE
            delay = rng.uniform(0, to_capture if early else after_capture * 0.9)
            runs.append((launch(data, wav, log), log, early, delay, time.monotonic()))
        for proc, log, early, delay, launched in runs:
            if not early:
                wait_said(proc, log, "recording to")
                launched = time.monotonic()
            time.sleep(max(0.0, launched + delay - time.monotonic()))
            proc.send_signal(signal.SIGKILL)
        for proc, log, *_ in runs:
            returncode = proc.wait(timeout=RUN_TIMEOUT_S)
            assert returncode in (0, -signal.SIGKILL), log.read_text()
            where = phase(log, returncode)
            phases[where] = phases.get(where, 0) + 1
            recorded += said(log, "recording to")
    print(f"kill points by phase: {phases}")  # shown with pytest -s
    assert sum(n for where, n in phases.items() if where != "done") >= KILLS, phases
    # The kills landed across the run, not all in one place.
    assert phases.get("capture", 0) >= 3, phases
    assert phases.get("analysis or save", 0) + phases.get("after save", 0) >= 3, phases
    assert phases.get("start-up", 0) >= 1, phases

    with Store(data) as store:
        attempts = store.list()
        assert store.damaged == {}
    for attempt in attempts:  # whole: a readable report and its audio, a piece of the answer
        assert attempt.report.transcript.words and attempt.has_audio
        assert piece_of(audio.load(attempt.audio_path), answer), attempt.id
    left = recordings.unfinished(data)
    for u in left:
        assert piece_of(audio.load(u.path), answer), u.path
    assert len(attempts) + len(left) == recorded, phases
    # Every other WAV is one an attempt holds (killed before it was removed) or holds no audio.
    held = {Path(a.data["source"]["path"]).name for a in attempts}
    for path in (data / "recordings").glob("*.wav"):
        if path not in {u.path for u in left}:
            assert path.name in held or path.stat().st_size <= audio.WavWriter.HEADER_BYTES
            if path.name in held:
                assert piece_of(audio.load(path), answer)

    # The next run offers every unfinished recording back, then records and stores its own.
    log = logs / "after.log"
    proc = launch(data, wav, log)
    assert proc.wait(timeout=RUN_TIMEOUT_S) == 0, log.read_text()
    text = log.read_text()
    shown = min(len(left), 3)
    assert text.count("note: an unfinished recording from ") == shown, text
    for u in left[-shown:]:
        assert f"is at {u.path}: `rehearse analyze {u.path} --prompt deadline --save` keeps it" in (
            " ".join(text.split())
        )
    with Store(data) as store:
        assert len(store.list()) == len(attempts) + 1
