"""What the speaker sees while practising: the prompt, a countdown, the live panel, the Enter key.

The live panel shows the clock against the guide's 1-2 minutes, the input level, whether the
speaker is heard, and the words and pace transcribed so far; Enter at a terminal ends the answer.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from ..report.styles import LABEL_STYLE
from ..transcript import clock
from .endpointer import (
    ENDED_DEVICE_LOST,
    ENDED_ENTER,
    ENDED_INPUT,
    ENDED_INTERRUPT,
    ENDED_MAX_LENGTH,
    ENDED_SILENCE,
)

COUNTDOWN_S = 3  # seconds counted down before listening, when a person is at the terminal
METER_FLOOR_DBFS = -60.0  # the level meter's empty end; the VAD ignores frames below -55
METER_WIDTH = 24  # characters
REFRESH_PER_S = 8  # live panel redraws per second
PACE_STYLE = {"pass": "green", "warn": "yellow", "fail": "bold red"}  # pace against its band
BRIEF_ADVICE = 2  # "next time" lines in a follow-up's short report
ENDINGS = {
    ENDED_SILENCE: "after {silence:g} s of silence",
    ENDED_MAX_LENGTH: "at the maximum length",
    ENDED_INPUT: "at the end of the input",
    ENDED_DEVICE_LOST: "because the input device went away",
    ENDED_ENTER: "on Enter",
    ENDED_INTERRUPT: "on Ctrl-C",
}  # Endpointer.reason as the speaker reads it


def show_prompt(prompt, console) -> None:
    """The question, the principles it probes and the guide's tips."""
    from rich.panel import Panel
    from rich.text import Text

    body = Text(prompt.text, style="bold")
    body.append(f"\n\nPrinciples: {', '.join(prompt.principles)}", style="cyan")
    for tip in prompt.tips:
        body.append(f"\n  • {tip}", style="dim")
    console.print(Panel(body, title=f"prompt: {prompt.id}", expand=False))


def show_follow_up(prompt, follow_up, title: str, console) -> None:
    """A follow-up question, shown like a prompt, with the words of the answer it digs into."""
    from rich.panel import Panel
    from rich.text import Text

    body = Text(follow_up.question, style="bold")
    body.append(f"\n\nDigging into: “{follow_up.quote}”", style="dim")
    body.append(f"\nStill answering: {prompt.text}", style="dim")
    console.print(Panel(body, title=f"{title}: {prompt.id}", expand=False))


def brief(report, title: str, console) -> None:
    """A follow-up's short report: length, pace, fillers, checks passed, what to fix first."""
    from rich.table import Table
    from rich.text import Text

    from ..report.schema import length_s

    passed = sum(c.status == "pass" for c in report.checks)
    facts = [clock(length_s(report))]
    if report.timing is not None and report.timing.wpm:
        facts.append(f"{report.timing.wpm:.0f} wpm")
    n = len(report.fillers)
    facts.append(f"{n} filler{'' if n == 1 else 's'}")
    facts.append(f"{passed} of {len(report.checks)} checks passed")
    console.print(Text(f"{title}: " + " · ".join(facts), style="bold"), highlight=False)
    for warning in report.warnings:
        console.print(Text(f"warning: {warning}", style="yellow"))
    advice = report.advice()[:BRIEF_ADVICE]
    if advice:  # a grid: a long line wraps under its own text, not under the bullet
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column()
        for c in advice:
            grid.add_row("  next time:", Text(c.message))
        console.print(grid)


def countdown(console) -> None:
    """Count down on one line, so the speaker can breathe before the mic opens."""
    for n in range(COUNTDOWN_S, 0, -1):
        console.print(f"{n}…", end=" ")
        time.sleep(1)
    console.print()


def listening(err, settings) -> None:
    """Say that the microphone is open and how the answer will end."""
    err.print(
        f"listening: speak when ready; the answer ends after {settings.silence_s:g} s "
        f"of silence, at {settings.max_length_s:g} s, or on Enter / Ctrl-C",
        highlight=False,
        soft_wrap=True,
    )


def ended(err, endpointer) -> None:
    """Say how and when the answer ended, once it had started."""
    e = endpointer
    if e.started:
        ending = ENDINGS.get(e.reason, e.reason).format(silence=e.settings.silence_s)
        err.print(f"answer ended {ending}: {clock(e.answer_s)}; analyzing", highlight=False)


def elapsed_style(seconds: float) -> str:
    """Green inside the 1-2 minute target, amber as 2:00 nears, red past it."""
    from .cues import OVER_S, WRAP_UP_S

    if seconds >= OVER_S:
        return "bold red"
    return "bold yellow" if seconds >= WRAP_UP_S else "bold green"


def meter(dbfs: float) -> str:
    """A text bar for a level in dBFS."""
    fill = 0.0 if dbfs == float("-inf") else (dbfs - METER_FLOOR_DBFS) / -METER_FLOOR_DBFS
    n = round(max(0.0, min(1.0, fill)) * METER_WIDTH)
    return "█" * n + "░" * (METER_WIDTH - n)


def panel(session, prompt, cues=None):
    """The live panel: clock, level, speaking or silent, words, pace against its band, fillers so
    far, the STAR part being spoken, and a wrap-up cue from 1:45 (cues: a live.cues.CueReader)."""
    from rich.panel import Panel
    from rich.text import Text

    from .cues import CueReader

    e = session.endpointer
    cue = (cues or CueReader()).read(session.worker.shown_words, e.answer_s if e.started else 0.0)
    text = Text()
    if e.started:
        text.append(clock(e.answer_s), style=elapsed_style(e.answer_s))
        text.append(" / 1:00–2:00   ", style="dim")
    else:
        left = e.settings.no_speech_timeout_s - e.listened_s
        text.append(f"start when ready ({left:.0f} s)   ", style="bold")
    text.append(meter(e.read_peak()), style="green" if e.speaking else "dim")
    text.append("\n")
    text.append(
        "● speaking" if e.speaking else "○ silent  ", style="green" if e.speaking else "dim"
    )
    text.append(f"   {cue.words} word{'' if cue.words == 1 else 's'}")
    if cue.wpm is not None:
        text.append(f"   {cue.wpm:.0f} wpm", style=PACE_STYLE.get(cue.pace_status, ""))
        if cue.pace_note:
            text.append(f" {cue.pace_note}", style=PACE_STYLE[cue.pace_status])
    text.append("\n")
    text.append(f"fillers {cue.fillers}", style="bold red" if cue.fillers else "dim")
    if cue.last_filler:
        text.append(f" (last: {cue.last_filler})", style="dim")
    if cue.part:
        text.append("   now: ", style="dim")
        text.append(cue.part, style=LABEL_STYLE[cue.part])
    if cue.wrap_up:
        text.append(f"\n{cue.wrap_up}", style=elapsed_style(e.answer_s))
    hint = (
        f"Enter or Ctrl-C to stop; it ends after {e.settings.silence_s:g} s of silence"
        if e.started
        else "Ctrl-C to cancel"
    )
    text.append(f"\n{hint}", style="dim")
    return Panel(text, title=f"recording: {prompt.id}", expand=False)


@contextmanager
def live_panel(session, prompt, console, guide=None) -> Iterator[None]:
    """Redraw the live panel while inside; it goes away when the answer ends."""
    from rich.live import Live

    from .cues import CueReader

    cues = CueReader(guide)
    with Live(
        get_renderable=lambda: panel(session, prompt, cues),
        console=console,
        refresh_per_second=REFRESH_PER_S,
        transient=True,
    ):
        yield


def watch_enter(session) -> None:
    """Stop the answer when the speaker presses Enter (only when stdin is a terminal)."""

    def wait():
        if sys.stdin.readline():  # "" is end of input (a closed terminal), not a keypress
            session.stop(ENDED_ENTER)

    threading.Thread(target=wait, name="rehearse-enter", daemon=True).start()
