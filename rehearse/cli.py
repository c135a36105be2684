"""The `rehearse` command: build the parser from rehearse/commands/, dispatch, turn errors into one line."""

from __future__ import annotations

import argparse
import signal
import sys
from importlib import import_module

from . import __version__
from .commands import COMMANDS
from .commands._common import ctrl_c_never_prints_a_traceback, tolerant_streams
from .errors import EXIT_BAD_INPUT, EXIT_INTERRUPTED, EXIT_OK, RehearseError


def _parser() -> argparse.ArgumentParser:
    """The command-line interface: one subcommand per module in rehearse/commands/."""
    parser = argparse.ArgumentParser(
        prog="rehearse",
        description="Practise behavioral interview answers aloud and get feedback against the guide.",
    )
    parser.add_argument("--version", action="version", version=f"rehearse {__version__}")
    parser.add_argument(
        "--prompts", metavar="FILE", help="prompts and targets file (default: prompts.yaml)"
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        import_module(f"rehearse.commands.{name}").add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point: run a command; a RehearseError is one line on stderr and exit status 2."""
    tolerant_streams()  # PYTHONIOENCODING=ascii: '?' for what it cannot show, not a crash
    ctrl_c_never_prints_a_traceback()
    args = _parser().parse_args(argv)
    from rich.console import Console

    out = Console()
    err = Console(stderr=True)
    try:
        from .guide import load

        guide = load(args.prompts)
        return args.func(args, guide, out, err) or EXIT_OK
    except RehearseError as e:
        print(f"rehearse: {e}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("rehearse: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `rehearse analyze x --json | head`: the reader left, nothing to say
        sys.stderr.close()
        return EXIT_OK


def entry() -> None:
    """The console command: main(), then exit with its status. A Ctrl-C that lands once the run
    has said its last word, as the process tears down (a second Ctrl-C after "interrupted while
    analyzing", or one redelivered to the main thread), is ignored: it used to end the process by
    signal 2 after the line that named the kept recording (seen in CI)."""
    code = main()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    sys.exit(code)


if __name__ == "__main__":
    entry()
