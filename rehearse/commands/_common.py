"""What the commands over stored attempts share: the --data-dir option, attempt ids, the store,
and the warning lines for what the store repaired or skipped.

Light at import (argparse only): every command module imports this at start-up.
"""

from __future__ import annotations

import _thread
import argparse
import re
import sys
import threading
import time

from ..errors import RehearseError

MAX_ID = 2**63 - 1  # SQLite's largest integer: no attempt id is larger
SHOWN_CHARS = 30  # of a bad id echoed back in the error line
ID_TEXT = re.compile(r"[0-9]+")  # ASCII digits only: "²".isdigit() is True, int("²") fails
REDELIVER_S = 0.05  # a Ctrl-C Python dropped is raised again this long after


def data_dir_parent() -> argparse.ArgumentParser:
    """A parent parser with --data-dir, for `sub.add_parser(..., parents=[...])`."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--data-dir",
        metavar="DIR",
        help="where attempts are kept (default: $REHEARSE_DATA_DIR or the user data folder)",
    )
    return parent


def tolerant_streams() -> None:
    """Let stdout and stderr replace what their encoding cannot show (PYTHONIOENCODING=ascii,
    a C locale) instead of failing mid-table: a '?' for a '→' beats a traceback."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")


def _interrupt_main_later() -> None:
    """Ctrl-C again for the main thread, once the hook that calls this has returned: raised
    inside the hook, it would be dropped too (0.05 s: the hook returns in microseconds)."""
    time.sleep(REDELIVER_S)
    _thread.interrupt_main()


def ctrl_c_never_prints_a_traceback() -> None:
    """A Ctrl-C that lands where Python cannot raise it (a weakref callback inside an import, seen
    in CI during the analysis) is printed as "Exception ignored ... Traceback" and dropped. Print
    nothing, and deliver it again to the main thread, where the command handles it."""
    default = sys.unraisablehook

    def hook(unraisable) -> None:
        if issubclass(unraisable.exc_type, KeyboardInterrupt):
            threading.Thread(target=_interrupt_main_later, daemon=True).start()
            return
        default(unraisable)

    sys.unraisablehook = hook


def open_store(args):
    """The store of --data-dir (or the default), to use as a context manager."""
    from ..store import Store, data_dir

    return Store(data_dir(args.data_dir))


def check_story(story_id: str, root, guide) -> None:
    """Refuse a --story that is not in the data directory's story bank, before any work."""
    from ..guide import stories

    path = stories.default_path(root)
    if not path.exists():
        raise RehearseError(
            f"no story bank at {path} for --story {shown(story_id)}: start one with "
            "`rehearse stories --init`"
        )
    stories.load(path, guide).story(story_id)


def shown(text: str) -> str:
    """User input as it can be echoed in one line: printable and short."""
    clean = "".join(c if c.isprintable() else "?" for c in text)
    return clean if len(clean) <= SHOWN_CHARS else clean[: SHOWN_CHARS - 1] + "…"


def attempt_id(text: str) -> int:
    """An attempt id typed by the user: a whole number from 1 up."""
    digits = text.strip()
    if not ID_TEXT.fullmatch(digits):
        raise RehearseError(
            f"attempt id must be a number, not '{shown(text)}' (ids are whole numbers from 1): "
            "see `rehearse history`"
        )
    value = int(digits)
    if not 1 <= value <= MAX_ID:
        raise RehearseError(f"no attempt {shown(digits)}: see `rehearse history`")
    return value


def warn(err, message: str) -> None:
    """One warning line on stderr, never wrapped, never read as markup."""
    err.print(f"rehearse: {message}", markup=False, highlight=False, soft_wrap=True)


def say_repairs(store, err) -> None:
    """Warn about what opening the store repaired and each damaged row a listing skipped."""
    for note in store.notes:
        warn(err, note)
    store.notes.clear()
    for attempt_id_, damage in sorted(store.damaged.items()):
        warn(
            err,
            f"skipped attempt {attempt_id_}: {damage} (`rehearse doctor` repairs it from its "
            f"folder when it can, `rehearse forget {attempt_id_}` removes it)",
        )
    store.damaged.clear()
