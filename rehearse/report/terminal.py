"""The Report as a rich terminal page: checks, transcript by STAR part, STAR bar, pauses, advice."""

from __future__ import annotations

from ..analysis import Report
from ..analysis.star import LABELS
from ..analysis.timing import LONG_PAUSE_S, PAUSE_MIN_S
from ..transcript import clock
from .styles import LABEL_STYLE, STATUS_STYLE

BAR_WIDTH = 40  # characters of the STAR bar
EVIDENCE_CHARS = 90  # an evidence sentence longer than this is shortened with "…"


def _short(text: str) -> str:
    """A sentence cut to EVIDENCE_CHARS for a table cell."""
    return text if len(text) <= EVIDENCE_CHARS else text[: EVIDENCE_CHARS - 1].rstrip() + "…"


def render(report: Report, console) -> None:
    """Print the report to a rich Console: checks, transcript, STAR bar, pauses, advice."""
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    title = f"[b]{report.prompt.text}[/b]" if report.prompt else "[b]Your answer[/b]"
    console.print(Panel(title, expand=False))
    if report.source_path:  # under the box, whole: a long path would be cut as its subtitle
        console.print(Text(report.source_path, style="dim"), highlight=False, overflow="fold")
    for warning in report.warnings:
        console.print(Text(f"warning: {warning}", style="yellow"))
    if report.first_fix is not None:
        console.print(_first_fix(report.first_fix))

    table = Table(title="Checks against the guide", expand=False)
    for column in ("", "check", "result", "target"):
        table.add_column(column, overflow="fold")
    for c in report.checks:
        style = STATUS_STYLE[c.status]
        result = Text(c.message)
        if c.evidence:
            result.append(f"\n“{_short(c.evidence)}”", style="dim")
        table.add_row(
            Text(c.status.upper(), style=f"bold {style}"),
            c.name,
            result,
            c.target,
        )
    console.print(table)
    if report.rubric:
        console.print(_rubric(report))

    console.print(_transcript(report))
    console.print(_star_bar(report))
    if report.timing is not None and report.timing.pauses:
        long = [p for p in report.timing.pauses if p.duration >= LONG_PAUSE_S]
        line = f"{len(report.timing.pauses)} pauses of {PAUSE_MIN_S:g} s or more"
        if long:
            spots = ", ".join(f"{clock(p.start)} ({p.duration:.1f} s)" for p in long)
            line += f"; long ones at {spots}"
        console.print(Text(line, style="dim"))
    if report.delivery is not None:
        console.print(_delivery(report))
    advice = report.advice()
    if advice:
        console.print(Text("\nNext time:", style="bold"))
        console.print(_numbered([(c.message, c.reason) for c in advice]))
    else:
        console.print(Text("\nEvery check passed: keep this story.", style="bold green"))
    if report.follow_ups:
        console.print(Text("\nAn interviewer might follow up with:", style="bold"))
        console.print(_numbered([(f.question, None) for f in report.follow_ups]))


def _first_fix(fix):
    """The one thing to change first, with the speaker's own sentence and how to say it."""
    from rich.console import Group
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    lines = Table.grid(padding=(0, 1))
    lines.add_column(style="dim", no_wrap=True)
    lines.add_column()
    if fix.quote:
        lines.add_row(fix.quote_label, Text(f"“{fix.quote}”"))
    if fix.suggestion:
        lines.add_row("Try", Text(fix.suggestion, style="green"))
    body = Group(Text(fix.headline, style="bold"), lines) if lines.rows else Text(fix.headline)
    return Panel(body, title=f"First fix: {fix.name}", title_align="left", expand=False)


def _numbered(items: list[tuple[str, str | None]], bullet: str | None = None):
    """A numbered (or bulleted) list whose lines wrap under their own text, each with an optional
    dim note."""
    from rich.table import Table
    from rich.text import Text

    grid = Table.grid(padding=(0, 1))
    grid.add_column(justify="right", no_wrap=True)
    grid.add_column()
    for i, (line, note) in enumerate(items, 1):
        text = Text(line)
        if note:
            text.append(f"\n{note}", style="dim")
        grid.add_row(f"  {bullet or f'{i}.'}", text)
    return grid


def _rubric(report: Report):
    """What the guide looks for in this prompt: each element found (with its sentence) or missing."""
    from rich.table import Table
    from rich.text import Text

    table = Table(title="What this prompt looks for (the guide)", expand=False)
    for column in ("", "element", "evidence or advice"):
        table.add_column(column, overflow="fold")
    for item in report.rubric:
        status = "pass" if item.found else "warn"
        mark = Text("FOUND" if item.found else "MISSING", style=f"bold {STATUS_STYLE[status]}")
        if item.found:
            detail = Text(f"“{_short(item.evidence or '')}”", style="dim")
        elif item.evidence:  # missing because a sentence breaks it (blame)
            detail = Text(f"{item.advice}\n“{_short(item.evidence)}”")
        else:
            detail = Text(item.advice)
        table.add_row(mark, item.name, detail)
    return table


def _transcript(report: Report):
    """The transcript, each sentence coloured by its STAR part and fillers struck through in red."""
    from rich.panel import Panel
    from rich.text import Text

    text = Text()
    words = report.transcript.words
    for s in report.sentences:
        text.append(f"[{s.label[:1].upper()}] ", style=f"bold {LABEL_STYLE[s.label]}")
        for i in range(s.first, s.last):
            style = "bold white on red" if i in report.filler_indices else LABEL_STYLE[s.label]
            text.append(words[i].text, style=style)
            text.append(" ")
        text.append("\n")
    legend = "  ".join(f"[{LABEL_STYLE[label]}]{label}[/]" for label in LABELS)
    title = "Transcript" if report.transcript.timed else "Your draft"
    return Panel(text, title=title, subtitle=legend + "  [white on red]filler[/]")


def _star_bar(report: Report):
    """One bar split by STAR part, then seconds and share for each part."""
    from rich.text import Text

    bar = Text()
    for label in LABELS:
        bar.append("█" * round(report.shares[label]["share"] * BAR_WIDTH), style=LABEL_STYLE[label])
    lines = Text("STAR  ", style="bold") + bar + "\n"
    for label in LABELS:
        part = report.shares[label]
        seconds = f"{part['seconds']:5.1f} s " if part["seconds"] is not None else ""
        lines.append(f"  {label:<10}", style=LABEL_STYLE[label])
        lines.append(f"{seconds}{part['share']:4.0%}\n")
    return lines


def _delivery(report: Report):
    """How it was said: pitch and loudness ranges, then what stands out, one line each."""
    from rich.console import Group
    from rich.text import Text

    d = report.delivery
    facts, notes = d.facts(), d.notes()
    if not facts and not notes:
        return Text("")
    head = Text("\nDelivery: ", style="bold") + Text(" · ".join(facts), style="dim")
    return Group(head, _numbered([(n, None) for n in notes], "•")) if notes else head
