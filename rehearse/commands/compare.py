"""`rehearse compare`: two attempts side by side, each metric's change and whether it is better.

With no id it compares the latest attempt with the one before it of its prompt (a draft with a
draft, a recording with a recording, when there is one); with one id, that attempt with its own
previous one.
"""

from __future__ import annotations

from .. import views
from ..errors import RehearseError
from ._common import attempt_id, data_dir_parent, open_store, say_repairs


def add_parser(sub) -> None:
    """Add `compare` to the CLI."""
    c = sub.add_parser(
        "compare",
        parents=[data_dir_parent()],
        help="two attempts side by side (default: the latest two of a prompt)",
    )
    c.add_argument(
        "a",
        metavar="A",
        nargs="?",
        help="the earlier attempt id, or the one to compare with its "
        "previous attempt (default: the latest attempt)",
    )
    c.add_argument("b", metavar="B", nargs="?", help="the later attempt id")
    c.set_defaults(func=run)


def run(args, guide, out, err) -> None:
    """Two attempts side by side: each metric, its change, and whether that is better."""
    from rich.text import Text

    from ..progress import METRICS, judge

    with open_store(args) as store:
        a, b = _pair(store, args)
        say_repairs(store, err)
    if a.kind != b.kind:
        out.print(
            Text(
                "a written draft and a recording: a draft has no pace and fewer checks, so "
                "compare its content, not its numbers",
                style="yellow",
            )
        )
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
    better, worse, kept = [], [], []
    for metric in METRICS:
        old, new = metric.value(a), metric.value(b)
        verdict = judge(metric, old, new, guide)
        if verdict == "better":
            better.append(metric.label)
        elif verdict == "worse":
            worse.append(metric.label)
        elif verdict == "in target":
            kept.append(metric.label)
        table.add_row(
            metric.label,
            views.cell(a, metric),
            views.cell(b, metric),
            metric.delta(old, new),
            Text(verdict, style=views.VERDICT_STYLE[verdict]),
            metric.describe_target(guide, b),
        )
    out.print(table)
    changed = []
    checks_a = {c.id: c.status for c in a.report.checks}
    for c in b.report.checks:
        before = checks_a.get(c.id)
        if before and before != c.status:
            changed.append(f"{c.name} {before} → {c.status}")
    if changed:
        out.print("Checks that changed: " + "; ".join(changed))
    out.print(Text("Better: " + (", ".join(better) or "nothing"), style="green"))
    out.print(Text("Worse: " + (", ".join(worse) or "nothing"), style="red" if worse else "dim"))
    if kept:
        out.print(Text("Changed within the target: " + ", ".join(kept), style="dim green"))


def _pair(store, args):
    """The two attempts to compare, older first: the two given; one and the attempt before it of
    its prompt; or, with none given, the latest attempt that has one before it."""
    if args.b is not None:
        a_id, b_id = attempt_id(args.a), attempt_id(args.b)
        if a_id == b_id:
            raise RehearseError(f"give two different attempts to compare (both are {a_id})")
        return store.get(a_id), store.get(b_id)
    attempts = store.list()
    if args.a is not None:
        b = store.get(attempt_id(args.a))
        a = _before(b, attempts)
        if a is None:
            raise RehearseError(
                f"attempt {b.id} is the first at {b.prompt_id or 'no prompt'}: nothing before it "
                "to compare with (give two attempt ids, see `rehearse history`)"
            )
        return a, b
    for b in attempts:  # newest first
        a = _before(b, attempts)
        if a is not None:
            return a, b
    raise RehearseError(
        "no prompt has two attempts to compare yet: `rehearse practice PROMPT` records one"
    )


def _before(attempt, attempts):
    """The attempt before this one at its prompt: of its kind when there is one, else any."""
    from ..progress import previous

    same_prompt = [a for a in attempts if a.prompt_id == attempt.prompt_id]
    found = previous(attempt, same_prompt)
    if found is None:
        earlier = [a for a in same_prompt if (a.created, a.id) < (attempt.created, attempt.id)]
        found = max(earlier, key=lambda a: (a.created, a.id), default=None)
    return found
