"""`rehearse doctor`: check the store, repair what the attempt folders can repair, list the rest.

Nothing is deleted: a damaged index is renamed aside and rebuilt from the folders, a damaged row
is rewritten from its folder's attempt.json, a lost attempt.json is written back from its row.
Exit 0 when the store is healthy or was repaired, 2 when something needs the user.
"""

from __future__ import annotations

from ..errors import EXIT_OK, RehearseError
from ._common import data_dir_parent


def add_parser(sub) -> None:
    """Add `doctor` to the CLI."""
    d = sub.add_parser(
        "doctor",
        parents=[data_dir_parent()],
        help="check the stored attempts, rebuild the index from them, list unfinished recordings",
    )
    d.set_defaults(func=run)


def _say(out, line: str) -> None:
    """One line of the report, never wrapped, never read as markup."""
    out.print(line, soft_wrap=True, markup=False, highlight=False)


def _open(root, out):
    """The store, after setting aside an index SQLite cannot read (it is then rebuilt)."""
    from ..store import INDEX_NAME, Store
    from ..store.heal import index_damage, set_aside_index

    index = root / INDEX_NAME
    try:
        store = Store(root)
    except RehearseError:
        reason = index_damage(index) if index.is_file() else None
        if reason is None:
            raise  # locked, newer, another program's: not ours to move
        store = None
    else:
        reason = store.quick_check()
        if reason is not None:
            store.close()
            store = None
    if store is None:
        try:
            aside = set_aside_index(index)
        except OSError as e:
            raise RehearseError(
                f"{index} is damaged ({reason}) and cannot be moved aside ({e.strerror or e}): "
                "check the folder's permissions"
            ) from None
        _say(out, f"repaired: {index} was damaged ({reason}); it is kept as {aside.name}")
        store = Store(root)
    return store


def run(args, guide, out, err) -> int:
    """Check the index and the folders, repair what can be, list what needs the user."""
    from ..live.recordings import unfinished
    from ..store import data_dir
    from ..store.heal import interrupted_saves, repair_rows, restore_meta

    root = data_dir(args.data_dir)
    if not root.is_dir():
        _say(out, f"no data directory at {root} yet: nothing to check")
        return EXIT_OK
    needs: list[str] = []
    with _open(root, out) as store:
        for note in store.notes:
            _say(out, f"repaired: {note}")
        attempts = store.list()
        repaired, left = repair_rows(store)
        for attempt_id in repaired:
            _say(out, f"repaired: attempt {attempt_id} was damaged; rewritten from its folder")
        for attempt_id, damage in left.items():
            needs.append(
                f"attempt {attempt_id} is damaged ({damage}): `rehearse forget {attempt_id}` "
                "removes it"
            )
        for attempt_id in restore_meta(store, attempts):
            _say(out, f"repaired: attempts/{attempt_id}/attempt.json written back from the index")
        for attempt_id, why in sorted(store.unreadable.items()):
            folder = store.attempts_dir / str(attempt_id)
            flac = folder / "answer.flac"
            keep = (
                f"`rehearse analyze {flac} --save` stores its audio again"
                if flac.is_file()
                else "it holds no audio: delete the folder if you do not need it"
            )
            needs.append(f"{folder} is not in the index and cannot be added ({why}): {keep}")
        for a in attempts:
            if a.audio_path is not None and not a.has_audio:
                _say(out, f"note: attempt {a.id}'s audio {a.audio_path} is missing (deleted?)")
        for folder in interrupted_saves(store):
            _say(
                out,
                f"note: {folder} is left from a save that did not finish; the audio it copied "
                "was not removed, so the folder can be deleted",
            )
        count = len(store.ids())
    needs += [u.message() for u in unfinished(root)]
    for line in needs:
        _say(out, f"needs you: {line}")
    if needs:
        raise RehearseError(f"{len(needs)} thing(s) in {root} need you: listed above")
    _say(out, f"ok: {count} attempt(s) in {root}")
    return EXIT_OK
