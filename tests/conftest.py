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


HESITATIONS = {"um", "uh", "er", "ah", "hmm"}  # Whisper spells these interchangeably
FILLER_NEAR_S = 1.5  # a found filler this close to a true one (centres) is that one


def sentence_hits(t: dict, found: list[tuple[float, float, str]]) -> int:
    """How many of the truth's sentences the found (start, end, label) sentence at their middle
    (or the nearest after it) labels as the truth does."""
    hits = 0
    for s in t["sentences"]:
        mid = (s["start"] + s["end"]) / 2
        near = min(found, key=lambda f: 0 if f[0] <= mid <= f[1] else abs(f[0] - mid))
        hits += near[2] == s["label"]
    return hits


def filler_hits(t: dict, found: list[tuple[str, float]]) -> int:
    """How many of the truth's fillers a found (text, centre) filler of the same kind is near."""
    return sum(
        any(
            (text == f["text"] or {text, f["text"]} <= HESITATIONS)
            and abs(centre - (f["start"] + f["end"]) / 2) <= FILLER_NEAR_S
            for text, centre in found
        )
        for f in t["fillers"]
    )


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
