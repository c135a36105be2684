"""`rehearse forget`: delete an attempt, its audio and its report."""

from __future__ import annotations

from .. import views
from ._common import attempt_id, data_dir_parent, open_store, say_repairs


def add_parser(sub) -> None:
    """Add `forget` to the CLI."""
    f = sub.add_parser(
        "forget", parents=[data_dir_parent()], help="delete an attempt and its audio"
    )
    f.add_argument("id", help="the attempt id (see `rehearse history`)")
    f.set_defaults(func=run)


def run(args, guide, out, err) -> None:
    """Delete an attempt, damaged or not: its index row, audio and report."""
    wanted = attempt_id(args.id)
    with open_store(args) as store:
        say_repairs(store, err)
        attempt = store.forget(wanted)
    out.print(
        f"forgot attempt {attempt.id} ({attempt.prompt_id or 'no prompt'}, {views.when(attempt.created)})"
    )
