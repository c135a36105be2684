"""Shared test helpers: paths to fixtures and a way to run the real CLI."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "audio_fixtures"
SHARED = ROOT.parent / "shared" / "real_speech"
sys.path.insert(0, str(ROOT / "bench"))  # bench/scoring.py: how found items are matched to truth


def run_cli(
    *args: str, env: dict | None = None, timeout: float = 600
) -> subprocess.CompletedProcess:
    """Run `rehearse` as a user would, in a fresh process."""
    return subprocess.run(
        [sys.executable, "-m", "rehearse.cli", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
        cwd=ROOT,
    )


def drain(proc: subprocess.Popen, timeout: float) -> tuple[str, str]:
    """The rest of a process's stdout and stderr once it has exited, read through the pipes' own
    readers: communicate() reads the descriptors and skips what a readline() has buffered (a
    "stored as attempt 1" line went missing so)."""
    texts = ["", ""]

    def read(i: int, stream) -> None:
        texts[i] = stream.read()

    readers = [
        threading.Thread(target=read, args=(i, stream), daemon=True)
        for i, stream in enumerate((proc.stdout, proc.stderr))
        if stream is not None
    ]
    for reader in readers:
        reader.start()
    proc.wait(timeout=timeout)
    for reader in readers:
        reader.join(timeout)
    return texts[0], texts[1]


def pytest_configure(config) -> None:
    """Ctrl-C deliverable, as at a terminal: a shell starting pytest in the background without job
    control ignores SIGINT, every child inherits that, and the Ctrl-C tests then fail (seen: two
    tests, only when the suite was started with `&`)."""
    signal.signal(signal.SIGINT, signal.default_int_handler)


def truth(stem: str) -> dict:
    """The truth file written beside a fixture."""
    return json.loads((FIXTURES / f"{stem}.json").read_text())


@pytest.fixture(scope="session")
def transcriber():
    """The real bundled tiny.en model, loaded once for the session."""
    from rehearse.transcribe import Transcriber

    return Transcriber("tiny.en")


@pytest.fixture(scope="session")
def guide():
    """The real prompts.yaml."""
    from rehearse.guide import load

    return load()
