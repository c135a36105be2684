"""`rehearse analyze`: grade a recorded answer or a written draft, optionally keep it."""

from __future__ import annotations

import json
import sys

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
    """Analyze one file and print the report."""
    from ..pipeline import is_text
    from ..report import render, to_dict

    prompt = guide.prompt(args.prompt) if args.prompt else None
    report = _analyze(args, guide, prompt, err)
    data = to_dict(report)
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        render(report, out)
    if args.save:
        from pathlib import Path

        from ..store import Store, data_dir

        with Store(data_dir(args.data_dir)) as store:
            audio_path = None if is_text(args.file) else Path(args.file)
            prompt_id = prompt.id if prompt else None
            attempt = store.save(data, audio_path, prompt_id, args.story, report.model)
        print(f"saved as attempt {attempt} in {store.root}", file=sys.stderr)
