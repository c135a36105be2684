"""`rehearse practice`: answer a prompt aloud and get the report the moment you stop; `rehearse devices`.

Capture runs on the main thread: each block goes to the Endpointer, the answer's samples to the WAV
on disk and to a transcribe.Stream, whose closed windows a worker thread transcribes while the
speaker goes on. When the answer ends only the last stretch of speech is left to transcribe, and
the words are already in one Transcript whose times are seconds of the saved WAV, exactly as
`rehearse analyze` on that file would give them.
"""

from __future__ import annotations

import argparse
import json
import queue
import random
import re
import signal
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from .errors import EXIT_BAD_INPUT, RehearseError
from .errors import EXIT_INTERRUPTED as EXIT_CANCELLED

COUNTDOWN_S = 3  # seconds counted down before listening, when a person is at the terminal
AMBER_AFTER_S = 105.0  # the elapsed clock turns amber at 1:45 (the guide: 1-2 minutes) ...
RED_AFTER_S = 120.0  # ... and red past 2:00
FLUSH_AFTER_S = 1.0  # silence after which the pending speech is transcribed without waiting
METER_FLOOR_DBFS = -60.0  # the level meter's empty end; the VAD ignores frames below -55
METER_WIDTH = 24  # characters
REFRESH_PER_S = 8  # live panel redraws per second
WARM_UP_S = 0.5  # silence transcribed once after loading the model
PACE_MIN_S = 5.0  # live pace is shown once the words span this long
RECORDINGS = "recordings"  # folder inside the data directory
NAME = re.compile(r"^(?P<stamp>\d{8}-\d{6}(?:-\d+)?)_(?P<prompt>[a-z0-9-]+)\.wav$")
ENDINGS = {
    "silence": "after {silence:g} s of silence",
    "max_length": "at the maximum length",
    "end_of_input": "at the end of the input",
    "device_lost": "because the input device went away",
    "enter": "on Enter",
    "interrupt": "on Ctrl-C",
}


def _positive(text: str) -> float:
    """argparse type: a number of seconds above zero."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be above 0: {text}")
    return value


def _speed(text: str) -> float:
    """argparse type: a playback speed, 0 meaning as fast as possible."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 (as fast as possible) or more: {text}")
    return value


def add_commands(sub) -> None:
    """Add `practice` and `devices` to the CLI (defaults live in rehearse/recorder.py)."""
    p = sub.add_parser(
        "practice",
        help="answer a prompt aloud at the microphone and get the report when you stop",
        description="Show a prompt, record your answer and report on it the moment you stop. "
        "The answer starts when you speak and ends after a silence, at the maximum length, "
        "or on Enter / Ctrl-C.",
        epilog="Exit status: 0 with a report; 2 for bad input or a fault (no device, nobody "
        "spoke, the device went away or the input clipped: the report is still printed when "
        "there is one); 130 when cancelled (Ctrl-C) before you spoke, nothing stored.",
    )
    p.add_argument("prompt", nargs="?", help="prompt id (default: the least practised, at random)")
    p.add_argument("--input", "-i", metavar="FILE", help="play a recording instead of the mic")
    p.add_argument(
        "--speed", type=_speed, default=None, help="with --input: N x real time, 0 = at once"
    )
    p.add_argument("--device", "-d", help="input device index or name (see `rehearse devices`)")
    p.add_argument("--json", action="store_true", help="print the JSON report (as analyze --json)")
    p.add_argument("--model", "-m", default=None, help="tiny.en (default), base, or a model folder")
    p.add_argument(
        "--silence", type=_positive, metavar="S", help="trailing silence that ends (default 3 s)"
    )
    p.add_argument(
        "--max-length", type=_positive, metavar="S", help="longest answer (default 180 s)"
    )
    p.add_argument(
        "--no-speech-timeout",
        type=_positive,
        metavar="S",
        help="give up when nobody speaks for this long (default 20 s)",
    )
    p.add_argument("--story", metavar="ID", help="tag the attempt with a story from stories.yaml")
    p.add_argument(
        "--data-dir",
        metavar="DIR",
        help="where attempts are kept (default $REHEARSE_DATA_DIR or the user data folder)",
    )
    p.set_defaults(func=cmd_practice)
    d = sub.add_parser("devices", help="list the input devices (for practice --device)")
    d.set_defaults(func=cmd_devices)


def cmd_devices(args, guide, out, err) -> int:
    """List the devices that can record."""
    from rich.table import Table

    from .recorder import input_devices

    devices = input_devices()
    if not devices:
        raise RehearseError(
            "no input device found: connect a microphone, or practise with a recording: --input FILE"
        )
    table = Table(title="Input devices (* = default)")
    for column in ("", "index", "name", "host API", "channels", "default rate"):
        table.add_column(column)
    for d in devices:
        table.add_row(
            "*" if d.default else "",
            str(d.index),
            d.name,
            d.hostapi,
            str(d.channels),
            f"{d.default_rate:.0f} Hz",
        )
    out.print(table)
    return 0


def recordings_dir(option: str | None) -> Path:
    """The folder recordings go to, created and checked for writing now rather than mid-answer."""
    from .store import data_dir

    folder = data_dir(option) / RECORDINGS
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".write-test-{id(folder)}"
        probe.touch()
        probe.unlink()
    except OSError as e:
        raise RehearseError(
            f"cannot write recordings to {folder} ({e.strerror or e}): use --data-dir DIR"
        ) from None
    return folder


def practised(folder: Path) -> dict[str, int]:
    """How many recordings each prompt id has in the folder."""
    counts: dict[str, int] = {}
    for path in folder.glob("*.wav"):
        match = NAME.match(path.name)
        if match:
            counts[match["prompt"]] = counts.get(match["prompt"], 0) + 1
    return counts


def stored(root: Path) -> dict[str, int]:
    """How many stored attempts each prompt id has (none before the first one is stored)."""
    from .store import INDEX_NAME, Store

    counts: dict[str, int] = {}
    if (root / INDEX_NAME).exists():
        with Store(root) as store:
            for attempt in store.list():
                if attempt.prompt_id:
                    counts[attempt.prompt_id] = counts.get(attempt.prompt_id, 0) + 1
    return counts


def choose_prompt(guide, counts: dict[str, int], rng: random.Random | None = None):
    """A prompt with the fewest answers so far, picked at random among those."""
    fewest = min(counts.get(p.id, 0) for p in guide.prompts)
    return (rng or random).choice([p for p in guide.prompts if counts.get(p.id, 0) == fewest])


def recording_path(folder: Path, prompt_id: str, now: datetime | None = None) -> Path:
    """A new file name: the local start time, then the prompt id, e.g. 20250301-091500_deadline.wav."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    path = folder / f"{stamp}_{prompt_id}.wav"
    n = 2
    while path.exists():
        path = folder / f"{stamp}-{n}_{prompt_id}.wav"
        n += 1
    return path


def _warm_up(transcriber) -> None:
    """Pay the model's one-off first-call cost (about 2 s here) before the answer, not after it."""
    import numpy as np

    from .audio import SAMPLE_RATE
    from .transcribe import Window

    transcriber.words(Window(0.0, np.zeros(int(WARM_UP_S * SAMPLE_RATE), dtype=np.int16)))
    transcriber.first_window = None  # language identification must hear the answer, not this


class Worker(threading.Thread):
    """Loads the model, then transcribes windows in order while capture goes on."""

    def __init__(self, model: str):
        super().__init__(name="rehearse-transcriber", daemon=True)
        self.model = model
        self.transcriber = None
        self.words: list = []  # grows as windows are transcribed; read by the live panel
        self.error: BaseException | None = None
        self.ready = threading.Event()
        self._windows: queue.Queue = queue.Queue()

    def run(self) -> None:
        from .transcribe import Transcriber

        try:
            self.transcriber = Transcriber(self.model)
            _warm_up(self.transcriber)
        except BaseException as e:  # noqa: BLE001 - handed to the main thread, raised there
            self.error = e
        self.ready.set()
        while (window := self._windows.get()) is not None:
            if self.error is None:
                try:
                    self.words.extend(self.transcriber.words(window))
                except BaseException as e:  # noqa: BLE001 - handed to the main thread
                    self.error = e

    def wait_ready(self) -> None:
        """Block until the model is loaded; raise its error if it could not be."""
        self.ready.wait()
        if self.error is not None:
            raise self.error

    def put(self, window) -> None:
        """Queue a closed window (called from the capture loop)."""
        self._windows.put(window)

    def finish(self) -> list:
        """Wait for the queued windows; return every word in order."""
        self._windows.put(None)
        self.join()
        if self.error is not None:
            raise self.error
        return self.words


@dataclass
class Outcome:
    """What one practice session produced, with the clock readings the latency bench reports."""

    report: object | None  # analysis.Report
    path: Path | None  # the WAV, None when nothing was recorded
    ended_by: str
    offset_s: float | None  # where the recording starts, in seconds of the input
    faults: list[str] = field(default_factory=list)  # one-line problems: exit status 2
    last_speech_at: float | None = None  # perf_counter when the last voiced block was fed
    captured_at: float | None = None  # perf_counter when capture ended
    reported_at: float | None = None  # perf_counter when analyze() returned


class Session:
    """One answer: capture from a source, endpoint, write, stream to the worker, then analyze."""

    def __init__(self, source, endpointer, worker: Worker, path: Path, on_start=None):
        from .transcribe import EAGER_WINDOW_S, Stream

        self.source = source
        self.endpointer = endpointer
        self.worker = worker
        self.path = path
        self.on_start = on_start  # called with the path once the answer starts
        self.stream = Stream(worker.put, eager_s=EAGER_WINDOW_S)
        self.writer = None
        self._stop_reason: str | None = None
        self.last_speech_at: float | None = None
        self.captured_at: float | None = None

    def stop(self, reason: str) -> None:
        """End the answer at the next block (from a signal handler or the Enter thread)."""
        self._stop_reason = reason
        self.source.stop()

    def capture(self) -> None:
        """Run until the answer ends; everything kept is on disk when this returns."""
        from .recorder import ENDED_DEVICE_LOST

        e = self.endpointer
        try:
            for block in self.source.blocks():
                before = e.last_speech_frame
                self._keep(e.feed(block))
                if e.last_speech_frame != before:
                    self.last_speech_at = time.perf_counter()
                if e.started and e.silent_s >= FLUSH_AFTER_S:
                    self.stream.flush()  # the speaker paused: transcribe now, not at the end
                if self._stop_reason is not None:
                    e.stop(self._stop_reason)
                if e.done:
                    break
            else:
                if self.source.lost:
                    e.stop(ENDED_DEVICE_LOST)
                elif self._stop_reason is not None:
                    e.stop(self._stop_reason)
                self._keep(e.finish())
        finally:
            self.captured_at = time.perf_counter()
            if self.writer is not None:
                self.writer.close()

    def _keep(self, samples) -> None:
        """Write the answer's samples to disk first, then hand them to the transcription stream."""
        if not len(samples):
            return
        from .audio import WavWriter

        try:
            if self.writer is None:
                self.writer = WavWriter(self.path)
                if self.on_start:
                    self.on_start(self.path)
            self.writer.write(samples)
        except OSError as e:
            raise RehearseError(
                f"cannot write the recording {self.path} ({e.strerror or e}): free some space or "
                "use --data-dir; what was written so far is kept"
            ) from None
        self.stream.feed(samples)

    def transcript(self):
        """Close the last window, wait for the worker, and stitch the words into one Transcript."""
        from .transcript import Transcript

        regions = self.stream.finish()
        words = self.worker.finish()
        return Transcript(words=words, regions=regions, duration_s=round(self.stream.time_s, 3))


def analyze_session(session: Session, guide, prompt) -> Outcome:
    """After capture: the report, warnings and faults, or a RehearseError if nothing was said."""
    from .analysis import analyze
    from .pipeline import check_speech
    from .recorder import (
        CLIP_FRACTION,
        ENDED_DEVICE_LOST,
        ENDED_ENTER,
        ENDED_INTERRUPT,
        ENDED_MAX_LENGTH,
        ENDED_NO_SPEECH,
    )
    from .transcript import clock

    e = session.endpointer
    if not e.started:
        session.worker.finish()
        heard = f"{e.listened_s:.0f} s"
        if e.reason in (ENDED_ENTER, ENDED_INTERRUPT):
            return Outcome(None, None, e.reason, None)
        if e.reason == ENDED_DEVICE_LOST:
            raise RehearseError(
                f"the input device went away before you spoke ({session.source.lost}); nothing "
                "was recorded: check `rehearse devices`, or use --input FILE"
            )
        if e.reason == ENDED_NO_SPEECH:
            raise RehearseError(
                f"no speech heard in {heard}; nothing was recorded: check the microphone and "
                "its level (`rehearse devices`), or allow longer with --no-speech-timeout"
            )
        raise RehearseError(f"no speech in {session.source.name}; nothing was recorded")
    transcript = session.transcript()
    warnings = check_speech(transcript, session.path, session.worker.transcriber)
    faults = []
    if e.clipped_fraction >= CLIP_FRACTION:
        text = (
            f"the input clipped ({e.clipped_fraction:.1%} of samples at full scale): lower the "
            "microphone gain; pauses and fillers may be misjudged"
        )
        warnings.append(text)
        faults.append(text)
    if e.reason == ENDED_DEVICE_LOST:
        text = (
            f"the input device went away at {clock(e.answer_s)} ({session.source.lost}); "
            f"the report covers what was captured, saved in {session.path}"
        )
        warnings.append(text)
        faults.append(text)
    if e.reason == ENDED_MAX_LENGTH:
        warnings.append(f"the answer was cut at the maximum length, {clock(e.answer_s)}")
    report = analyze(transcript, guide, prompt)
    report.warnings = warnings
    report.source_path = str(session.path)
    report.model = session.worker.transcriber.name
    return Outcome(
        report,
        session.path,
        e.reason,
        e.start_s,
        faults,
        session.last_speech_at,
        session.captured_at,
        time.perf_counter(),
    )


def run(session: Session, guide, prompt) -> Outcome:
    """Capture one answer and analyze it (what `practice` and bench/latency.py both run)."""
    session.capture()
    return analyze_session(session, guide, prompt)


def _show_prompt(prompt, console) -> None:
    """The question, the principles it probes and the guide's tips."""
    from rich.panel import Panel
    from rich.text import Text

    body = Text(prompt.text, style="bold")
    body.append(f"\n\nPrinciples: {', '.join(prompt.principles)}", style="cyan")
    for tip in prompt.tips:
        body.append(f"\n  • {tip}", style="dim")
    console.print(Panel(body, title=f"prompt: {prompt.id}", expand=False))


def _countdown(console) -> None:
    """Count down on one line, so the speaker can breathe before the mic opens."""
    for n in range(COUNTDOWN_S, 0, -1):
        console.print(f"{n}…", end=" ")
        time.sleep(1)
    console.print()


def _elapsed_style(seconds: float) -> str:
    """Green inside the 1-2 minute target, amber as 2:00 nears, red past it."""
    if seconds >= RED_AFTER_S:
        return "bold red"
    return "bold yellow" if seconds >= AMBER_AFTER_S else "bold green"


def _meter(dbfs: float) -> str:
    """A text bar for a level in dBFS."""
    fill = 0.0 if dbfs == float("-inf") else (dbfs - METER_FLOOR_DBFS) / -METER_FLOOR_DBFS
    n = round(max(0.0, min(1.0, fill)) * METER_WIDTH)
    return "█" * n + "░" * (METER_WIDTH - n)


def _panel(session: Session, prompt):
    """The live panel: clock, level, speaking or silent, words and pace so far."""
    from rich.panel import Panel
    from rich.text import Text

    from .transcript import clock

    e = session.endpointer
    words = session.worker.words
    text = Text()
    if e.started:
        text.append(clock(e.answer_s), style=_elapsed_style(e.answer_s))
        text.append(" / 1:00–2:00   ", style="dim")
    else:
        left = e.settings.no_speech_timeout_s - e.listened_s
        text.append(f"start when ready ({left:.0f} s)   ", style="bold")
    text.append(_meter(e.read_peak()), style="green" if e.speaking else "dim")
    text.append("\n")
    text.append(
        "● speaking" if e.speaking else "○ silent  ", style="green" if e.speaking else "dim"
    )
    text.append(f"   {len(words)} words")
    span = words[-1].end - words[0].start if words else 0.0
    if span >= PACE_MIN_S:
        text.append(f"   {len(words) / span * 60:.0f} wpm")
    hint = (
        f"Enter or Ctrl-C to stop; it ends after {e.settings.silence_s:g} s of silence"
        if e.started
        else "Ctrl-C to cancel"
    )
    text.append(f"\n{hint}", style="dim")
    return Panel(text, title=f"recording: {prompt.id}", expand=False)


def _watch_enter(session: Session) -> None:
    """Stop the answer when the speaker presses Enter (only when stdin is a terminal)."""

    def wait():
        if sys.stdin.readline():  # "" is end of input (a closed terminal), not a keypress
            session.stop("enter")

    threading.Thread(target=wait, name="rehearse-enter", daemon=True).start()


def cmd_practice(args, guide, out, err) -> int:
    """Show a prompt, record an answer, print the report (see the module docstring)."""
    from .recorder import Endpointer, Endpointing, FileSource, MicSource

    if args.speed is not None and not args.input:
        raise RehearseError("--speed only applies to --input FILE")
    if args.device is not None and args.input:
        raise RehearseError("give either --device or --input, not both")
    prompt = guide.prompt(args.prompt) if args.prompt else None
    folder = recordings_dir(args.data_dir)
    root = folder.parent
    if args.story:
        _check_story(args.story, root, guide)
    if prompt is None:
        counts = stored(root)
        for prompt_id, n in practised(folder).items():  # recordings not stored (yet)
            counts[prompt_id] = counts.get(prompt_id, 0) + n
        prompt = choose_prompt(guide, counts)
    if args.input:
        source = FileSource(args.input, 1.0 if args.speed is None else args.speed)
        source.open()  # a file that is not audio fails here, before the model loads
    else:
        source = MicSource(args.device)
        source.check()
    from .transcribe import DEFAULT_MODEL, resolve

    model = args.model or DEFAULT_MODEL
    resolve(model)  # a missing model fails now, not after the answer
    worker = Worker(model)
    worker.start()  # the model loads while the prompt is read

    ui = err if args.json else out
    _show_prompt(prompt, ui)
    interactive = sys.stdin.isatty() and not args.input
    try:
        if interactive:
            _countdown(ui)
        worker.wait_ready()
    except KeyboardInterrupt:
        source.close()
        print("rehearse: cancelled; nothing was recorded", file=sys.stderr)
        return EXIT_CANCELLED

    defaults = Endpointing()
    settings = Endpointing(
        silence_s=args.silence or defaults.silence_s,
        max_length_s=args.max_length or defaults.max_length_s,
        no_speech_timeout_s=args.no_speech_timeout or defaults.no_speech_timeout_s,
    )
    path = recording_path(folder, prompt.id)
    live = out.is_terminal and not args.json

    def started(path: Path) -> None:
        err.print(f"recording to {path}", highlight=False, soft_wrap=True)

    session = Session(source, Endpointer(settings), worker, path, on_start=started)
    outcome = _capture(session, settings, guide, prompt, ui, err, live)
    if outcome is None:
        print("rehearse: stopped before you spoke; nothing was recorded", file=sys.stderr)
        return EXIT_CANCELLED
    data = _json(outcome)
    attempt = _store(data, outcome, root, prompt.id, args.story)
    data["practice"]["attempt"] = attempt
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        from .report import render

        render(outcome.report, out)
    err.print(
        f"stored as attempt {attempt} in {root} (rehearse replay {attempt})",
        highlight=False,
        soft_wrap=True,
    )
    for fault in outcome.faults:
        print(f"rehearse: {fault}", file=sys.stderr)
    return EXIT_BAD_INPUT if outcome.faults else 0


def _capture(session, settings, guide, prompt, ui, err, live) -> Outcome | None:
    """Listen with Ctrl-C (and Enter, at a terminal) ending the answer instead of the program."""
    previous = signal.signal(signal.SIGINT, lambda *_: session.stop("interrupt"))
    try:
        with session.source:
            err.print(
                f"listening: speak when ready; the answer ends after {settings.silence_s:g} s "
                f"of silence, at {settings.max_length_s:g} s, or on Enter / Ctrl-C",
                highlight=False,
                soft_wrap=True,
            )
            if sys.stdin.isatty():
                _watch_enter(session)
            if live:
                from rich.live import Live

                with Live(
                    get_renderable=lambda: _panel(session, prompt),
                    console=ui,
                    refresh_per_second=REFRESH_PER_S,
                    transient=True,
                ):
                    session.capture()
            else:
                session.capture()
    finally:
        signal.signal(signal.SIGINT, previous)
    e = session.endpointer
    if e.started:
        ending = ENDINGS.get(e.reason, e.reason).format(silence=settings.silence_s)
        from .transcript import clock

        err.print(f"answer ended {ending}: {clock(e.answer_s)}; analyzing", highlight=False)
    try:
        outcome = analyze_session(session, guide, prompt)
    except KeyboardInterrupt:
        raise RehearseError(
            f"interrupted while analyzing; the recording is kept: rehearse analyze {session.path}"
        ) from None
    return None if outcome.report is None else outcome


def _check_story(story_id: str, root: Path, guide) -> None:
    """Refuse a --story that is not in the story bank, before anything is recorded."""
    from . import stories

    path = stories.default_path(root)
    if not path.exists():
        raise RehearseError(
            f"no story bank at {path} for --story {story_id}: start one with `rehearse stories --init`"
        )
    stories.load(path, guide).story(story_id)


def _store(data: dict, outcome: Outcome, root: Path, prompt_id: str, story: str | None) -> int:
    """Keep the attempt: the recording becomes a FLAC in the store, the WAV is then removed."""
    from .store import ATTEMPTS_DIR, AUDIO_NAME, Store

    try:
        with Store(root) as store:
            attempt = store.save(data, outcome.path, prompt_id, story, outcome.report.model)
    except RehearseError as e:
        raise RehearseError(f"{e} (the recording is kept: {outcome.path})") from None
    data["practice"]["recording"] = str(root / ATTEMPTS_DIR / str(attempt) / AUDIO_NAME)
    return attempt


def _json(outcome: Outcome) -> dict:
    """The analyze --json document plus where and how this answer was recorded."""
    from .report import to_dict

    data = to_dict(outcome.report)
    data["practice"] = {
        "recording": str(outcome.path),
        "ended_by": outcome.ended_by,
        "input_offset_s": None if outcome.offset_s is None else round(outcome.offset_s, 3),
    }
    return data
