"""Live cues while speaking: fillers as they are heard, pace against its band, the STAR part,
and the wrap-up cue; drawn in the live panel within 80 columns."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from rich.console import Console

from rehearse.analysis.fillers import find_fillers
from rehearse.analysis.star import label_sentences, split_sentences
from rehearse.live import cues as cues_module
from rehearse.live.cues import CueReader, wrap_up
from rehearse.live.panel import panel
from rehearse.transcript import Word

DATA = Path(__file__).resolve().parent / "data"


def transcript_words(name: str) -> list[Word]:
    raw = json.loads((DATA / f"{name}.transcript.json").read_text(encoding="utf-8"))
    return [Word(w["text"], w["start"], w["end"]) for w in raw["words"]]


@pytest.mark.parametrize("cut", [10, 40, 80, None])
def test_the_cues_are_the_reports_analysis_of_the_words_so_far(cut, guide):
    words = transcript_words("filler_heavy")[:cut]
    cue = CueReader(guide).read(words, 30.0)
    fillers = find_fillers(words)
    assert cue.words == len(words) and cue.fillers == len(fillers)
    assert cue.last_filler == (fillers[-1].text if fillers else None)
    span = words[-1].end - words[0].start
    spoken = len(words) - sum(f.length for f in fillers)
    if span < cues_module.PACE_MIN_S:
        assert cue.wpm is None and cue.pace_status is None
    else:
        assert cue.wpm == pytest.approx(spoken / span * 60)
        assert cue.pace_status == guide.targets["pace_wpm"].status(cue.wpm)
    sentences = split_sentences(words)
    assert cue.part == label_sentences([s.text for s in sentences])[-1]


def test_fillers_tick_as_they_are_heard(guide):
    words = transcript_words("filler_heavy")
    reader = CueReader(guide)
    counts = [reader.read(words[:n], 10.0).fillers for n in range(1, len(words) + 1)]
    assert counts[-1] == len(find_fillers(words)) > counts[len(counts) // 2] > 0
    # A word can turn out not to be a filler once the next one is heard ("like" before an
    # example): the counter may step back by one, never more.
    assert all(b >= a - 1 for a, b in zip(counts, counts[1:], strict=False))


def _even(count: int, seconds: float) -> list[Word]:
    """count plain words spread evenly over seconds."""
    step = seconds / count
    return [Word("word", i * step, (i + 0.8) * step) for i in range(count)]


def test_a_pace_outside_the_band_says_which_way(guide):
    fast = CueReader(guide).read(_even(60, 10.0), 10.0)  # ~360 wpm
    slow = CueReader(guide).read(_even(12, 10.0), 10.0)  # ~74 wpm
    fine = CueReader(guide).read(_even(22, 10.0), 10.0)  # ~130 wpm
    assert (fast.pace_status, fast.pace_note) == ("fail", "fast")
    assert (slow.pace_status, slow.pace_note) == ("fail", "slow")
    assert (fine.pace_status, fine.pace_note) == ("pass", None)
    assert CueReader(guide).read(_even(5, 3.0), 3.0).wpm is None  # too short to time


def test_the_wrap_up_cue_comes_at_1_45_and_changes_past_2_00():
    assert wrap_up(104.9) is None
    assert "wrap up" in wrap_up(105.0)
    assert "past 2:00" in wrap_up(121.0)


def test_the_analysis_reruns_only_when_words_arrive(guide, monkeypatch):
    calls = []
    real = cues_module.find_fillers
    monkeypatch.setattr(cues_module, "find_fillers", lambda w: calls.append(1) or real(w))
    words = transcript_words("balanced")[:30]
    reader = CueReader(guide)
    for _ in range(5):
        reader.read(words, 20.0)
    assert len(calls) == 1
    first = reader.read(words, 20.0)
    assert reader.read(words, 110.0).wrap_up is not None and first.wrap_up is None
    reader.read(words[:31] if len(words) > 30 else transcript_words("balanced")[:31], 21.0)
    assert len(calls) == 2


def _session(words: list[Word], answer_s: float):
    settings = SimpleNamespace(silence_s=3.0, no_speech_timeout_s=20.0, max_length_s=300.0)
    endpointer = SimpleNamespace(
        started=True,
        answer_s=answer_s,
        speaking=True,
        listened_s=answer_s,
        settings=settings,
        read_peak=lambda: -20.0,
    )
    return SimpleNamespace(endpointer=endpointer, worker=SimpleNamespace(shown_words=words))


def test_the_live_panel_shows_the_cues_within_80_columns(guide):
    words = transcript_words("filler_heavy")
    session = _session(words, 110.0)
    console = Console(width=80, record=True, file=io.StringIO(), color_system=None)
    console.print(panel(session, SimpleNamespace(id="tight-deadline"), CueReader(guide)))
    screen = console.export_text()
    cue = CueReader(guide).read(words, 110.0)
    assert f"{len(words)} words" in screen and f"{cue.wpm:.0f} wpm" in screen
    assert f"fillers {cue.fillers} (last: {cue.last_filler})" in screen
    assert f"now: {cue.part}" in screen
    assert "1:45: wrap up with the result and what you learned" in screen
    assert max(len(line) for line in screen.splitlines()) <= 80


def test_before_any_word_the_panel_shows_no_pace_or_part(guide):
    session = _session([], 0.0)
    session.endpointer.started = False
    console = Console(width=80, record=True, file=io.StringIO(), color_system=None)
    console.print(panel(session, SimpleNamespace(id="deadline"), CueReader(guide)))
    screen = console.export_text()
    assert "start when ready (20 s)" in screen and "0 words" in screen and "fillers 0" in screen
    assert "wpm" not in screen and "now:" not in screen and "wrap up" not in screen


def _run_on_a_terminal(args: list[str], columns: int, timeout: float) -> tuple[int, str]:
    """The CLI on a pseudo-terminal of `columns` x 40 until it exits: exit status and screen text
    (escape sequences removed)."""
    import fcntl
    import os
    import pty
    import re
    import select
    import struct
    import subprocess
    import sys
    import termios
    import time

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    process = subprocess.Popen(
        [sys.executable, "-m", "rehearse.cli", *args],
        stdin=subprocess.DEVNULL,  # no keyboard: no countdown, no Enter key
        stdout=follower,
        stderr=follower,
        cwd=Path(__file__).resolve().parent.parent,
        env={**env, "TERM": "xterm-256color"},
    )
    os.close(follower)
    raw, deadline = b"", time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([leader], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            raw += chunk
        elif process.poll() is not None:
            break
    if process.poll() is None:
        process.kill()
    process.wait()
    os.close(leader)
    return process.returncode, re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", raw.decode("utf-8", "replace"))


@pytest.mark.slow
def test_the_live_panel_on_a_terminal_shows_the_cues_as_the_answer_goes(tmp_path):
    fixture = Path(__file__).resolve().parent.parent / "audio_fixtures" / "over_two_min.flac"
    code, screen = _run_on_a_terminal(
        ["practice", "above-and-beyond", "--input", str(fixture), "--speed", "4",
         "--data-dir", str(tmp_path)],
        columns=80,
        timeout=300,
    )  # fmt: skip
    assert code == 0, screen[-3000:]
    # The panel was drawn with every cue while the answer went on ...
    assert "recording to " in screen and "recording: above-and-beyond" in screen
    assert re.search(r"\d+ words +\d+ wpm", screen)
    assert re.search(r"fillers [1-9]\d* \(last: \w+\)", screen)
    assert re.search(r"now: (action|result|learning)", screen)
    assert "1:45: wrap up with the result and what you learned" in screen
    # ... then gave way to the report, with the fix first; nothing drawn past 80 columns.
    report = screen.split("answer ended", 1)[1]
    assert report.index("First fix: ") < report.index("Checks against the guide")
    # (Status lines with a path are soft-wrapped by the terminal, not cut, so they may be longer.)
    drawn = [
        line
        for line in re.split(r"[\r\n]", screen)
        if not line.startswith(("listening:", "recording to", "stored as attempt"))
    ]
    assert max(len(line) for line in drawn) <= 80
