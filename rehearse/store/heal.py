"""Heal the index from the attempt folders, and find what the user should know about.

Opening the store calls adopt(): folders the index does not list are added from their
attempt.json, an interrupted `forget` is finished or undone. `rehearse doctor` calls the rest:
set a damaged index aside (renamed, never deleted), repair damaged rows from their folders, write
back a lost attempt.json from its row, and list interrupted saves (live/recordings.py finds the
unfinished recordings).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import RehearseError
from .files import (
    AUDIO_NAME,
    FORGOTTEN_NAME,
    INCOMING_PREFIX,
    META_NAME,
    Meta,
    attempt_folders,
    read_meta,
    write_synced,
)

if TYPE_CHECKING:
    from .index import Store

JOURNALS = ("-wal", "-shm", "-journal")  # SQLite's files beside the index
ASIDE_FORMAT = "%Y%m%d-%H%M%S"  # the stamp of an index set aside: index.sqlite3.damaged-<stamp>


def set_aside_journals(index: Path) -> list[str]:
    """Rename journals left without their index, so SQLite never replays them into a new one."""
    notes = []
    for suffix in JOURNALS:
        journal = index.with_name(index.name + suffix)
        # The index is looked for after its journal: SQLite makes an index before its journals, so
        # one made meanwhile by another run (its journals new) is seen here and left alone.
        if journal.exists() and not index.exists():
            target = journal.with_name(f"{journal.name}.orphaned-{time.strftime(ASIDE_FORMAT)}")
            os.replace(journal, target)
            notes.append(f"{journal} had no index beside it: renamed to {target.name}")
    return notes


def set_aside_index(index: Path) -> Path:
    """Rename a damaged index (and its journals) to index.sqlite3.damaged-<time>; return that."""
    stamp = time.strftime(ASIDE_FORMAT)
    target = index.with_name(f"{index.name}.damaged-{stamp}")
    n = 2
    while target.exists():
        target = index.with_name(f"{index.name}.damaged-{stamp}-{n}")
        n += 1
    for suffix in JOURNALS:
        journal = index.with_name(index.name + suffix)
        if journal.exists():
            os.replace(journal, target.with_name(target.name + suffix))
    os.replace(index, target)
    return target


def index_damage(index: Path) -> str | None:
    """Why SQLite cannot read the index file (its pages checked), or None when it can."""
    try:
        db = sqlite3.connect(f"{index.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as e:
        return str(e)
    try:
        verdict = db.execute("PRAGMA quick_check").fetchone()[0]
        return None if verdict == "ok" else verdict
    except sqlite3.DatabaseError as e:
        return str(e)
    finally:
        db.close()


def next_id(db: sqlite3.Connection, attempts_dir: Path) -> int:
    """An id no row, folder or forgotten attempt has had, even after the index was rebuilt."""
    seq = db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'attempts'").fetchone()
    top = db.execute("SELECT max(id) FROM attempts").fetchone()[0]
    used = [seq[0] if seq else 0, top or 0, *attempt_folders(attempts_dir)]
    used += [int(m["id"]) for m in map(FORGOTTEN_NAME.match, _names(attempts_dir)) if m]
    return max(used) + 1


def _names(folder: Path) -> list[str]:
    """The entries of a folder, none when it is gone."""
    try:
        return os.listdir(folder)
    except OSError:
        return []


def adopt(store: Store) -> None:
    """Add to the index every attempt folder it does not list; finish or undo an interrupted
    forget. What it did goes to store.notes; folders it cannot read to store.unreadable."""
    folders = attempt_folders(store.attempts_dir)
    forgotten = {
        name: int(m["id"])
        for name in _names(store.attempts_dir)
        if (m := FORGOTTEN_NAME.match(name))
    }
    known = store.ids()
    metas = {}
    for attempt_id, folder in folders.items():
        if attempt_id not in known:
            try:
                metas[attempt_id] = read_meta(folder)
            except ValueError as e:
                store.unreadable[attempt_id] = str(e)
    if not metas and not forgotten:
        return
    try:
        _adopt(store, folders, metas, forgotten)
    except (RehearseError, OSError) as e:
        reason = getattr(e, "strerror", None) or e
        store.notes.append(f"could not add the attempt folders the index lacks ({reason})")


def _adopt(store: Store, folders: dict, metas: dict[int, Meta], forgotten: dict[str, int]) -> None:
    """adopt()'s writes, under the write lock: another process may have done them meanwhile."""
    finished = []
    with store.transaction() as db:
        known = {row[0] for row in db.execute("SELECT id FROM attempts")}
        added = [i for i in sorted(metas) if i not in known]
        for attempt_id in added:
            has_audio = (folders[attempt_id] / AUDIO_NAME).is_file()
            store.insert(db, attempt_id, metas[attempt_id], has_audio)
        for name, attempt_id in forgotten.items():
            home = store.attempts_dir / str(attempt_id)
            if attempt_id in known and not home.exists():  # the forget was never committed
                os.replace(store.attempts_dir / name, home)
                store.notes.append(f"attempt {attempt_id} was not forgotten after all: kept")
            elif attempt_id not in known:
                finished.append(store.attempts_dir / name)
    for folder in finished:  # forgotten and committed: this finishes that forget
        shutil.rmtree(folder, ignore_errors=True)
    if added:
        ids = ", ".join(map(str, added))
        store.notes.append(
            f"the index did not list {len(added)} attempt folder(s) in {store.attempts_dir} "
            f"(attempt {ids}): added them from their {META_NAME}"
        )


def repair_rows(store: Store) -> tuple[list[int], dict[int, str]]:
    """Rewrite each damaged row from its folder's attempt.json when that is whole.

    Returns the ids repaired and, for the rest, why they stay damaged."""
    from .attempt import Attempt

    repaired, left = [], {}
    folders = attempt_folders(store.attempts_dir)
    for attempt_id, damage in sorted(store.damaged.items()):
        try:
            meta = read_meta(folders[attempt_id]) if attempt_id in folders else None
        except ValueError as e:
            meta, why = None, str(e)
        else:
            why = "its folder is gone" if meta is None else ""
        if meta is not None:
            fields = (meta.created, meta.prompt_id, meta.story, meta.model, None, meta.report)
            why = Attempt(attempt_id, *fields).find_damage() or ""
        if why:
            left[attempt_id] = f"{damage}, and its folder cannot restore it: {why}"
            continue
        has_audio = (folders[attempt_id] / AUDIO_NAME).is_file()
        with store.transaction() as db:
            db.execute("DELETE FROM attempts WHERE id = ?", (attempt_id,))
            store.insert(db, attempt_id, meta, has_audio)
        repaired.append(attempt_id)
    return repaired, left


def restore_meta(store: Store, attempts) -> list[int]:
    """Write attempt.json back from the index for readable attempts whose file is lost or
    damaged (a damaged one is kept beside it as attempt.json.damaged). Returns their ids."""
    restored = []
    for a in attempts:
        folder = store.attempts_dir / str(a.id)
        try:
            read_meta(folder)
            continue
        except ValueError:
            pass
        meta = Meta(a.created, a.prompt_id, a.story, a.model, a.data)
        path = folder / META_NAME
        folder.mkdir(exist_ok=True)
        if path.exists():
            os.replace(path, path.with_name(META_NAME + ".damaged"))
        write_synced(path, meta.to_bytes())
        restored.append(a.id)
    return restored


def interrupted_saves(store: Store) -> list[Path]:
    """Folders of saves that never committed; the audio they copied was left where it was."""
    names = _names(store.attempts_dir)
    return sorted(store.attempts_dir / n for n in names if n.startswith(INCOMING_PREFIX))
