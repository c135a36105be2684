"""`rehearse interview`: a mock loop of two to four prompts in a row, each with its countdown and
answer (and its dive-deep follow-ups with --follow-ups), ending in a scorecard per leadership
principle across the loop. Every answer is stored as an attempt whose JSON carries
`interview: {session, index}`; the answers run through rehearse/live/answers.py as in practice.
"""

from __future__ import annotations

import json
import sys

from ..errors import RehearseError
from .practice import answer_options, check_inputs


def add_parser(sub) -> None:
    """Add `interview` to the CLI."""
    p = sub.add_parser(
        "interview",
        help="a mock interview: 2-4 prompts in a row, then a scorecard per leadership principle",
        description="Answer two to four prompts in a row, as in an interview loop: the ones "
        "given, or those of the leadership principles you have practised least. Each answer is "
        "stored; the loop ends with a scorecard per principle (checks passed and the prompts' "
        "rubric elements found).",
        epilog="Exit status as for `practice`: a fault or a cancel ends the loop, the answers "
        "before it stay stored and the scorecard covers them.",
    )
    p.add_argument("prompt", nargs="*", help="prompt ids, in order (default: chosen for you)")
    p.add_argument(
        "--count",
        "-n",
        type=int,
        metavar="N",
        help="how many prompts to choose, 2-4 (default 3, or one per --input)",
    )
    p.add_argument(
        "--input",
        "-i",
        action="append",
        default=[],
        metavar="FILE",
        help="answer the next prompt from a recording (repeat: one file per prompt, in order)",
    )
    p.add_argument("--follow-ups", action="store_true", help="answer each report's follow-ups")
    p.add_argument("--json", action="store_true", help="print the scorecard and attempt ids")
    answer_options(p)
    p.set_defaults(func=run)


def _count(args) -> int:
    """How many prompts the loop has, from the ids, the files or --count; refused outside 2-4."""
    from ..live.scorecard import DEFAULT_PROMPTS, MAX_PROMPTS, MIN_PROMPTS

    given = [("prompt ids", len(args.prompt)), ("--input files", len(args.input))]
    given = [(what, n) for what, n in given if n]
    if args.count is not None:
        given.append(("--count", args.count))
    if len({n for _, n in given}) > 1:
        said = ", ".join(f"{n} {what}" for what, n in given)
        raise RehearseError(f"the loop's length disagrees ({said}): give one prompt per file")
    n = given[0][1] if given else DEFAULT_PROMPTS
    if not MIN_PROMPTS <= n <= MAX_PROMPTS:
        raise RehearseError(
            f"an interview loop has {MIN_PROMPTS} to {MAX_PROMPTS} prompts, not {n}: "
            "use `rehearse practice` for one"
        )
    return n


def _prompts(args, guide, n: int, answered: dict) -> list:
    """The loop's prompts: the ids given (each once), else chosen for the least-practised
    principles."""
    from ..live.scorecard import choose

    if not args.prompt:
        return choose(guide, answered, n)
    prompts = [guide.prompt(p) for p in args.prompt]
    ids = [p.id for p in prompts]
    twice = sorted({i for i in ids if ids.count(i) > 1})
    if twice:
        raise RehearseError(f"prompt {', '.join(twice)} is given twice: a loop asks each once")
    return prompts


def run(args, guide, out, err) -> int:
    """Ask each prompt in turn (and its follow-ups), then print the scorecard."""
    import uuid

    from ..live.answers import Inputs, Run, follow_ups, offer_unfinished, status
    from ..live.recordings import answered, recordings_dir, sweep_empty, unfinished
    from ..models import DEFAULT_MODEL, resolve

    check_inputs(args, args.input)
    n = _count(args)
    folder = recordings_dir(args.data_dir)
    sweep_empty(folder)
    left = unfinished(folder.parent)
    prompts = _prompts(args, guide, n, answered(folder, left))
    inputs = Inputs(args.device, args.input, args.follow_up_input, args.speed)
    session_id = str(uuid.uuid4())
    loop = Run(args, guide, folder.parent, out, err, inputs.live)
    mains, answers = [], []
    try:
        inputs.check()
        resolve(args.model or DEFAULT_MODEL)  # a missing model fails now, not after a question
        offer_unfinished(left, folder, err)
        for index, prompt in enumerate(prompts, 1):
            extra = {"interview": {"session": session_id, "index": index, "of": n}}
            main = _ask(loop, prompt, inputs, extra, f"question {index} of {n}")
            answers.append(main)
            if main.stored:
                mains.append((prompt, main))
            if main.stored and args.follow_ups:
                answers += follow_ups(loop, prompt, main, inputs, extra)
            if not answers[-1].stored:
                break
    finally:
        inputs.close()
    _finish(args, guide, session_id, mains, answers, out, err)
    return status(answers)


def _ask(loop, prompt, inputs, extra, title: str):
    """One main question of the loop, shown like a practice prompt, reported briefly."""
    from ..live import panel

    def show(ui) -> None:
        ui.print(f"\n{title}", style="bold", highlight=False)
        panel.show_prompt(prompt, ui)

    return loop.guarded(lambda: loop.answer(prompt, inputs.main(), show, extra, title))


def _finish(args, guide, session_id, mains, answers, out, err) -> None:
    """The scorecard and the stored attempts, on the terminal or as JSON."""
    from ..live.scorecard import scorecard

    lines = scorecard(((p.id, a.report) for p, a in mains), guide)
    stored = [a for a in answers if a.attempt is not None]
    if args.json:
        doc = {
            "session": session_id,
            "prompts": [p.id for p, _ in mains],
            "attempts": [_attempt(a) for a in stored],
            "scorecard": [line.to_dict() for line in lines],
        }
        print(json.dumps(doc, indent=2, ensure_ascii=False))
        return
    if lines:
        out.print(_table(lines))
    for prompt, answered in mains:  # what to work on: the rubric elements each answer missed
        for item in answered.report.rubric:
            if not item.found:
                out.print(f"  work on ({prompt.id}): {item.name}", highlight=False)
    if stored:
        ids = ", ".join(str(a.attempt) for a in stored)
        err.print(
            f"interview session {session_id}: attempts {ids} (rehearse report ID for each)",
            highlight=False,
            soft_wrap=True,
        )
    else:
        print("rehearse: no answer of the loop was stored", file=sys.stderr)


def _attempt(answered) -> dict:
    """One stored answer of the loop as `interview --json` lists it."""
    practice = answered.data.get("practice", {})
    return {
        "id": answered.attempt,
        "prompt": answered.data["prompt"]["id"] if answered.data.get("prompt") else None,
        "index": answered.data["interview"]["index"],
        "parent": practice.get("parent"),
        "follow_up": practice.get("follow_up"),
    }


def _share(done: int, total: int) -> str:
    """ "7/9 (78%)", or "-" when there was nothing to count."""
    return f"{done}/{total} ({done / total:.0%})" if total else "-"


def _table(lines):
    """The scorecard as a table that fits 80 columns."""
    from rich.table import Table

    table = Table(title="Scorecard by leadership principle", expand=False)
    table.add_column("principle", no_wrap=True)
    table.add_column("prompts", overflow="fold")
    table.add_column("checks passed", no_wrap=True)
    table.add_column("rubric found", no_wrap=True)
    for line in lines:
        table.add_row(
            line.principle,
            ", ".join(line.prompts),
            _share(line.checks_passed, line.checks_total),
            _share(line.rubric_found, line.rubric_total),
        )
    return table
