"""`rehearse practice`: answer a prompt aloud and get the report the moment you stop.

The work is in rehearse/live/: the source and the endpointer, the capture session that writes
the WAV and streams it to the transcription worker, the live panel, and the recordings folder.
"""

from __future__ import annotations

import argparse
import json
import sys

from ..errors import EXIT_BAD_INPUT, EXIT_INTERRUPTED, EXIT_OK, RehearseError


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


def add_parser(sub) -> None:
    """Add `practice` to the CLI (the defaults in the help are rehearse/live/endpointer.py's)."""
    p = sub.add_parser(
        "practice",
        help="answer a prompt aloud at the microphone and get the report when you stop",
        description="Show a prompt, record your answer and report on it the moment you stop. "
        "The answer starts when you speak and ends after a silence, at the maximum length, "
        "or on Enter / Ctrl-C.",
        epilog="Exit status: 0 with a report; 2 for bad input or a fault (no device, nobody "
        "spoke, the device went away or the input clipped: the report is still printed when "
        "there is one, and when the attempt could not be stored: the recording is kept); 130 when "
        "cancelled (Ctrl-C) before you spoke, nothing stored, or when a second Ctrl-C abandons "
        "the analysis (the recording is kept; the command that keeps it is printed).",
    )
    p.add_argument("prompt", nargs="?", help="prompt id (default: the least practised, at random)")
    p.add_argument("--input", "-i", metavar="FILE", help="play a recording instead of the mic")
    p.add_argument(
        "--speed", type=_speed, default=None, help="with --input: N x real time, 0 = at once"
    )
    p.add_argument("--device", "-d", help="input device index or name (see `rehearse devices`)")
    p.add_argument("--json", action="store_true", help="print the JSON report (as analyze --json)")
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
    p.add_argument("--story", metavar="ID", help="tag the attempt with a story from stories.yaml")
    p.add_argument(
        "--data-dir",
        metavar="DIR",
        help="where attempts are kept (default $REHEARSE_DATA_DIR or the user data folder)",
    )
    p.set_defaults(func=run)


UNFINISHED_SHOWN = 3  # unfinished recordings named one per line before "... and N more"


def run(args, guide, out, err) -> int:
    """Show a prompt, record an answer, print the report (see rehearse/live/__init__.py).

    The transcription worker is always stopped and waited for before this returns, whatever
    ended the run (see rehearse/live/worker.py)."""
    from ..live.recordings import answered, choose_prompt, recordings_dir, sweep_empty, unfinished
    from ..live.worker import Worker
    from ..models import DEFAULT_MODEL, resolve

    if args.speed is not None and not args.input:
        raise RehearseError("--speed only applies to --input FILE")
    if args.device is not None and args.input:
        raise RehearseError("give either --device or --input, not both")
    prompt = guide.prompt(args.prompt) if args.prompt else None
    folder = recordings_dir(args.data_dir)
    root = folder.parent
    if args.story:
        _check_story(args.story, root, guide)
    sweep_empty(folder)
    left = unfinished(root)
    if prompt is None:
        prompt = choose_prompt(guide, answered(folder, left))
    source = _source(args)
    model = args.model or DEFAULT_MODEL
    resolve(model)  # a missing model fails now, not after the answer
    _offer(left, folder, err)
    worker = Worker(model)
    worker.start()  # the model loads while the prompt is read
    try:
        return _practise(args, guide, prompt, source, worker, root, out, err)
    finally:
        worker.stop()
        source.close()


def _offer(left, folder, err) -> None:
    """Name the recordings killed runs left, and how to keep them."""
    for u in left[-UNFINISHED_SHOWN:]:
        err.print(f"note: {u.message()}", highlight=False, soft_wrap=True)
    if len(left) > UNFINISHED_SHOWN:
        err.print(
            f"note: ... and {len(left) - UNFINISHED_SHOWN} older unfinished recordings in {folder}",
            highlight=False,
            soft_wrap=True,
        )


def _practise(args, guide, prompt, source, worker, root, out, err) -> int:
    """The prompt and the countdown, then one answer into a recording created for this run."""
    from ..live import panel
    from ..live.recordings import claim
    from ..store import RECORDINGS_DIR

    ui = err if args.json else out
    panel.show_prompt(prompt, ui)
    try:
        if sys.stdin.isatty() and not args.input:
            panel.countdown(ui)
        worker.wait_ready()
    except KeyboardInterrupt:
        print("rehearse: cancelled; nothing was recorded", file=sys.stderr)
        return EXIT_INTERRUPTED
    held = claim(root / RECORDINGS_DIR, prompt.id)  # exclusive: never another run's file
    try:
        return _answer(args, guide, prompt, source, worker, held, root, out, err)
    finally:
        held.release()  # removed if it holds no audio; else kept until stored


def _answer(args, guide, prompt, source, worker, held, root, out, err) -> int:
    """Capture and analyze the answer, store it, print the report; exit status."""
    from ..live.capture import Session
    from ..live.endpointer import Endpointer
    from ..live.recordings import keep_command, save_attempt

    def started(path) -> None:
        err.print(f"recording to {path}", highlight=False, soft_wrap=True)

    ui = err if args.json else out
    session = Session(
        source, Endpointer(_settings(args)), worker, held.path, on_start=started, writer=held.writer
    )
    kept = f"the recording is kept at {held.path}: `{keep_command(held.path, prompt.id, root)}`"
    try:
        outcome = _listen(session, guide, prompt, ui, err, out.is_terminal and not args.json)
    except KeyboardInterrupt:  # a second Ctrl-C, while analyzing: the recording stays
        return _abandoned(held, "interrupted while analyzing; " + kept + " keeps it")
    except RehearseError as e:
        if session.write_failed or not held.writer.frames:
            raise
        raise RehearseError(f"{e}; {kept} keeps what was heard") from None
    if outcome is None:
        print("rehearse: stopped before you spoke; nothing was recorded", file=sys.stderr)
        return EXIT_INTERRUPTED
    data = _json(outcome)
    failed = None
    try:
        attempt = save_attempt(
            data, outcome.path, root, prompt.id, args.story, outcome.report.model
        )
    except KeyboardInterrupt:  # the store rolls back: nothing half-saved, the WAV stays
        return _abandoned(held, "interrupted while storing the attempt; " + kept + " keeps it")
    except RehearseError as e:  # the report is printed all the same: the analysis was done
        attempt, failed = None, e
    data["practice"]["attempt"] = attempt
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        from ..report import render

        render(outcome.report, out)
    if failed is not None:
        print(f"rehearse: {failed}", file=sys.stderr)
        return EXIT_BAD_INPUT
    err.print(
        f"stored as attempt {attempt} in {root} (rehearse replay {attempt})",
        highlight=False,
        soft_wrap=True,
    )
    for fault in outcome.faults:
        print(f"rehearse: {fault}", file=sys.stderr)
    return EXIT_BAD_INPUT if outcome.faults else EXIT_OK


def _abandoned(held, message: str) -> int:
    """Say what an interrupt left behind; exit status 130."""
    if not held.writer.frames:
        message = "interrupted; nothing was recorded"
    print(f"rehearse: {message}", file=sys.stderr)
    return EXIT_INTERRUPTED


def _source(args):
    """The file or microphone to listen to, opened or checked now: a file that is not audio or a
    missing device fails before the model loads."""
    from ..live.sources import FileSource, MicSource

    if args.input:
        source = FileSource(args.input, 1.0 if args.speed is None else args.speed)
        source.open()
    else:
        source = MicSource(args.device)
        source.check()
    return source


def _settings(args):
    """The endpointing thresholds: the options given, the defaults for the rest."""
    from ..live.endpointer import Endpointing

    defaults = Endpointing()
    return Endpointing(
        silence_s=args.silence or defaults.silence_s,
        max_length_s=args.max_length or defaults.max_length_s,
        no_speech_timeout_s=args.no_speech_timeout or defaults.no_speech_timeout_s,
    )


def _listen(session, guide, prompt, ui, err, live: bool):
    """Capture with Ctrl-C (and Enter, at a terminal) ending the answer instead of the program,
    then analyze; None when stopped before the answer started."""
    from ..live import panel
    from ..live.capture import analyze_session, stop_on_interrupt

    with stop_on_interrupt(session), session.source:
        panel.listening(err, session.endpointer.settings)
        if sys.stdin.isatty():
            panel.watch_enter(session)
        if live:
            with panel.live_panel(session, prompt, ui):
                session.capture()
        else:
            session.capture()
    panel.ended(err, session.endpointer)
    outcome = analyze_session(session, guide, prompt)  # a second Ctrl-C lands here
    return None if outcome.report is None else outcome


def _check_story(story_id: str, root, guide) -> None:
    """Refuse a --story that is not in the story bank, before anything is recorded."""
    from ..guide import stories

    path = stories.default_path(root)
    if not path.exists():
        raise RehearseError(
            f"no story bank at {path} for --story {story_id}: start one with `rehearse stories --init`"
        )
    stories.load(path, guide).story(story_id)


def _json(outcome) -> dict:
    """The analyze --json document plus where and how this answer was recorded."""
    from ..report import to_dict

    data = to_dict(outcome.report)
    data["practice"] = {
        "recording": str(outcome.path),
        "ended_by": outcome.ended_by,
        "input_offset_s": None if outcome.offset_s is None else round(outcome.offset_s, 3),
    }
    return data
