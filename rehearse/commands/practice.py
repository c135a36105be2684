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
        "there is one); 130 when cancelled (Ctrl-C) before you spoke, nothing stored.",
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


def run(args, guide, out, err) -> int:
    """Show a prompt, record an answer, print the report (see rehearse/live/__init__.py)."""
    from ..live import panel
    from ..live.capture import Session
    from ..live.endpointer import Endpointer
    from ..live.recordings import (
        answered,
        choose_prompt,
        recording_path,
        recordings_dir,
        save_attempt,
    )
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
    if prompt is None:
        prompt = choose_prompt(guide, answered(folder))
    source = _source(args)
    model = args.model or DEFAULT_MODEL
    resolve(model)  # a missing model fails now, not after the answer
    worker = Worker(model)
    worker.start()  # the model loads while the prompt is read

    ui = err if args.json else out
    panel.show_prompt(prompt, ui)
    try:
        if sys.stdin.isatty() and not args.input:
            panel.countdown(ui)
        worker.wait_ready()
    except KeyboardInterrupt:
        source.close()
        print("rehearse: cancelled; nothing was recorded", file=sys.stderr)
        return EXIT_INTERRUPTED

    def started(path) -> None:
        err.print(f"recording to {path}", highlight=False, soft_wrap=True)

    path = recording_path(folder, prompt.id)
    session = Session(source, Endpointer(_settings(args)), worker, path, on_start=started)
    outcome = _listen(session, guide, prompt, ui, err, out.is_terminal and not args.json)
    if outcome is None:
        print("rehearse: stopped before you spoke; nothing was recorded", file=sys.stderr)
        return EXIT_INTERRUPTED
    data = _json(outcome)
    attempt = save_attempt(data, outcome.path, root, prompt.id, args.story, outcome.report.model)
    data["practice"]["attempt"] = attempt
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        from ..report import render

        render(outcome.report, out)
    err.print(
        f"stored as attempt {attempt} in {root} (rehearse replay {attempt})",
        highlight=False,
        soft_wrap=True,
    )
    for fault in outcome.faults:
        print(f"rehearse: {fault}", file=sys.stderr)
    return EXIT_BAD_INPUT if outcome.faults else EXIT_OK


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
    try:
        outcome = analyze_session(session, guide, prompt)
    except KeyboardInterrupt:
        raise RehearseError(
            f"interrupted while analyzing; the recording is kept: rehearse analyze {session.path}"
        ) from None
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
