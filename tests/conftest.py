"""Shared test helpers: paths to fixtures and a way to run the real CLI."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
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
