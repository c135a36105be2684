"""What the commands over stored attempts share: the --data-dir option, attempt ids, the store.

Light at import (argparse only): every command module imports this at start-up.
"""

from __future__ import annotations

import argparse

from ..errors import RehearseError


def data_dir_parent() -> argparse.ArgumentParser:
    """A parent parser with --data-dir, for `sub.add_parser(..., parents=[...])`."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--data-dir",
        metavar="DIR",
        help="where attempts are kept (default: $REHEARSE_DATA_DIR or the user data folder)",
    )
    return parent


def open_store(args):
    """The store of --data-dir (or the default), to use as a context manager."""
    from ..store import Store, data_dir

    return Store(data_dir(args.data_dir))


def attempt_id(text: str) -> int:
    """An attempt id typed by the user."""
    if not text.strip().isdigit():
        raise RehearseError(f"attempt id must be a number, not '{text}': see `rehearse history`")
    return int(text)
