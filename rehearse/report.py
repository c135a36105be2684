"""Show a Report: as a rich terminal page, or as the JSON document of schema_version 1."""

from __future__ import annotations

from .analysis import SCHEMA_VERSION, Report
from .analysis.star import LABELS
from .transcript import clock

BAR_WIDTH = 40  # characters of the STAR bar
STATUS_STYLE = {"pass": "green", "warn": "yellow", "fail": "red"}
LABEL_STYLE = {
    "situation": "cyan",
    "task": "blue",
    "action": "green",
    "result": "magenta",
    "learning": "yellow",
}


def _r(value: float | None, digits: int = 2) -> float | None:
    """Round for JSON, keeping None."""
    return None if value is None else round(float(value), digits)


def to_dict(report: Report) -> dict:
    """The JSON report: every field is documented in the README."""
    t = report.transcript
    timed = report.timing is not None
    fillers_by_word: dict[str, int] = {}
    for f in report.fillers:
        fillers_by_word[f.text] = fillers_by_word.get(f.text, 0) + 1
    minutes = report.minutes
    timing = report.timing
    return {
        "schema_version": SCHEMA_VERSION,
        "source": {"path": report.source_path, "kind": t.kind, "duration_s": _r(t.duration_s)},
        "prompt": {"id": report.prompt.id, "text": report.prompt.text} if report.prompt else None,
        "model": report.model,
        "transcript": {
            "text": t.text,
            "words": [
                {
                    "text": w.text,
                    "start": _r(w.start, 3),
                    "end": _r(w.end, 3),
                    "filler": i in report.filler_indices,
                }
                for i, w in enumerate(t.words)
            ],
        },
        "timing": {
            "answer_span_s": _r(timing.answer_span_s) if timed else None,
            "speaking_time_s": _r(timing.speaking_time_s) if timed else None,
            "wpm": _r(timing.wpm, 1) if timed else None,
            "articulation_wpm": _r(timing.articulation_wpm, 1) if timed else None,
            "pauses": [{"start": _r(p.start), "end": _r(p.end)} for p in timing.pauses]
            if timed
            else [],
            "long_pauses": timing.long_pauses if timed else 0,
            "pace": [{"t": _r(x, 1), "wpm": _r(y, 1)} for x, y in timing.pace] if timed else [],
            "estimated_length_s": None if timed else _r(minutes * 60, 1),
        },
        "fillers": {
            "count": len(report.fillers),
            "per_minute": _r(len(report.fillers) / minutes if minutes else 0.0),
            "per_100_words": _r(
                100 * len(report.fillers) / report.content_words if report.content_words else 0.0
            ),
            "by_word": fillers_by_word,
            "items": [
                {"text": f.text, "start": _r(f.start, 3), "end": _r(f.end, 3)}
                for f in report.fillers
            ],
        },
        "pronouns": {
            "i": report.pronouns.i,
            "we": report.pronouns.we,
            "i_share": _r(report.pronouns.i_share),
            "action": {"i": report.action_pronouns.i, "we": report.action_pronouns.we},
        },
        "star": {
            "sentences": [
                {"text": s.text, "label": s.label, "start": _r(s.start, 3), "end": _r(s.end, 3)}
                for s in report.sentences
            ],
            "shares": {label: _r(report.shares[label]["share"], 3) for label in LABELS},
            "seconds": {label: _r(report.shares[label]["seconds"]) for label in LABELS},
        },
        "content": {
            "metrics": report.metrics,
            "result_metrics": report.result_metrics,
            "has_learning": report.has_learning,
        },
        "checks": [
            {
                "id": c.id,
                "status": c.status,
                "value": _r(c.value, 3),
                "target": c.target,
                "message": c.message,
                "reason": c.reason,
            }
            for c in report.checks
        ],
        "advice": [c.message for c in report.advice()],
        "warnings": report.warnings,
    }


def render(report: Report, console) -> None:
    """Print the report to a rich Console: checks, transcript, STAR bar, pauses, advice."""
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    title = f"[b]{report.prompt.text}[/b]" if report.prompt else "[b]Your answer[/b]"
    console.print(Panel(title, subtitle=report.source_path, expand=False))
    for warning in report.warnings:
        console.print(Text(f"warning: {warning}", style="yellow"))

    table = Table(title="Checks against the guide", expand=False)
    for column in ("", "check", "result", "target"):
        table.add_column(column, overflow="fold")
    for c in report.checks:
        style = STATUS_STYLE[c.status]
        table.add_row(
            Text(c.status.upper(), style=f"bold {style}"),
            c.id.replace("_", " "),
            c.message,
            c.target,
        )
    console.print(table)

    console.print(_transcript(report))
    console.print(_star_bar(report))
    if report.timing is not None and report.timing.pauses:
        long = [p for p in report.timing.pauses if p.duration >= 2.0]
        line = f"{len(report.timing.pauses)} pauses of 0.3 s or more"
        if long:
            spots = ", ".join(f"{clock(p.start)} ({p.duration:.1f} s)" for p in long)
            line += f"; long ones at {spots}"
        console.print(Text(line, style="dim"))
    advice = report.advice()
    if advice:
        console.print(Text("\nNext time:", style="bold"))
        for i, c in enumerate(advice, 1):
            console.print(f"  {i}. {c.message}")
            console.print(Text(f"     {c.reason}", style="dim"))
    else:
        console.print(Text("\nEvery check passed: keep this story.", style="bold green"))


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
    return Panel(text, title="Transcript", subtitle=legend + "  [white on red]filler[/]")


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
