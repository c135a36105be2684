"""Commands over stored attempts: history, replay, report --html, compare, stories, forget.

Module-level imports stay light (argparse only): `rehearse --help` must not load numpy, sounddevice
or the model. Each handler imports what it needs.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from .errors import RehearseError

HISTORY_ROWS = 30  # attempts listed by `history` before "... N older"
WHEN_FORMAT = "%d %b %H:%M"  # tables are narrow; `history --json` has the full time
WIDE_COLUMNS = 100  # the overview adds a story column from this terminal width
WIDE_MATRIX_COLUMNS = 110  # the story matrix heads its columns with prompt ids from this width
SPARK_MAX = 12  # attempts a sparkline in the overview shows (the latest ones)
REFRESH_S = 0.1  # how often the replay view redraws and polls the keyboard
SKIP_S = 5.0  # seconds skipped by the left and right arrow keys
BAR_WIDTH = 60  # characters of the replay's STAR position bar
STATUS_STYLE = {"pass": "green", "warn": "yellow", "fail": "red"}
VERDICT_STYLE = {"better": "green", "worse": "red", "same": "dim"}
LABEL_STYLE = {
    "situation": "cyan",
    "task": "blue",
    "action": "green",
    "result": "magenta",
    "learning": "yellow",
}
KEYS_HELP = "space pause/play · ← → 5 s · f next filler · n next STAR part · q quit"


def add_commands(sub) -> None:
    """Add the attempt commands to the CLI."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        help="where attempts are kept (default: $REHEARSE_DATA_DIR or the user data folder)",
    )

    h = sub.add_parser(
        "history", parents=[common], help="attempts, newest first, with progress per prompt"
    )
    h.add_argument("--prompt", "-p", metavar="ID", help="one prompt: every attempt and its trend")
    h.add_argument("--json", action="store_true", help="print the attempts as JSON")
    h.set_defaults(func=cmd_history)

    r = sub.add_parser(
        "replay", parents=[common], help="play an attempt with the transcript following along"
    )
    r.add_argument("id", help="the attempt id (see `rehearse history`)")
    start = r.add_mutually_exclusive_group()
    start.add_argument("--from", dest="part", metavar="PART", help="start at a STAR part")
    start.add_argument("--at", metavar="M:SS", help="start at a time, e.g. 1:05")
    r.add_argument("--no-audio", action="store_true", help="print the timeline as text")
    r.set_defaults(func=cmd_replay)

    p = sub.add_parser("report", parents=[common], help="write an attempt as a self-contained page")
    p.add_argument("id", help="the attempt id (see `rehearse history`)")
    p.add_argument("--html", metavar="OUT", required=True, help="the HTML file to write")
    p.set_defaults(func=cmd_report)

    c = sub.add_parser("compare", parents=[common], help="two attempts side by side")
    c.add_argument("a", metavar="A", help="the earlier attempt id")
    c.add_argument("b", metavar="B", help="the later attempt id")
    c.set_defaults(func=cmd_compare)

    s = sub.add_parser(
        "stories", parents=[common], help="the story bank and its coverage of the prompts"
    )
    s.add_argument(
        "--file", metavar="FILE", help="the stories file (default: DATA_DIR/stories.yaml)"
    )
    s.add_argument("--init", action="store_true", help="start a stories file from a template")
    s.set_defaults(func=cmd_stories)

    f = sub.add_parser("forget", parents=[common], help="delete an attempt and its audio")
    f.add_argument("id", help="the attempt id (see `rehearse history`)")
    f.set_defaults(func=cmd_forget)


# -- helpers --------------------------------------------------------------------------------------


def _store(args):
    """The store of --data-dir (or the default)."""
    from .store import Store, data_dir

    return Store(data_dir(args.data_dir))


def _attempt_id(text: str) -> int:
    """An attempt id typed by the user."""
    if not text.strip().isdigit():
        raise RehearseError(f"attempt id must be a number, not '{text}': see `rehearse history`")
    return int(text)


def _when(created: float) -> str:
    return time.strftime(WHEN_FORMAT, time.localtime(created))


def _table(title: str):
    """A compact table: no vertical rules, so seven numbers fit in 80 columns."""
    from rich import box
    from rich.table import Table

    return Table(
        title=title,
        box=box.SIMPLE_HEAD,
        padding=(0, 1, 0, 0),
        pad_edge=False,
        expand=False,
        title_justify="left",
    )


def _status_of(attempt, metric) -> str | None:
    """How the attempt's check for this metric went, if it has one."""
    check = attempt.check(metric.target) if metric.target else None
    return check["status"] if check else None


def _cell(attempt, metric):
    """A metric's value, coloured by its check."""
    from rich.text import Text

    style = STATUS_STYLE.get(_status_of(attempt, metric) or "", "")
    return Text(metric.show(metric.value(attempt), attempt), style=style)


# -- history --------------------------------------------------------------------------------------


def cmd_history(args, guide, out, err) -> None:
    """List attempts and the trend of each metric, per prompt and overall."""
    prompt = guide.prompt(args.prompt) if args.prompt else None
    with _store(args) as store:
        attempts = store.list(prompt.id if prompt else None)
        root = store.root
    if args.json:
        print(json.dumps([_attempt_json(a) for a in attempts], indent=2, ensure_ascii=False))
        return
    if not attempts:
        which = f" for {prompt.id}" if prompt else ""
        out.print(
            f"No attempts{which} yet in {root}: `rehearse practice PROMPT` records one, "
            "`rehearse analyze FILE --prompt ID --save` keeps an analysis."
        )
        return
    if prompt is not None:
        _prompt_history(prompt, attempts, guide, out)
    else:
        _overview(attempts, guide, out)


def _attempt_json(attempt) -> dict:
    """One attempt for scripts: ids, time, audio path and the key metrics."""
    return {
        "id": attempt.id,
        "prompt_id": attempt.prompt_id,
        "story": attempt.story,
        "model": attempt.model,
        "created": attempt.created,
        "time": time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(attempt.created)),
        "kind": attempt.kind,
        "audio_path": str(attempt.audio_path) if attempt.audio_path else None,
        "audio_present": attempt.has_audio,
        "metrics": attempt.metrics(),
    }


def _overview(attempts, guide, out) -> None:
    """Every attempt (newest first), then per prompt and overall: latest, trend, sparkline."""
    from rich.text import Text

    from .progress import METRICS

    shown = attempts[:HISTORY_ROWS]
    stories = any(a.story for a in shown) and out.width >= WIDE_COLUMNS
    table = _table("Attempts, newest first")
    table.add_column("id", style="bold", justify="right", no_wrap=True)
    table.add_column("when", no_wrap=True)
    table.add_column("prompt", overflow="ellipsis", no_wrap=True, max_width=16)
    if stories:
        table.add_column("story", overflow="ellipsis", no_wrap=True, max_width=14)
    for metric in METRICS:
        table.add_column(metric.label, justify="right", no_wrap=True)
    for a in shown:
        story = (a.story or "",) if stories else ()
        table.add_row(
            str(a.id), _when(a.created), a.prompt_id or "–", *story, *(_cell(a, m) for m in METRICS)
        )
    out.print(table)
    if len(attempts) > HISTORY_ROWS:
        out.print(
            Text(
                f"... and {len(attempts) - HISTORY_ROWS} older (`rehearse history --json` lists all)",
                style="dim",
            )
        )

    trend = _table("Progress: latest, change, sparkline oldest → newest")
    trend.add_column("prompt", style="bold", no_wrap=True, overflow="ellipsis", max_width=16)
    trend.add_column("n", justify="right")
    for metric in METRICS:
        trend.add_column(metric.label, no_wrap=True)
    order = {p.id: i for i, p in enumerate(guide.prompts)}
    prompt_ids = sorted({a.prompt_id or "" for a in attempts}, key=lambda p: order.get(p, 99))
    groups = [
        (pid or "(none)", [a for a in attempts if (a.prompt_id or "") == pid]) for pid in prompt_ids
    ]
    if len(groups) > 1:
        groups.append(("all prompts", attempts))
    for name, group in groups:
        oldest_first = group[::-1]
        trend.add_row(
            name, str(len(group)), *(_trend_cell(m, oldest_first, guide) for m in METRICS)
        )
    out.print(trend)


def _trend_cell(metric, oldest_first, guide):
    """Latest value, an arrow coloured by whether the change is for the better, and a sparkline."""
    from rich.text import Text

    from .progress import arrow, judge, sparkline

    values = [metric.value(a) for a in oldest_first]
    latest = oldest_first[-1]
    previous = values[-2] if len(values) > 1 else None
    cell = Text(metric.show(values[-1], latest))
    if len(values) > 1:
        verdict = judge(metric, previous, values[-1], guide)
        cell.append(arrow(previous, values[-1]), style=VERDICT_STYLE[verdict])
        cell.append(" " + sparkline(values[-SPARK_MAX:]), style="cyan")
    return cell


def _prompt_history(prompt, attempts, guide, out) -> None:
    """One prompt: every attempt with its change from the one before, then a sparkline per metric."""
    from rich.panel import Panel
    from rich.text import Text

    from .progress import METRICS, arrow, judge, sparkline

    out.print(Panel(f"[b]{prompt.text}[/b]", subtitle=prompt.id, expand=False))
    stories = any(a.story for a in attempts)
    table = _table("Attempts, newest first (change from the attempt before)")
    table.add_column("id", style="bold", justify="right", no_wrap=True)
    table.add_column("when", no_wrap=True)
    if stories:
        table.add_column("story", overflow="ellipsis", no_wrap=True, max_width=14)
    for metric in METRICS:
        table.add_column(metric.label, justify="right", no_wrap=True)
    for i, a in enumerate(attempts):
        before = attempts[i + 1] if i + 1 < len(attempts) else None
        cells = []
        for metric in METRICS:
            cell = _cell(a, metric)
            if before is not None:
                old, new = metric.value(before), metric.value(a)
                delta = metric.delta(old, new)
                if delta:  # on a line of its own, so the table fits 80 columns
                    cell.append(f"\n{delta}", style=VERDICT_STYLE[judge(metric, old, new, guide)])
            cells.append(cell)
        story = (a.story or "",) if stories else ()
        table.add_row(str(a.id), _when(a.created), *story, *cells)
    out.print(table)

    oldest_first = attempts[::-1]
    trend = _table("Trend, oldest → newest")
    for column in ("metric", "sparkline", "first", "latest", "", "target"):
        trend.add_column(column)
    for metric in METRICS:
        values = [metric.value(a) for a in oldest_first]
        first, latest = values[0], values[-1]
        verdict = judge(metric, first, latest, guide)
        target = guide.targets.get(metric.target) if metric.target else None
        trend.add_row(
            metric.label,
            Text(sparkline(values), style="cyan"),
            metric.show(first, oldest_first[0]),
            metric.show(latest, oldest_first[-1]),
            Text(f"{arrow(first, latest)} {verdict}", style=VERDICT_STYLE[verdict]),
            target.describe() if target else f"all {oldest_first[-1].checks_total}",
        )
    out.print(trend)


# -- replay ---------------------------------------------------------------------------------------


def cmd_replay(args, guide, out, err) -> int | None:
    """Play an attempt (or print its timeline) from the start, a STAR part or a time."""
    from .timeline import LABELS, build, parse_clock

    attempt_id = _attempt_id(args.id)
    with _store(args) as store:
        attempt = store.get(attempt_id)
    timeline = build(attempt.report)
    start = 0.0
    if args.part:
        label = args.part.strip().lower()
        if label not in LABELS:
            raise RehearseError(
                f"unknown STAR part '{args.part}': choose one of {', '.join(LABELS)}"
            )
        sentence = timeline.part_start(label)
        if sentence is None:
            said = ", ".join(dict.fromkeys(s.label for s in timeline.sentences)) or "none"
            raise RehearseError(f"attempt {attempt.id} has no {label} part (it has: {said})")
        start = sentence.start or 0.0
        first_word = sentence.first
    elif args.at:
        start = parse_clock(args.at)
        if not timeline.timed:
            raise RehearseError(
                f"attempt {attempt.id} is a written draft: it has no times (use --from PART)"
            )
        end = timeline.duration or (timeline.words[-1].end if timeline.words else 0.0)
        if start > end:
            raise RehearseError(
                f"--at {args.at} is past the end of attempt {attempt.id} ({_clock(end)})"
            )
        first_word = timeline.word_at(start) or 0
    else:
        first_word = 0

    if args.no_audio or attempt.kind == "text":
        if not args.no_audio:
            err.print(f"attempt {attempt.id} is a written draft: no audio, here is its timeline")
        _print_timeline(attempt, timeline, first_word, out)
        return None
    if not attempt.has_audio:
        _print_timeline(attempt, timeline, first_word, out)
        missing = attempt.audio_path or "(no audio stored)"
        raise RehearseError(
            f"attempt {attempt.id}'s audio file {missing} is missing (deleted?): "
            "printed its timeline as text instead"
        )
    _play(attempt, timeline, start, out)
    return None


def _clock(seconds: float) -> str:
    from .transcript import clock

    return clock(seconds)


def _sentence_text(timeline, sentence, first: int | None = None, current: int | None = None):
    """A sentence as rich Text: fillers in [brackets] and red, long pauses inline, the current
    word reversed."""
    from rich.text import Text

    pauses = {p.before: p for p in timeline.pauses if p.long}
    text = Text()
    start = sentence.first if first is None else max(first, sentence.first)
    if start > sentence.first:
        text.append("… ", style="dim")
    for word in timeline.words[start : sentence.last]:
        pause = pauses.get(word.index)
        if pause is not None:
            text.append(f"⏸ {pause.duration:.1f} s ", style="bold red")
        if word.index == current:
            style = "reverse bold"
        elif word.filler:
            style = "bold red"
        else:
            style = LABEL_STYLE.get(sentence.label, "")
        text.append(f"[{word.text}]" if word.filler else word.text, style=style)
        text.append(" ")
    text.rstrip()
    return text


def _print_timeline(attempt, timeline, first_word: int, out) -> None:
    """The answer as text: part headings with times, one line per sentence, then the feedback."""
    from rich.table import Table
    from rich.text import Text

    out.print(_replay_header(attempt))
    for label, sentences in timeline.runs():
        sentences = [s for s in sentences if s.last > first_word]
        if not sentences:
            continue
        heading = Text(label.upper(), style=f"bold {LABEL_STYLE.get(label, '')}")
        if sentences[0].start is not None and sentences[-1].end is not None:
            heading.append(
                f"  {_clock(sentences[0].start)}–{_clock(sentences[-1].end)}", style="dim"
            )
        out.print(heading)
        grid = Table.grid(padding=(0, 2))
        if timeline.timed:  # a draft has no times: its sentences only
            grid.add_column(justify="right", style="dim", no_wrap=True, min_width=5)
        grid.add_column()
        for s in sentences:
            text = _sentence_text(timeline, s, first_word)
            if timeline.timed:
                begin = max(first_word, s.first)
                grid.add_row(_clock(timeline.words[begin].start or 0.0), text)
            else:
                grid.add_row(text)
        out.print(grid)
    out.print(_star_line(attempt.report))
    out.print(_feedback(attempt.report))


def _replay_header(attempt):
    from rich.text import Text

    prompt = (attempt.report.get("prompt") or {}).get("text") or "Your answer"
    bits = [f"attempt {attempt.id}", _when(attempt.created), attempt.prompt_id or "no prompt"]
    if attempt.story:
        bits.append(f"story {attempt.story}")
    if attempt.model:
        bits.append(attempt.model)
    header = Text(" · ".join(bits) + "\n", style="dim")
    header.append(prompt, style="bold")
    return header


def _star_line(report: dict):
    """Seconds (or share) per STAR part on one line."""
    from rich.text import Text

    from .timeline import LABELS

    star = report.get("star", {})
    line = Text("STAR  ", style="bold")
    for label in LABELS:
        secs = star.get("seconds", {}).get(label)
        share = star.get("shares", {}).get(label) or 0.0
        amount = f"{secs:.1f} s" if secs is not None else f"{share:.0%}"
        line.append(f"{label} {amount}", style=LABEL_STYLE[label])
        line.append("  ")
    return line


def _feedback(report: dict):
    """The checks table and what to change next time."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    table = Table(title="Checks against the guide", expand=False)
    for column in ("", "check", "result", "target"):
        table.add_column(column, overflow="fold")
    for c in report.get("checks", []):
        table.add_row(
            Text(c["status"].upper(), style=f"bold {STATUS_STYLE.get(c['status'], '')}"),
            c["id"].replace("_", " "),
            c["message"],
            c["target"],
        )
    advice = report.get("advice", [])
    if advice:
        lines = Text("Next time: ", style="bold")
        lines.append("  ".join(f"{i}. {a}" for i, a in enumerate(advice, 1)), style="")
    else:
        lines = Text("Every check passed: keep this story.", style="bold green")
    return Group(table, lines)


class _Player:
    """Feeds int16 samples to a sounddevice callback; pause and seek from the main thread."""

    def __init__(self, samples, rate: int, start_s: float):
        import threading

        self.samples = samples
        self.rate = rate
        self.position = min(int(start_s * rate), len(samples))
        self.paused = False
        self.finished = threading.Event()
        self._lock = threading.Lock()

    def callback(self, outdata, frames, time_info, status) -> None:
        """Copy the next frames out, or silence while paused."""
        with self._lock:
            if self.paused:
                outdata.fill(0)
                return
            chunk = self.samples[self.position : self.position + frames]
            outdata[: len(chunk), 0] = chunk
            outdata[len(chunk) :] = 0
            self.position += len(chunk)
            if self.position >= len(self.samples):
                self.finished.set()

    @property
    def seconds(self) -> float:
        return self.position / self.rate

    def seek(self, seconds: float) -> None:
        with self._lock:
            self.position = max(0, min(int(seconds * self.rate), len(self.samples)))
            if self.position < len(self.samples):
                self.finished.clear()

    def toggle(self) -> None:
        with self._lock:
            self.paused = not self.paused


class _Keys:
    """Single keypresses from a terminal (cbreak mode, restored on exit); none from a pipe."""

    ARROWS = {"\x1b[C": "right", "\x1b[D": "left", "\x1bOC": "right", "\x1bOD": "left"}

    def __init__(self):
        import sys

        self.fd = sys.stdin.fileno() if sys.stdin and sys.stdin.isatty() else None
        self._saved = None

    def __enter__(self) -> _Keys:
        if self.fd is not None:
            import termios
            import tty

            self._saved = termios.tcgetattr(self.fd)
            tty.setcbreak(self.fd)
        return self

    def __exit__(self, *exc) -> None:
        if self._saved is not None:
            import termios

            termios.tcsetattr(self.fd, termios.TCSADRAIN, self._saved)

    def read(self, timeout: float) -> list[str]:
        """The keys pressed within timeout seconds: "space", "left", "right", or the character."""
        import os
        import select

        if self.fd is None:
            time.sleep(timeout)
            return []
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return []
        data = os.read(self.fd, 64).decode("utf-8", "replace")
        keys = []
        while data:
            for sequence, name in self.ARROWS.items():
                if data.startswith(sequence):
                    keys.append(name)
                    data = data[len(sequence) :]
                    break
            else:
                keys.append("space" if data[0] == " " else data[0].lower())
                data = data[1:]
        return keys


def _play(attempt, timeline, start: float, out) -> None:
    """Play the audio through sounddevice while a Live view follows the words."""
    try:
        import sounddevice as sd
    except OSError as e:  # the PortAudio library itself is missing
        raise RehearseError(
            f"cannot play audio ({e}): `rehearse replay {attempt.id} --no-audio` prints the "
            "timeline as text"
        ) from None
    try:
        sd.query_devices(kind="output")
    except (sd.PortAudioError, ValueError) as e:
        reason = str(e).split(":")[0] or "none found"
        raise RehearseError(
            f"no sound output device ({reason}): `rehearse replay {attempt.id} --no-audio` prints "
            "the timeline as text"
        ) from None
    from rich.live import Live

    from . import audio

    samples = audio.load(attempt.audio_path)
    player = _Player(samples, audio.SAMPLE_RATE, start)
    try:
        stream = sd.OutputStream(
            samplerate=audio.SAMPLE_RATE, channels=1, dtype="int16", callback=player.callback
        )
    except sd.PortAudioError as e:
        raise RehearseError(
            f"cannot open the sound output ({e}): `rehearse replay {attempt.id} --no-audio` prints "
            "the timeline as text"
        ) from None
    feedback = _feedback(attempt.report)
    quit_ = False
    with stream, _Keys() as keys, Live(console=out, auto_refresh=False) as live:
        while not quit_ and not player.finished.is_set():
            # What is heard lags what was handed to the device by the output latency.
            heard = max(0.0, player.seconds - (0.0 if player.paused else stream.latency))
            live.update(_live_view(attempt, timeline, heard, player.paused, feedback), refresh=True)
            for key in keys.read(REFRESH_S):
                target = None
                if key == "space":
                    player.toggle()
                elif key == "right":
                    target = heard + SKIP_S
                elif key == "left":
                    target = heard - SKIP_S
                elif key == "f":
                    target = timeline.next_filler(heard)
                elif key == "n":
                    target = timeline.next_part(heard)
                elif key in ("q", "\x1b"):
                    quit_ = True
                if target is not None:
                    player.seek(target)
        end = (
            timeline.duration if player.finished.is_set() and timeline.duration else player.seconds
        )
        live.update(_live_view(attempt, timeline, end, True, feedback), refresh=True)


def _live_view(attempt, timeline, t: float, paused: bool, feedback):
    """One frame of the replay: position bar, the sentence being said with its word lit, keys,
    and the feedback table below."""
    from rich.console import Group
    from rich.panel import Panel
    from rich.text import Text

    length = timeline.duration or (timeline.words[-1].end if timeline.words else 1.0) or 1.0
    status = Text("⏸ paused " if paused else "▶ playing ", style="bold")
    status.append(f"{_clock(t)} / {_clock(length)}   ", style="bold")
    status.append_text(_replay_header(attempt).split("\n")[0])

    bar = Text()
    cursor = min(int(t / length * BAR_WIDTH), BAR_WIDTH - 1)
    for i in range(BAR_WIDTH):
        sentence = timeline.sentence_at((i + 0.5) * length / BAR_WIDTH)
        style = LABEL_STYLE.get(sentence.label, "") if sentence else "dim"
        bar.append("┃" if i == cursor else "━", style="bold white" if i == cursor else style)

    word = timeline.word_at(t)
    sentence = timeline.sentence_at(t)
    if sentence is None:
        body = Text("…", style="dim")
        title = "before the answer"
    else:
        body = Text()
        if sentence.index > 0:
            body.append_text(_sentence_text(timeline, timeline.sentences[sentence.index - 1]))
            body.stylize("dim")
            body.append("\n")
        body.append_text(_sentence_text(timeline, sentence, current=word))
        if sentence.index + 1 < len(timeline.sentences):
            following = _sentence_text(timeline, timeline.sentences[sentence.index + 1])
            following.stylize("dim")
            body.append("\n")
            body.append_text(following)
        title = f"[bold {LABEL_STYLE[sentence.label]}]{sentence.label.upper()}[/]"
    in_pause = next((p for p in timeline.pauses if p.start <= t < p.end and p.long), None)
    notes = Text(KEYS_HELP, style="dim")
    if in_pause is not None:
        notes = Text(f"⏸ long pause {in_pause.duration:.1f} s   ", style="bold red") + notes
    return Group(status, bar, Panel(body, title=title), notes, feedback)


# -- report, compare, forget ----------------------------------------------------------------------


def cmd_report(args, guide, out, err) -> None:
    """Write an attempt as a self-contained HTML page."""
    from . import html

    attempt_id = _attempt_id(args.id)
    target = Path(args.html).expanduser()
    if target.is_dir():
        raise RehearseError(f"{target} is a folder: give the HTML file to write, e.g. out.html")
    if not target.parent.is_dir():
        raise RehearseError(f"cannot write {target}: the folder {target.parent} does not exist")
    with _store(args) as store:
        attempt = store.get(attempt_id)
        history = store.list(attempt.prompt_id) if attempt.prompt_id else [attempt]
    audio = None
    note = None
    if attempt.has_audio:
        audio = attempt.audio_path.read_bytes()
    elif attempt.kind == "text":
        note = "A written draft: there is no audio; lengths are estimated at a speaking pace."
    else:
        note = f"The audio file of this attempt is missing ({attempt.audio_path})."
    page = html.render(attempt, guide, history, audio=audio, note=note)
    partial = target.with_name(f".{target.name}.partial")
    try:
        partial.write_text(page, encoding="utf-8")
        partial.replace(target)
    except OSError as e:
        partial.unlink(missing_ok=True)
        raise RehearseError(f"cannot write {target}: {e.strerror or e}") from None
    size = target.stat().st_size / 1e6
    embedded = "audio embedded" if audio else "no audio"
    out.print(f"wrote {target} ({size:.1f} MB, {embedded})")
    if audio is None and attempt.kind != "text":
        raise RehearseError(
            f"attempt {attempt.id}'s audio file {attempt.audio_path} is missing (deleted?): "
            "the page has the transcript and feedback only"
        )


def cmd_compare(args, guide, out, err) -> None:
    """Two attempts side by side: each metric, its change, and whether that is better."""
    from rich.text import Text

    from .progress import METRICS, judge

    a_id, b_id = _attempt_id(args.a), _attempt_id(args.b)
    if a_id == b_id:
        raise RehearseError(f"give two different attempts to compare (both are {a_id})")
    with _store(args) as store:
        a, b = store.get(a_id), store.get(b_id)
    if a.prompt_id == b.prompt_id:
        prompt = (b.report.get("prompt") or {}).get("text") or "(no prompt)"
        out.print(Text(prompt, style="bold"))
    else:
        out.print(
            Text(
                f"attempt {a.id} answers {a.prompt_id or 'no prompt'}, attempt {b.id} answers "
                f"{b.prompt_id or 'no prompt'}: the numbers compare, the content does not",
                style="yellow",
            )
        )
    table = _table(f"Attempt {a.id} ({_when(a.created)}) → attempt {b.id} ({_when(b.created)})")
    for column in ("metric", str(a.id), str(b.id), "change", "", "target"):
        table.add_column(column, justify="right" if column in (str(a.id), str(b.id)) else None)
    better, worse = [], []
    for metric in METRICS:
        old, new = metric.value(a), metric.value(b)
        verdict = judge(metric, old, new, guide)
        if verdict == "better":
            better.append(metric.label)
        elif verdict == "worse":
            worse.append(metric.label)
        target = guide.targets.get(metric.target) if metric.target else None
        table.add_row(
            metric.label,
            _cell(a, metric),
            _cell(b, metric),
            metric.delta(old, new),
            Text(verdict, style=VERDICT_STYLE[verdict]),
            target.describe() if target else "",
        )
    out.print(table)
    changed = []
    checks_a = {c["id"]: c["status"] for c in a.report.get("checks", [])}
    for c in b.report.get("checks", []):
        before = checks_a.get(c["id"])
        if before and before != c["status"]:
            changed.append(f"{c['id'].replace('_', ' ')} {before} → {c['status']}")
    if changed:
        out.print("Checks that changed: " + "; ".join(changed))
    out.print(Text("Better: " + (", ".join(better) or "nothing"), style="green"))
    out.print(Text("Worse: " + (", ".join(worse) or "nothing"), style="red" if worse else "dim"))


def cmd_forget(args, guide, out, err) -> None:
    """Delete an attempt: its index row, audio and report."""
    attempt_id = _attempt_id(args.id)
    with _store(args) as store:
        attempt = store.get(attempt_id)
        store.forget(attempt_id)
    out.print(
        f"forgot attempt {attempt.id} ({attempt.prompt_id or 'no prompt'}, {_when(attempt.created)})"
    )


# -- stories --------------------------------------------------------------------------------------


def cmd_stories(args, guide, out, err) -> None:
    """The story bank: which prompts each story serves, how often it was practised, and the gaps."""
    from rich.text import Text

    from . import stories
    from .store import data_dir

    path = (
        Path(args.file).expanduser() if args.file else stories.default_path(data_dir(args.data_dir))
    )
    if args.init:
        stories.write_template(path)
        out.print(f"wrote {path}: edit it, then run `rehearse stories` to see the coverage")
        return
    bank = stories.load(path, guide)
    with _store(args) as store:
        attempts = store.list()
    practised: dict[tuple[str, str], int] = {}
    for a in attempts:
        if a.story:
            key = (a.story, a.prompt_id or "")
            practised[key] = practised.get(key, 0) + 1

    # Seven prompt columns: headed by their ids on a wide terminal, by their numbers otherwise.
    wide = out.width >= WIDE_MATRIX_COLUMNS
    table = _table(f"Story bank: {path}")
    table.add_column("story", style="bold", overflow="fold", max_width=24)
    for number, p in enumerate(guide.prompts, 1):
        table.add_column(p.id.replace("-", "\n") if wide else str(number), justify="center")
    table.add_column("metrics", justify="right")
    for story in bank.stories:
        cells = []
        for p in guide.prompts:
            times = practised.get((story.id, p.id), 0)
            mark = "✓" if p.id in story.prompts else ""
            text = (mark + (f" {times}×" if times else "")).strip() or "·"
            cells.append(Text(text, style="green" if mark else "dim" if not times else "yellow"))
        metrics = Text(str(len(story.metrics)), style="" if story.metrics else "red")
        table.add_row(story.id, *cells, metrics)
    stories_per_prompt = [len(bank.for_prompt(p.id)) for p in guide.prompts]
    table.add_section()
    table.add_row(
        "per prompt",
        *(Text(str(n), style="bold" if n else "bold red") for n in stories_per_prompt),
        "",
    )
    out.print(table)
    legend = "" if wide else "  ".join(f"{n} {p.id}" for n, p in enumerate(guide.prompts, 1)) + "\n"
    out.print(Text(legend + "✓ the story serves the prompt · N× practised with it", style="dim"))

    gaps = _story_gaps(bank, guide, attempts)
    if gaps:
        out.print(Text("Gaps", style="bold"))
        for gap in gaps:
            out.print(f"  - {gap}")
    else:
        out.print(
            Text("No gaps: every prompt has a story and every story a metric.", style="green")
        )


def _story_gaps(bank, guide, attempts) -> list[str]:
    """What the story bank lacks, by the guide's preparation checklist."""
    from .stories import BANK_MAX, BANK_MIN

    gaps = []
    count = len(bank.stories)
    if count < BANK_MIN or count > BANK_MAX:
        gaps.append(
            f"{count} stories: the guide suggests a bank of {BANK_MIN}–{BANK_MAX} experiences"
        )
    uncovered = [p.id for p in guide.prompts if not bank.for_prompt(p.id)]
    if uncovered:
        gaps.append("no story for: " + ", ".join(uncovered))
    unpractised = [
        p.id
        for p in guide.prompts
        if bank.for_prompt(p.id)
        and not any(
            a.prompt_id == p.id and a.story in {s.id for s in bank.for_prompt(p.id)}
            for a in attempts
        )
    ]
    if unpractised:
        gaps.append("a story but no practice with it yet: " + ", ".join(unpractised))
    no_metric = [s.id for s in bank.stories if not s.metrics]
    if no_metric:
        gaps.append(
            "no metric in: " + ", ".join(no_metric) + ' (the guide: "Include at least one metric '
            'per story")'
        )
    themes = [t for t, who in bank.themes(guide).items() if not who]
    if themes:
        gaps.append("themes no story covers: " + ", ".join(themes))
    known = {s.id for s in bank.stories}
    strays = sorted({a.story for a in attempts if a.story and a.story not in known})
    if strays:
        gaps.append("attempts tagged with stories not in the bank: " + ", ".join(strays))
    return gaps
