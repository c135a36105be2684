"""`rehearse history`: attempts, newest first, and the trend of each metric per prompt.

Trends link attempts of one prompt and one kind only (progress.series): written drafts get rows
of their own, and no arrow ever compares two prompts.
"""

from __future__ import annotations

import json
import time

from .. import views
from ._common import data_dir_parent, open_store, say_repairs

HISTORY_ROWS = 30  # attempts listed by `history` before "... N older"
WIDE_COLUMNS = 100  # the overview adds a story column from this terminal width
SPARK_WIDTHS = (12, 6, 0)  # attempts a sparkline shows (the latest), tried until the table fits
UNBOUNDED_COLUMNS = 10_000  # a width no table reaches, to measure its natural width
BAR_CELLS = 12  # width of a checks bar in "Checks passed over time"


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


def _fits(out, table) -> bool:
    """Whether the table's natural width fits the terminal (measure() clips to the width)."""
    unbounded = out.options.update_width(UNBOUNDED_COLUMNS)
    return out.measure(table, options=unbounded).maximum <= out.width


def _fit(out, build):
    """The table build(metrics) makes with as many metric columns as the terminal fits (the
    first ones), or None when not even the columns before them fit."""
    from ..progress import METRICS

    for count in range(len(METRICS), -1, -1):
        table = build(METRICS[:count])
        if _fits(out, table):
            return table
    return None


def _draft_mark(attempt):
    """✎ for a written draft, nothing for a recording."""
    return views.DRAFT_MARK if attempt.kind == "text" else ""


def _id(attempt) -> str:
    """The attempt's id as the tables show it: "2 ✎" for a draft, "3  " for a recording (so the
    ids stay aligned and the first word of a row is the id)."""
    return f"{attempt.id} {_draft_mark(attempt) or ' '}"


def _overview(attempts, guide, out) -> None:
    """Every attempt (newest first), then per prompt and kind: latest, change, sparkline; then
    the personal bests."""
    from rich.text import Text

    from ..progress import series

    shown = attempts[:HISTORY_ROWS]
    stories = any(a.story for a in shown) and out.width >= WIDE_COLUMNS

    def attempts_table(metrics):
        table = views.table("Attempts, newest first")
        table.add_column("id", style="bold", justify="right", no_wrap=True)  # ✎: a draft
        table.add_column("when", no_wrap=True)
        table.add_column("prompt", overflow="fold", max_width=views.NAME_COLUMN)
        if stories:
            table.add_column("story", overflow="fold", max_width=views.NAME_COLUMN)
        for metric in metrics:
            table.add_column(metric.label, justify="right", no_wrap=True)
        for a in shown:
            story = (a.story or "",) if stories else ()
            table.add_row(
                _id(a),
                views.when(a.created),
                a.prompt_id or "–",
                *story,
                *(views.cell(a, m) for m in metrics),
            )
        return table

    table = _fit(out, attempts_table)
    if table is None:  # narrower than an id, a time and a prompt: one attempt per line
        for a in shown:
            out.print(f"{_id(a)} {views.when(a.created)} {a.prompt_id or '–'}")
    else:
        out.print(table)
    notes = [f"{views.DRAFT_MARK} a written draft"] if any(a.kind == "text" for a in shown) else []
    if len(attempts) > HISTORY_ROWS:
        notes.append(f"... and {len(attempts) - HISTORY_ROWS} older (`history --json` lists all)")
    if notes:
        out.print(Text(" · ".join(notes), style="dim"))

    order = {p.id: i for i, p in enumerate(guide.prompts)}
    groups = series(attempts, order)
    trend = _trend_table(groups, guide, out)
    if trend is not None:
        out.print()
        out.print(trend)
        out.print(
            Text(
                "A row: one prompt's spoken answers, or its drafts. An arrow: the latest\n"
                "against the one before. On target: rows whose latest answer is in target.",
                style="dim",
            )
        )
    _bests(groups, attempts, out)
    _interviews(attempts, guide, out)


def _interviews(attempts, guide, out) -> None:
    """Each mock interview as one row: its answers and the principle it served least well."""
    from ..live.scorecard import is_follow_up, session_scorecard, sessions

    table = views.table("Mock interviews, newest first")
    for name in ("when", "answers (ids)", "checks", "weakest principle"):
        table.add_column(name, overflow="fold", justify="right" if name == "checks" else "left")
    for group in sorted(sessions(attempts).values(), key=lambda g: -g[0].created):
        main = [a for a in group if not is_follow_up(a)]
        card = [line for line in session_scorecard(group, guide) if line.checks_total]
        low = min(card, key=lambda line: line.checks_share, default=None)
        table.add_row(
            views.when(group[0].created),
            ", ".join(f"{a.prompt_id} ({a.id})" for a in main),
            f"{sum(a.checks_passed for a in main)}/{sum(a.checks_total for a in main)}",
            f"{low.principle} {low.checks_passed}/{low.checks_total}" if low else "–",
        )
    if table.rows:
        out.print()
        out.print(table)


def _trend_table(groups, guide, out):
    """Per series: latest value, arrow, sparkline; with sparklines as long as the width allows."""
    from ..progress import METRICS

    for sparks in SPARK_WIDTHS:
        trend = views.table("Progress: latest and its change" + (", sparkline" if sparks else ""))
        trend.add_column("prompt", style="bold", overflow="fold", max_width=views.ROW_NAME_COLUMN)
        trend.add_column("n", justify="right", no_wrap=True)
        for metric in METRICS:
            trend.add_column(metric.label, no_wrap=True)
        for group in groups:
            oldest_first = list(group.attempts[::-1])
            trend.add_row(
                group.name,
                str(len(oldest_first)),
                *(_trend_cell(m, oldest_first, guide, sparks) for m in METRICS),
            )
        if len(groups) > 1:
            trend.add_section()
            trend.add_row(
                "on target", str(len(groups)), *(_on_target(m, groups, guide) for m in METRICS)
            )
        if _fits(out, trend):
            return trend
    return _fit(out, lambda metrics: _bare_trend(groups, metrics))


def _bare_trend(groups, metrics):
    """The trend reduced to the latest values, for a very narrow terminal."""
    trend = views.table("Progress: latest")
    trend.add_column("prompt", style="bold", overflow="fold", max_width=views.ROW_NAME_COLUMN)
    for metric in metrics:
        trend.add_column(metric.label, no_wrap=True)
    for group in groups:
        trend.add_row(group.name, *(views.cell(group.attempts[0], m) for m in metrics))
    return trend


def _on_target(metric, groups, guide):
    """How many rows' latest answer is inside the target (for the checks: passes them all)."""
    from rich.text import Text

    from ..progress import in_target

    counted = [g.attempts[0] for g in groups if metric.value(g.attempts[0]) is not None]
    if metric.target:
        hits = sum(bool(in_target(metric, metric.value(a), guide)) for a in counted)
    else:
        hits = sum(a.checks_passed == a.checks_total for a in counted)
    return Text(f"{hits}/{len(counted)}" if counted else "–", style="green" if hits else "dim")


def _trend_cell(metric, oldest_first, guide, sparks: int):
    """Latest value, an arrow coloured by whether the change is for the better, and a sparkline."""
    from ..progress import arrow, judge, sparkline

    values = [metric.value(a) for a in oldest_first]
    latest = oldest_first[-1]
    previous = values[-2] if len(values) > 1 else None
    cell = views.cell(latest, metric)
    if len(values) > 1 and values[-1] is not None:
        verdict = judge(metric, previous, values[-1], guide)
        cell.append(arrow(previous, values[-1]), style=views.VERDICT_STYLE[verdict])
        if sparks:
            cell.append(" " + sparkline(values[-sparks:]), style="cyan")
    return cell


def _bests(groups, attempts, out) -> None:
    """The personal best (most checks passed) per prompt and kind, then per story and kind."""
    from ..progress import best_attempt

    rows = [(g.name, g.attempts) for g in groups]
    for story in sorted({a.story for a in attempts if a.story}):
        for kind, suffix in (("audio", ""), ("text", " (drafts)")):
            told = [a for a in attempts if a.story == story and a.kind == kind]
            if told:
                rows.append((f"story {story}{suffix}", told))
    table = views.table("Personal bests: the most checks passed")
    table.add_column("prompt or story", overflow="fold", max_width=views.ROW_NAME_COLUMN)
    table.add_column("checks", justify="right", no_wrap=True)
    table.add_column("id", justify="right", no_wrap=True)
    table.add_column("when", no_wrap=True)
    lines = []
    for name, group in rows:
        top = best_attempt(group)
        cells = (name, f"{top.checks_passed}/{top.checks_total}", _id(top), views.when(top.created))
        table.add_row(*cells)
        lines.append(" ".join(cells))
    out.print()
    if _fits(out, table):
        out.print(table)
    else:  # narrower than the table: one best per line
        for line in lines:
            out.print(line, highlight=False)


def _prompt_history(prompt, attempts, guide, out) -> None:
    """One prompt: every attempt with its change from the one before of its kind, then per kind a
    trend per metric with the best and the target, and the checks passed over time."""
    from rich.panel import Panel

    from ..progress import judge, previous, series

    out.print(Panel(f"[b]{prompt.text}[/b]", subtitle=prompt.id, expand=False))
    stories = any(a.story for a in attempts)

    def attempts_table(metrics):
        table = views.table("Attempts, newest first (change from the one before of its kind)")
        table.add_column("id", style="bold", justify="right", no_wrap=True)
        table.add_column("when", no_wrap=True)
        if stories:
            table.add_column("story", overflow="fold", max_width=views.NAME_COLUMN)
        for metric in metrics:
            table.add_column(metric.label, justify="right", no_wrap=True)
        for a in attempts:
            before = previous(a, attempts)
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
            table.add_row(_id(a), views.when(a.created), *story, *cells)
        return table

    table = _fit(out, attempts_table)
    if table is None:  # narrower than an id and a time: one attempt per line
        for a in attempts:
            out.print(f"{_id(a)} {views.when(a.created)}")
    else:
        out.print(table)
    for group in series(attempts):
        out.print()
        out.print(_series_trend(group, guide))
        out.print()
        out.print(_checks_over_time(group))


def _series_trend(group, guide):
    """One kind's trend: a row per metric with its sparkline, first, latest, verdict, best and
    target (the wpm of drafts, which have none, left out)."""
    from rich.text import Text

    from ..progress import arrow, best, judge, sparkline

    oldest_first = list(group.attempts[::-1])
    spark = SPARK_WIDTHS[0]
    which = "spoken answers" if group.kind == "audio" else "written drafts"
    trend = views.table(f"Trend of the {which}, oldest → newest")
    for column in ("metric", "sparkline", "first", "latest", "", "best", "target"):
        trend.add_column(column, no_wrap=column != "target")
    for metric in _metrics():
        values = [metric.value(a) for a in oldest_first]
        if all(v is None for v in values):
            continue
        first, latest = values[0], values[-1]
        verdict = judge(metric, first, latest, guide)
        change = f"{arrow(first, latest)} {verdict}" if len(values) > 1 else ""
        top = best(metric, oldest_first, guide)
        trend.add_row(
            metric.label,
            Text(sparkline(values[-spark:]), style="cyan"),
            metric.show(first, oldest_first[0]),
            metric.show(latest, oldest_first[-1]),
            Text(change, style=views.VERDICT_STYLE[verdict]),
            f"{metric.show(metric.value(top), top)} #{top.id}" if top else "–",
            metric.describe_target(guide, oldest_first[-1]),
        )
    return trend


def _metrics():
    """The metrics followed (imported late: progress pulls in the store)."""
    from ..progress import METRICS

    return METRICS


def _checks_over_time(group):
    """The checks of each attempt of the series, dated, as a bar against the target: all pass."""
    from rich.console import Group
    from rich.text import Text

    from ..progress import KIND_LABEL, bar

    table = views.table(f"Checks passed over time ({KIND_LABEL[group.kind]})")
    for column in ("when", "id", "checks", "passed"):
        table.add_column(column, no_wrap=True, justify="right" if column != "checks" else None)
    for a in group.attempts[::-1]:
        warned = sum(1 for c in a.report.checks if c.status == "warn")
        style = "green" if a.checks_passed == a.checks_total else ""
        table.add_row(
            views.when(a.created),
            str(a.id),
            Text(bar(a.checks_passed, warned, a.checks_total, BAR_CELLS), style=style or "cyan"),
            Text(f"{a.checks_passed}/{a.checks_total}", style=style),
        )
    legend = Text("target: every check passes · █ pass  ▒ warn  ░ fail", style="dim")
    return Group(table, legend)
