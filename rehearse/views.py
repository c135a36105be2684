"""How stored attempts look in the terminal: compact tables, coloured cells, an answer's timeline.

Shared by the history, compare and replay commands. Light at import: rich is loaded inside each
function, so `rehearse --help` does not pay for it.
"""

from __future__ import annotations

import time

from .report.styles import LABEL_STYLE, STATUS_STYLE

WHEN_FORMAT = "%d %b %H:%M"  # tables are narrow; `history --json` has the full time
NAME_COLUMN = 16  # characters: a prompt or story id longer than this folds onto the next line
ROW_NAME_COLUMN = 26  # characters of a trend row's name: "above-and-beyond (drafts)" fits
# progress.judge's verdicts: a change inside the target band is calm green, never red.
VERDICT_STYLE = {"better": "green", "worse": "red", "same": "dim", "in target": "dim green"}
DRAFT_MARK = "✎"  # beside a written draft's id in the tables


def when(created: float) -> str:
    """An attempt's time, short enough for a table column."""
    return time.strftime(WHEN_FORMAT, time.localtime(created))


def clock(seconds: float) -> str:
    """Seconds as M:SS."""
    from .transcript import clock as transcript_clock

    return transcript_clock(seconds)


def table(title: str):
    """A compact table: no vertical rules, so seven numbers fit in 80 columns."""
    from rich import box
    from rich.table import Table

    return Table(
        title=title,
        box=box.SIMPLE_HEAD,
        padding=(0, 1, 0, 0),
        pad_edge=False,
        show_edge=False,  # the edge is blank in this box: two columns more for the cells
        expand=False,
        title_justify="left",
    )


def status_of(attempt, metric) -> str | None:
    """How the attempt's check for this metric went, if it has one."""
    check = attempt.check(metric.target) if metric.target else None
    return check.status if check else None


def cell(attempt, metric):
    """A metric's value, coloured by its check."""
    from rich.text import Text

    style = STATUS_STYLE.get(status_of(attempt, metric) or "", "")
    return Text(metric.show(metric.value(attempt), attempt), style=style)


def attempt_header(attempt):
    """Two lines: the attempt's id, time, prompt, story and model dimmed, then the prompt text."""
    from rich.text import Text

    report = attempt.report
    prompt = (report.prompt.text if report.prompt else "") or "Your answer"
    bits = [f"attempt {attempt.id}", when(attempt.created), attempt.prompt_id or "no prompt"]
    if attempt.story:
        bits.append(f"story {attempt.story}")
    if attempt.model:
        bits.append(attempt.model)
    header = Text(" · ".join(bits) + "\n", style="dim")
    header.append(prompt, style="bold")
    return header


def sentence_text(timeline, sentence, first: int | None = None, current: int | None = None):
    """A sentence as rich Text: fillers in [brackets] and red, long pauses inline, the current
    word reversed."""
    from rich.text import Text

    pauses = {p.before: p for p in timeline.pauses if p.long}
    text = Text()
    start = sentence.first if first is None else max(first, sentence.first)
    if start > sentence.first:
        text.append("… ", style="dim")
    for index in range(start, sentence.last):
        word, filler = timeline.words[index], timeline.is_filler(index)
        pause = pauses.get(index)
        if pause is not None:
            text.append(f"⏸ {pause.duration:.1f} s ", style="bold red")
        if index == current:
            style = "reverse bold"
        elif filler:
            style = "bold red"
        else:
            style = LABEL_STYLE.get(sentence.label, "")
        text.append(f"[{word.text}]" if filler else word.text, style=style)
        text.append(" ")
    text.rstrip()
    return text


def print_timeline(attempt, timeline, first_word: int, out) -> None:
    """The answer as text: part headings with times, one line per sentence, then the feedback."""
    from rich.table import Table
    from rich.text import Text

    out.print(attempt_header(attempt))
    for label, sentences in timeline.runs():
        sentences = [s for s in sentences if s.last > first_word]
        if not sentences:
            continue
        heading = Text(label.upper(), style=f"bold {LABEL_STYLE.get(label, '')}")
        if sentences[0].start is not None and sentences[-1].end is not None:
            heading.append(f"  {clock(sentences[0].start)}–{clock(sentences[-1].end)}", style="dim")
        out.print(heading)
        grid = Table.grid(padding=(0, 2))
        if timeline.timed:  # a draft has no times: its sentences only
            grid.add_column(justify="right", style="dim", no_wrap=True, min_width=5)
        grid.add_column()
        for s in sentences:
            text = sentence_text(timeline, s, first_word)
            if timeline.timed:
                begin = max(first_word, s.first)
                grid.add_row(clock(timeline.words[begin].start or 0.0), text)
            else:
                grid.add_row(text)
        out.print(grid)
    out.print(star_line(attempt.report))
    out.print(feedback(attempt.report))


def star_line(report):
    """Seconds (or share) per STAR part of a Report, on one line."""
    from rich.text import Text

    from .analysis.star import LABELS

    line = Text("STAR  ", style="bold")
    for label in LABELS:
        secs = report.shares[label]["seconds"]
        share = report.shares[label]["share"] or 0.0
        amount = f"{secs:.1f} s" if secs is not None else f"{share:.0%}"
        line.append(f"{label} {amount}", style=LABEL_STYLE[label])
        line.append("  ")
    return line


def feedback(report):
    """A Report's checks table and what to change next time."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    checks = Table(title="Checks against the guide", expand=False)
    for column in ("", "check", "result", "target"):
        checks.add_column(column, overflow="fold")
    for c in report.checks:
        checks.add_row(
            Text(c.status.upper(), style=f"bold {STATUS_STYLE.get(c.status, '')}"),
            c.name,
            c.message,
            c.target,
        )
    advice = [c.message for c in report.advice()]
    if advice:
        lines = Text("Next time: ", style="bold")
        lines.append("  ".join(f"{i}. {a}" for i, a in enumerate(advice, 1)), style="")
    else:
        lines = Text("Every check passed: keep this story.", style="bold green")
    return Group(checks, lines)
