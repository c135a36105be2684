"""`rehearse history`: attempts, newest first, and the trend of each metric per prompt."""

from __future__ import annotations

import json
import time

from .. import views
from ._common import data_dir_parent, open_store, say_repairs

HISTORY_ROWS = 30  # attempts listed by `history` before "... N older"
WIDE_COLUMNS = 100  # the overview adds a story column from this terminal width
SPARK_MAX = 12  # attempts a sparkline in the overview shows (the latest ones)
UNBOUNDED_COLUMNS = 10_000  # a width no table reaches, to measure its natural width


def add_parser(sub) -> None:
    """Add `history` to the CLI."""
    h = sub.add_parser(
        "history",
        parents=[data_dir_parent()],
        help="attempts, newest first, with progress per prompt",
    )
    h.add_argument("--prompt", "-p", metavar="ID", help="one prompt: every attempt and its trend")
    h.add_argument("--json", action="store_true", help="print the attempts as JSON")
    h.set_defaults(func=run)


def run(args, guide, out, err) -> None:
    """List attempts and the trend of each metric, per prompt and overall."""
    prompt = guide.prompt(args.prompt) if args.prompt else None
    with open_store(args) as store:
        attempts = store.list(prompt.id if prompt else None)
        root = store.root
        say_repairs(store, err)
    from ..live.recordings import unfinished

    for left in unfinished(root):  # recordings of killed runs: offered back, never lost
        err.print(f"note: {left.message()}", highlight=False, soft_wrap=True)
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


def _fit(out, build):
    """The table build(metrics) makes with as many metric columns as the terminal fits (the
    first ones), or None when not even the columns before them fit."""
    from ..progress import METRICS

    unbounded = out.options.update_width(UNBOUNDED_COLUMNS)  # measure() clips to the width
    for count in range(len(METRICS), -1, -1):
        table = build(METRICS[:count])
        if out.measure(table, options=unbounded).maximum <= out.width:
            return table
    return None


def _overview(attempts, guide, out) -> None:
    """Every attempt (newest first), then per prompt and overall: latest, trend, sparkline."""
    from rich.text import Text

    shown = attempts[:HISTORY_ROWS]
    stories = any(a.story for a in shown) and out.width >= WIDE_COLUMNS

    def attempts_table(metrics):
        table = views.table("Attempts, newest first")
        table.add_column("id", style="bold", justify="right", no_wrap=True)
        table.add_column("when", no_wrap=True)
        table.add_column("prompt", overflow="ellipsis", no_wrap=True, max_width=16)
        if stories:
            table.add_column("story", overflow="ellipsis", no_wrap=True, max_width=14)
        for metric in metrics:
            table.add_column(metric.label, justify="right", no_wrap=True)
        for a in shown:
            story = (a.story or "",) if stories else ()
            table.add_row(
                str(a.id),
                views.when(a.created),
                a.prompt_id or "–",
                *story,
                *(views.cell(a, m) for m in metrics),
            )
        return table

    table = _fit(out, attempts_table)
    if table is None:  # narrower than an id, a time and a prompt: one attempt per line
        for a in shown:
            out.print(f"{a.id} {views.when(a.created)} {a.prompt_id or '–'}")
    else:
        out.print(table)
    if len(attempts) > HISTORY_ROWS:
        out.print(
            Text(
                f"... and {len(attempts) - HISTORY_ROWS} older (`rehearse history --json` lists all)",
                style="dim",
            )
        )

    order = {p.id: i for i, p in enumerate(guide.prompts)}
    prompt_ids = sorted({a.prompt_id or "" for a in attempts}, key=lambda p: order.get(p, 99))
    groups = [
        (pid or "(none)", [a for a in attempts if (a.prompt_id or "") == pid]) for pid in prompt_ids
    ]
    if len(groups) > 1:
        groups.append(("all prompts", attempts))

    def trend_table(metrics):
        trend = views.table("Progress: latest, change, sparkline oldest → newest")
        trend.add_column("prompt", style="bold", no_wrap=True, overflow="ellipsis", max_width=16)
        trend.add_column("n", justify="right")
        for metric in metrics:
            trend.add_column(metric.label, no_wrap=True)
        for name, group in groups:
            oldest_first = group[::-1]
            trend.add_row(
                name, str(len(group)), *(_trend_cell(m, oldest_first, guide) for m in metrics)
            )
        return trend

    trend = _fit(out, trend_table)
    if trend is not None:
        out.print(trend)


def _trend_cell(metric, oldest_first, guide):
    """Latest value, an arrow coloured by whether the change is for the better, and a sparkline."""
    from rich.text import Text

    from ..progress import arrow, judge, sparkline

    values = [metric.value(a) for a in oldest_first]
    latest = oldest_first[-1]
    previous = values[-2] if len(values) > 1 else None
    cell = Text(metric.show(values[-1], latest))
    if len(values) > 1:
        verdict = judge(metric, previous, values[-1], guide)
        cell.append(arrow(previous, values[-1]), style=views.VERDICT_STYLE[verdict])
        cell.append(" " + sparkline(values[-SPARK_MAX:]), style="cyan")
    return cell


def _prompt_history(prompt, attempts, guide, out) -> None:
    """One prompt: every attempt with its change from the one before, then a sparkline per metric."""
    from rich.panel import Panel
    from rich.text import Text

    from ..progress import METRICS, arrow, judge, sparkline

    out.print(Panel(f"[b]{prompt.text}[/b]", subtitle=prompt.id, expand=False))
    stories = any(a.story for a in attempts)

    def attempts_table(metrics):
        table = views.table("Attempts, newest first (change from the attempt before)")
        table.add_column("id", style="bold", justify="right", no_wrap=True)
        table.add_column("when", no_wrap=True)
        if stories:
            table.add_column("story", overflow="ellipsis", no_wrap=True, max_width=14)
        for metric in metrics:
            table.add_column(metric.label, justify="right", no_wrap=True)
        for i, a in enumerate(attempts):
            before = attempts[i + 1] if i + 1 < len(attempts) else None
            cells = []
            for metric in metrics:
                cell = views.cell(a, metric)
                if before is not None:
                    old, new = metric.value(before), metric.value(a)
                    delta = metric.delta(old, new)
                    if delta:  # on a line of its own, so the table fits 80 columns
                        style = views.VERDICT_STYLE[judge(metric, old, new, guide)]
                        cell.append(f"\n{delta}", style=style)
                cells.append(cell)
            story = (a.story or "",) if stories else ()
            table.add_row(str(a.id), views.when(a.created), *story, *cells)
        return table

    table = _fit(out, attempts_table)
    if table is None:  # narrower than an id and a time: one attempt per line
        for a in attempts:
            out.print(f"{a.id} {views.when(a.created)}")
    else:
        out.print(table)

    oldest_first = attempts[::-1]
    trend = views.table("Trend, oldest → newest")
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
            Text(f"{arrow(first, latest)} {verdict}", style=views.VERDICT_STYLE[verdict]),
            target.describe() if target else f"all {oldest_first[-1].checks_total}",
        )
    out.print(trend)
