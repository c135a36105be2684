"""`rehearse practice`: answer a prompt aloud and get the report the moment you stop; with
--follow-ups, then answer the report's dive-deep questions in turn.

The work is in rehearse/live/: answers.py runs each answer (shown, captured, analysed, stored,
printed) with the model loaded once; capture.py, the endpointer, the worker, the live panel and
the recordings folder are what it uses.
"""

from __future__ import annotations

import argparse
import json

from ..errors import RehearseError
from ._common import check_story


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


def answer_options(p) -> None:
    """The options every spoken answer takes (`practice` and `interview`)."""
    p.add_argument(
        "--speed", type=_speed, default=None, help="with --input: N x real time, 0 = at once"
    )
    p.add_argument("--device", "-d", help="input device index or name (see `rehearse devices`)")
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
    p.add_argument(
        "--follow-up-input",
        action="append",
        default=[],
        metavar="FILE",
        help="with --follow-ups and --input: the answer to the next follow-up (repeat, in order)",
    )
    p.add_argument(
        "--data-dir",
        metavar="DIR",
        help="where attempts are kept (default $REHEARSE_DATA_DIR or the user data folder)",
    )


def add_parser(sub) -> None:
    """Add `practice` to the CLI (the defaults in the help are rehearse/live/endpointer.py's)."""
    p = sub.add_parser(
        "practice",
        help="answer a prompt aloud at the microphone and get the report when you stop",
        description="Show a prompt, record your answer and report on it the moment you stop. "
        "The answer starts when you speak and ends after a silence, at the maximum length, "
        "or on Enter / Ctrl-C. With --follow-ups, the report's follow-up questions are then "
        "asked in turn, each answer stored and linked to the first.",
        epilog="Exit status: 0 with a report; 2 for bad input or a fault (no device, nobody "
        "spoke, the device went away or the input clipped: the report is still printed when "
        "there is one, and when the attempt could not be stored: the recording is kept); 130 when "
        "cancelled (Ctrl-C) before you spoke, nothing stored, or when a second Ctrl-C abandons "
        "the analysis (the recording is kept; the command that keeps it is printed). A fault or "
        "a cancel during the follow-ups ends them; the answers before it stay stored.",
    )
    p.add_argument("prompt", nargs="?", help="prompt id (default: the least practised, at random)")
    p.add_argument("--input", "-i", metavar="FILE", help="play a recording instead of the mic")
    p.add_argument("--json", action="store_true", help="print the JSON report (as analyze --json)")
    p.add_argument("--story", metavar="ID", help="tag the attempt with a story from stories.yaml")
    p.add_argument(
        "--follow-ups",
        action="store_true",
        help="then answer the report's dive-deep follow-up questions, one by one",
    )
    answer_options(p)
    p.set_defaults(func=run)


def check_inputs(args, files: list[str]) -> None:
    """Refuse options that do not go together, before anything is loaded."""
    if args.speed is not None and not files:
        raise RehearseError("--speed only applies to --input FILE")
    if args.device is not None and files:
        raise RehearseError("give either --device or --input, not both")
    if args.follow_up_input and not files:
        raise RehearseError(
            "--follow-up-input answers from files: give the first answer as --input"
        )
    if args.follow_up_input and not args.follow_ups:
        raise RehearseError("--follow-up-input answers the follow-ups: add --follow-ups")


def run(args, guide, out, err) -> int:
    """Show a prompt, record an answer, print the report; with --follow-ups, then each follow-up
    question in turn. Every answer's worker is stopped and waited for before it returns
    (see rehearse/live/answers.py)."""
    from ..live.answers import Inputs, Run, follow_ups, offer_unfinished, status
    from ..live.recordings import answered, choose_prompt, recordings_dir, sweep_empty, unfinished
    from ..models import DEFAULT_MODEL, resolve

    files = [args.input] if args.input else []
    check_inputs(args, files)
    prompt = guide.prompt(args.prompt) if args.prompt else None
    folder = recordings_dir(args.data_dir)
    root = folder.parent
    if args.story:
        check_story(args.story, root, guide)
    sweep_empty(folder)
    left = unfinished(root)
    if prompt is None:
        prompt = choose_prompt(guide, answered(folder, left))
    inputs = Inputs(args.device, files, args.follow_up_input, args.speed)
    try:
        inputs.check()
        resolve(args.model or DEFAULT_MODEL)  # a missing model fails now, not after the answer
        offer_unfinished(left, folder, err)
        session = Run(args, guide, root, out, err, inputs.live)
        first = session.answer(prompt, inputs.main(), _shower(prompt), {})
        answers = [first]
        if args.follow_ups and first.stored:
            answers += follow_ups(session, prompt, first, inputs)
    finally:
        inputs.close()
    if args.json and first.data is not None:
        _print_json(first.data, answers[1:], args.follow_ups)
    return status(answers)


def _shower(prompt):
    """What shows the prompt on a console."""
    from ..live import panel

    return lambda ui: panel.show_prompt(prompt, ui)


def _print_json(first: dict, later: list, with_follow_ups: bool) -> None:
    """The first answer's document; with --follow-ups, the follow-up answers' inside it."""
    if with_follow_ups:
        first = {**first, "follow_up_answers": [a.data for a in later if a.data is not None]}
    print(json.dumps(first, indent=2, ensure_ascii=False))
