"""The `rehearse` command: parse arguments, call the pipeline, print. Errors become one line."""

from __future__ import annotations

import argparse
import json
import sys
from importlib import import_module

from . import __version__
from .errors import RehearseError

EXIT_BAD_INPUT = 2
PROGRESS_MIN_S = 60.0  # show a progress bar for recordings longer than this
# Modules that add their own subcommands; each keeps heavy imports inside its functions.
COMMAND_MODULES: tuple[str, ...] = ("rehearse.practice", "rehearse.history")


def _parser() -> argparse.ArgumentParser:
    """The command-line interface."""
    parser = argparse.ArgumentParser(
        prog="rehearse",
        description="Practise behavioral interview answers aloud and get feedback against the guide.",
    )
    parser.add_argument("--version", action="version", version=f"rehearse {__version__}")
    parser.add_argument(
        "--prompts", metavar="FILE", help="prompts and targets file (default: prompts.yaml)"
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("prompts", help="list the seven prompts, their ids and principles")
    p.add_argument("--json", action="store_true", help="print JSON")

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
    p.set_defaults(func=cmd_prompts)
    a.set_defaults(func=cmd_analyze)
    for name in COMMAND_MODULES:
        import_module(name).add_commands(sub)
    a.add_argument(
        "--save", action="store_true", help="keep it in your history (see `rehearse history`)"
    )
    a.add_argument(
        "--story", metavar="ID", help="with --save: the story from stories.yaml it tells"
    )
    a.add_argument(
        "--data-dir", metavar="DIR", help="where history is kept (default: user data dir)"
    )
    return parser


def cmd_prompts(args, guide, out, err) -> None:
    """List the prompts."""
    if args.json:
        data = [
            {"id": p.id, "text": p.text, "principles": list(p.principles), "tips": list(p.tips)}
            for p in guide.prompts
        ]
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return
    from rich.table import Table

    table = Table(title="Prompts (from the interview guide)")
    table.add_column("id", style="bold")
    table.add_column("prompt")
    table.add_column("principles", style="dim")
    for p in guide.prompts:
        table.add_row(p.id, p.text, ", ".join(p.principles))
    out.print(table)


def cmd_analyze(args, guide, out, err) -> None:
    """Analyze one file and print the report."""
    from . import audio
    from .pipeline import analyze_path, is_text
    from .report import render, to_dict

    prompt = guide.prompt(args.prompt) if args.prompt else None
    audio.check_file(args.file)
    length = None if is_text(args.file) else audio.duration(args.file)
    if length is not None and length > PROGRESS_MIN_S and err.is_terminal:
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
            report = analyze_path(
                args.file, guide, prompt, args.model, lambda s: progress.update(task, completed=s)
            )
    else:
        report = analyze_path(args.file, guide, prompt, args.model)
    data = to_dict(report)
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        render(report, out)
    if args.save:
        from pathlib import Path

        from .store import Store, data_dir

        with Store(data_dir(args.data_dir)) as store:
            audio_path = None if is_text(args.file) else Path(args.file)
            prompt_id = prompt.id if prompt else None
            attempt = store.save(data, audio_path, prompt_id, args.story, report.model)
        print(f"saved as attempt {attempt} in {store.root}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    """Entry point: run a command; a RehearseError is one line on stderr and exit status 2."""
    args = _parser().parse_args(argv)
    from rich.console import Console

    out = Console()
    err = Console(stderr=True)
    try:
        from .prompts import load

        guide = load(args.prompts)
        return args.func(args, guide, out, err) or 0
    except RehearseError as e:
        print(f"rehearse: {e}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("rehearse: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `rehearse analyze x --json | head`: the reader left, nothing to say
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
