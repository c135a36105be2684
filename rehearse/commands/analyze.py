"""`rehearse analyze`: grade a recorded answer or a written draft, optionally keep it."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ..errors import RehearseError
from ._common import check_story, say_repairs

PROGRESS_MIN_S = 60.0  # show a progress bar for recordings longer than this


def add_parser(sub) -> None:
    """Add `analyze` to the CLI."""
    a = sub.add_parser("analyze", help="grade a recorded answer (wav/flac/mp3/ogg) or a .txt draft")
    a.add_argument("file", help="an audio file, or a .txt/.md written draft")
    a.add_argument(
        "--prompt", "-p", metavar="ID", help="the prompt answered (see `rehearse prompts`)"
    )
    a.add_argument("--json", action="store_true", help="print the JSON report instead")
    a.add_argument(
        "--model",
        "-m",
        default=None,
        help="tiny.en (default), base, a faster-whisper model folder, or a cached model name",
    )
    a.add_argument(
        "--save", action="store_true", help="keep it in your history (see `rehearse history`)"
    )
    a.add_argument(
        "--story", metavar="ID", help="with --save: the story from stories.yaml it tells"
    )
    a.add_argument(
        "--data-dir", metavar="DIR", help="where history is kept (default: user data dir)"
    )
    a.set_defaults(func=run)


def _analyze(args, guide, prompt, err):
    """The Report of args.file, with a progress bar on a terminal for long recordings."""
    from .. import audio
    from ..pipeline import analyze_path, is_text

    audio.check_file(args.file)
    length = None if is_text(args.file) else audio.duration(args.file)
    if length is None or length <= PROGRESS_MIN_S or not err.is_terminal:
        return analyze_path(args.file, guide, prompt, args.model)
    from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(
        TextColumn("transcribing"),
        BarColumn(),
        TextColumn("{task.completed:.0f}/{task.total:.0f} s"),
        TimeRemainingColumn(),
        console=err,
        transient=True,
    ) as progress:
        task = progress.add_task("", total=length)
        return analyze_path(
            args.file, guide, prompt, args.model, lambda s: progress.update(task, completed=s)
        )


def run(args, guide, out, err) -> None:
    """Analyze one file and print the report; with --save, keep it (a failed save is one line
    that says the report was printed and the file is where it was)."""
    from ..pipeline import is_text
    from ..report import render, to_dict
    from ..store import data_dir

    prompt = guide.prompt(args.prompt) if args.prompt else None
    root = data_dir(args.data_dir) if args.save or args.data_dir is not None else None
    if args.story and not args.save:
        raise RehearseError("--story tags a kept attempt: add --save")
    if args.story:
        check_story(args.story, root, guide)
    report = _analyze(args, guide, prompt, err)
    data = to_dict(report)
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        render(report, out)
    if args.save:
        audio_path = None if is_text(args.file) else Path(args.file)
        prompt_id = prompt.id if prompt else None
        attempt = _save(root, data, audio_path, prompt_id, args.story, report.model, args.file, err)
        print(f"saved as attempt {attempt} in {root}", file=sys.stderr)


def _save(root, data, audio_path, prompt_id, story, model, source, err) -> int:
    """Store the analysed attempt; an error says the report is above and the file untouched."""
    from ..store import Store

    try:
        with Store(root) as store:
            say_repairs(store, err)
            return store.save(data, audio_path, prompt_id, story, model)
    except RehearseError as e:
        raise RehearseError(
            f"the attempt was not stored: {e} (the report is printed above; your answer is "
            f"still at {source})"
        ) from None
