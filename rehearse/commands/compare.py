"""`rehearse compare`: two attempts side by side, each metric's change and whether it is better."""

from __future__ import annotations

from .. import views
from ..errors import RehearseError
from ._common import attempt_id, data_dir_parent, open_store, say_repairs


def add_parser(sub) -> None:
    """Add `compare` to the CLI."""
    c = sub.add_parser("compare", parents=[data_dir_parent()], help="two attempts side by side")
    c.add_argument("a", metavar="A", help="the earlier attempt id")
    c.add_argument("b", metavar="B", help="the later attempt id")
    c.set_defaults(func=run)


def run(args, guide, out, err) -> None:
    """Two attempts side by side: each metric, its change, and whether that is better."""
    from rich.text import Text

    from ..progress import METRICS, judge

    a_id, b_id = attempt_id(args.a), attempt_id(args.b)
    if a_id == b_id:
        raise RehearseError(f"give two different attempts to compare (both are {a_id})")
    with open_store(args) as store:
        say_repairs(store, err)
        a, b = store.get(a_id), store.get(b_id)
    if a.prompt_id == b.prompt_id:
        prompt = (b.report.prompt.text if b.report.prompt else "") or "(no prompt)"
        out.print(Text(prompt, style="bold"))
    else:
        out.print(
            Text(
                f"attempt {a.id} answers {a.prompt_id or 'no prompt'}, attempt {b.id} answers "
                f"{b.prompt_id or 'no prompt'}: the numbers compare, the content does not",
                style="yellow",
            )
        )
    table = views.table(
        f"Attempt {a.id} ({views.when(a.created)}) → attempt {b.id} ({views.when(b.created)})"
    )
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
            views.cell(a, metric),
            views.cell(b, metric),
            metric.delta(old, new),
            Text(verdict, style=views.VERDICT_STYLE[verdict]),
            target.describe() if target else "",
        )
    out.print(table)
    changed = []
    checks_a = {c.id: c.status for c in a.report.checks}
    for c in b.report.checks:
        before = checks_a.get(c.id)
        if before and before != c.status:
            changed.append(f"{c.id.replace('_', ' ')} {before} → {c.status}")
    if changed:
        out.print("Checks that changed: " + "; ".join(changed))
    out.print(Text("Better: " + (", ".join(better) or "nothing"), style="green"))
    out.print(Text("Worse: " + (", ".join(worse) or "nothing"), style="red" if worse else "dim"))
