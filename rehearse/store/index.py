"""The SQLite index of the attempts: open it safely, migrate it, save, read and forget attempts.

The attempt folders are the truth and the index is a fast way to find them: opening the store
adopts every folder the index does not know (a lost index, a save killed between its rename and
its commit), and nothing under the data directory is removed except by `forget`.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

from ..errors import RehearseError
from . import heal
from .attempt import Attempt
from .files import (
    ATTEMPTS_DIR,
    AUDIO_NAME,
    BACKUPS_DIR,
    FORGOTTEN_PREFIX,
    INCOMING_PREFIX,
    INDEX_NAME,
    META_NAME,
    RECORDINGS_DIR,
    Meta,
    encode_flac,
    is_under,
    sync_dir,
    write_synced,
)

# A save holds the write lock for milliseconds (the FLAC is encoded before taking it), so another
# rehearse waiting longer than this is stuck behind something that is not rehearse.
BUSY_TIMEOUT_S = 30.0
# Between tries to switch a new index to WAL: SQLite answers "locked" at once while another
# process makes the same switch (two runs opening a new index together: 37 of 40 tries failed).
WAL_RETRY_S = 0.02

SCHEMA_VERSION = 2
# MIGRATIONS[n] takes a database from schema version n to n + 1, inside one transaction.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        # AUTOINCREMENT: a forgotten attempt's id is never handed out again, so "attempt 12" in a
        # note or a shell history always means the same answer.
        """CREATE TABLE attempts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            created REAL NOT NULL,
            prompt_id TEXT,
            story TEXT,
            model TEXT,
            audio TEXT,
            report TEXT NOT NULL
        )""",
    ),
    (
        # Which report schema a row holds, so a later report format can upgrade old rows in place.
        "ALTER TABLE attempts ADD COLUMN report_schema INTEGER NOT NULL DEFAULT 1",
        "UPDATE attempts SET report_schema = COALESCE(json_extract(report, '$.schema_version'), 1)",
        # `history --prompt` reads one prompt's attempts in time order.
        "CREATE INDEX attempts_by_prompt ON attempts (prompt_id, created)",
    ),
)
COLUMNS = "id, created, prompt_id, story, model, audio, report"
INSERT = (
    "INSERT INTO attempts (id, created, prompt_id, story, model, audio, report, report_schema) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


class Store:
    """The attempts under one data directory. Use as a context manager, or call close().

    `notes` says what opening it repaired; `damaged` maps the id of each row list() skipped to
    why it could not be read."""

    def __init__(self, root: Path, *, timeout: float = BUSY_TIMEOUT_S):
        self.root = Path(root)
        self.path = self.root / INDEX_NAME
        self.attempts_dir = self.root / ATTEMPTS_DIR
        self.timeout = timeout
        self.notes: list[str] = []
        self.damaged: dict[int, str] = {}
        self.unreadable: dict[int, str] = {}  # folders without a row that cannot be adopted
        if self.root.exists() and not self.root.is_dir():
            raise RehearseError(f"data directory {self.root} is a file: give a folder")
        try:
            self.attempts_dir.mkdir(parents=True, exist_ok=True)
            if not self.path.exists():  # a stray journal must not be replayed into a new index
                self.notes += heal.set_aside_journals(self.path)
        except OSError as e:
            raise RehearseError(
                f"cannot create the data directory {self.root}: {e.strerror or e}"
            ) from None
        self._db = self._connect()
        try:
            self._check_owner()
            with self._guard():  # only once the file is known to be ours: this writes to it
                self._use_wal()  # readers never wait for a writer
                self._db.execute("PRAGMA synchronous=FULL")  # a commit survives a power cut
            self._migrate()
            heal.adopt(self)
        except BaseException:
            self._db.close()
            raise

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Close the index."""
        self._db.close()

    # -- the database ------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        """Open the index without writing to it until it is known to be a rehearse database."""
        try:
            # isolation_level=None: transactions are begun and committed explicitly below.
            db = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None)
        except sqlite3.Error as e:
            raise RehearseError(f"cannot open {self.path}: {e}") from None
        try:
            with self._guard():
                db.execute("PRAGMA user_version").fetchone()  # reads the header: a database?
        except RehearseError:
            db.close()
            raise
        return db

    def _use_wal(self) -> None:
        """Put the index in WAL mode, trying again up to the busy timeout while another process
        holds the lock to do the same."""
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                self._db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as e:
                if "locked" not in str(e) or time.monotonic() >= deadline:
                    raise
                time.sleep(WAL_RETRY_S)

    @contextlib.contextmanager
    def _guard(self) -> Iterator[None]:
        """Turn SQLite errors into one RehearseError that names the index file."""
        try:
            yield
        except sqlite3.OperationalError as e:
            text = str(e)
            if "locked" in text or "busy" in text:
                raise RehearseError(
                    f"{self.path} is locked by another program (waited {self.timeout:g} s): "
                    "let it finish, or close it, and try again"
                ) from None
            if "malformed" in text or "not a database" in text:
                raise self._damaged(text) from None
            if any(sign in text for sign in ("full", "I/O", "readonly", "unable to open")):
                text += ": check that the disk has space and the folder can be written"
            raise RehearseError(f"cannot use {self.path}: {text}") from None
        except sqlite3.DatabaseError as e:
            raise self._damaged(str(e)) from None

    def _damaged(self, reason: str) -> RehearseError:
        """The error for an index that SQLite cannot read; the file is left as it is."""
        return RehearseError(
            f"{self.path} is damaged or not a rehearse database ({reason}); it was left untouched: "
            "`rehearse doctor` sets it aside and rebuilds the index from the attempt folders"
        )

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction: BEGIN IMMEDIATE takes the lock up front, so it waits, not fails."""
        with self._guard():
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _check_owner(self) -> None:
        """Refuse, without writing, an index of a newer rehearse or another program's database
        (read in one statement: another run's new index is never seen with tables and no version)."""
        with self._guard():
            version, tables = self._db.execute(
                "SELECT (SELECT user_version FROM pragma_user_version), "
                "(SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%')"
            ).fetchone()
        if version > SCHEMA_VERSION:
            raise RehearseError(
                f"{self.path} was written by a newer rehearse (schema {version}; this one reads "
                f"up to {SCHEMA_VERSION}): upgrade rehearse"
            )
        if version == 0 and tables:
            raise RehearseError(
                f"{self.path} is an SQLite database but not a rehearse index; it was left "
                "untouched: give another --data-dir"
            )

    def _migrate(self) -> None:
        """Bring the schema to SCHEMA_VERSION, keeping a backup of an index that held data."""
        with self._guard():
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version == SCHEMA_VERSION:
            return
        backup = self._backup(version) if version > 0 else None
        with self.transaction() as db:
            version = db.execute("PRAGMA user_version").fetchone()[0]  # another process may
            for step in range(version, SCHEMA_VERSION):  # have migrated while we waited
                try:
                    for statement in MIGRATIONS[step]:
                        db.execute(statement)
                except sqlite3.Error as e:
                    raise RehearseError(
                        f"could not upgrade {self.path} from schema {version} ({e}); it is "
                        f"unchanged, and a copy is at {backup}"
                    ) from None
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _backup(self, version: int) -> Path:
        """Copy the index (with what its WAL holds) to backups/ before changing its schema."""
        folder = self.root / BACKUPS_DIR
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = folder / f"index-v{version}-{stamp}.sqlite3"
        if target.exists():
            target = folder / f"index-v{version}-{stamp}-{os.getpid()}.sqlite3"
        partial = target.with_suffix(".partial")
        try:
            folder.mkdir(exist_ok=True)
            copy = sqlite3.connect(partial)
            try:
                with self._guard():
                    self._db.backup(copy)
            finally:
                copy.close()
            os.replace(partial, target)
        except OSError as e:
            raise RehearseError(
                f"cannot back up {self.path} to {folder} before upgrading it ({e.strerror or e}): "
                "it is unchanged; free some space and try again"
            ) from None
        return target

    def quick_check(self) -> str | None:
        """What SQLite finds wrong reading every page of the index, or None when nothing."""
        with self._guard():
            verdict = self._db.execute("PRAGMA quick_check").fetchone()[0]
        return None if verdict == "ok" else verdict

    def ids(self) -> set[int]:
        """The ids of every row, readable or not."""
        with self._guard():
            return {row[0] for row in self._db.execute("SELECT id FROM attempts")}

    def insert(self, db: sqlite3.Connection, attempt_id: int, meta: Meta, audio: bool) -> None:
        """Add one row inside a write transaction."""
        relative = f"{ATTEMPTS_DIR}/{attempt_id}/{AUDIO_NAME}" if audio else None
        report = json.dumps(meta.report, ensure_ascii=False)
        schema = meta.report.get("schema_version", 1)
        row = (meta.created, meta.prompt_id, meta.story, meta.model, relative, report, schema)
        db.execute(INSERT, (attempt_id, *row))

    # -- attempts ----------------------------------------------------------------------------

    def save(
        self,
        report: dict,
        audio: Path | None,
        prompt_id: str | None,
        story: str | None,
        model: str | None,
        created: float | None = None,
    ) -> int:
        """Store one attempt and return its id; the audio is converted to FLAC inside the store.

        A source WAV under recordings/ is removed once the attempt is committed; any other audio
        file is left where it is. A write error is a RehearseError and stores nothing.
        """
        if not isinstance(report, dict) or "transcript" not in report:
            raise ValueError("report must be the dict from rehearse.report.to_dict")
        created = time.time() if created is None else float(created)
        meta = Meta(created, prompt_id, story, model, report)
        incoming = self.attempts_dir / f"{INCOMING_PREFIX}{uuid.uuid4().hex}"
        try:
            incoming.mkdir(parents=True)
            if audio is not None:
                encode_flac(Path(audio), incoming / AUDIO_NAME)
            write_synced(incoming / META_NAME, meta.to_bytes())
            with self.transaction() as db:
                attempt_id = heal.next_id(db, self.attempts_dir)
                self.insert(db, attempt_id, meta, audio is not None)
                os.replace(incoming, self.attempts_dir / str(attempt_id))
                sync_dir(self.attempts_dir)
        except OSError as e:
            shutil.rmtree(incoming, ignore_errors=True)  # this save's own copy, never the source
            raise RehearseError(
                f"cannot write the attempt to {self.root} ({e.strerror or e})"
            ) from None
        except BaseException:
            shutil.rmtree(incoming, ignore_errors=True)
            raise
        if audio is not None and is_under(Path(audio), self.root / RECORDINGS_DIR):
            with contextlib.suppress(OSError):  # stored: a WAV left behind is only a copy
                Path(audio).unlink(missing_ok=True)
        return attempt_id

    def get(self, attempt_id: int, *, damaged_ok: bool = False) -> Attempt:
        """The attempt with this id; a damaged one is an error unless damaged_ok."""
        with self._guard():
            row = self._db.execute(
                f"SELECT {COLUMNS} FROM attempts WHERE id = ?", (int(attempt_id),)
            ).fetchone()
        if row is None:
            raise RehearseError(f"no attempt {attempt_id}: see `rehearse history`")
        attempt = self._attempt(row)
        if not damaged_ok and attempt.find_damage():
            raise attempt.damaged_error()
        return attempt

    def list(self, prompt_id: str | None = None) -> list[Attempt]:
        """Every readable attempt, or one prompt's, newest first; damaged rows go to `damaged`."""
        query = f"SELECT {COLUMNS} FROM attempts"
        params: tuple = ()
        if prompt_id is not None:
            query += " WHERE prompt_id = ?"
            params = (prompt_id,)
        with self._guard():
            # The time may be damaged too: such rows sort last instead of failing the query.
            order = " ORDER BY typeof(created) IN ('real', 'integer') DESC, created DESC, id DESC"
            rows = self._db.execute(query + order, params).fetchall()
        attempts = []
        for attempt in map(self._attempt, rows):
            if attempt.find_damage():
                self.damaged[attempt.id] = attempt.damage
            else:
                attempts.append(attempt)
        return attempts

    def forget(self, attempt_id: int) -> Attempt:
        """Delete an attempt, damaged or not: its row, then its files. Returns what it was."""
        attempt = self.get(attempt_id, damaged_ok=True)  # an unknown id is an error
        folder = self.attempts_dir / str(attempt.id)
        aside = self.attempts_dir / f"{FORGOTTEN_PREFIX}{attempt.id}-{uuid.uuid4().hex}"
        try:
            with self.transaction() as db:
                db.execute("DELETE FROM attempts WHERE id = ?", (attempt.id,))
                # Renamed before the commit, so no other process adopts a folder being deleted;
                # a kill before the commit leaves the row, and opening the store renames it back.
                if folder.exists():
                    os.replace(folder, aside)
        except BaseException as e:
            if aside.exists() and not folder.exists():  # the row stays: so does its folder
                os.replace(aside, folder)
            if isinstance(e, OSError):
                raise RehearseError(
                    f"cannot forget attempt {attempt.id}: {folder} cannot be moved "
                    f"({e.strerror or e}); nothing was changed"
                ) from None
            raise
        shutil.rmtree(aside, ignore_errors=True)  # what is left of it, opening the store finishes
        return attempt

    def _attempt(self, row: tuple) -> Attempt:
        """An Attempt from an index row; a row that cannot be read says why in `damage`."""
        attempt_id, created, prompt_id, story, model, audio, report = row
        damage = None
        try:
            data = json.loads(report)
        except (TypeError, ValueError):
            data, damage = {}, "its report is not JSON"
        if damage is None and not isinstance(data, dict):
            data, damage = {}, f"its report is a JSON {type(data).__name__}, not an object"
        if isinstance(created, bool) or not isinstance(created, (int, float)):
            created, damage = 0.0, damage or "its time is not a number"
        texts = [
            v if v is None or isinstance(v, str) else str(v) for v in (prompt_id, story, model)
        ]
        return Attempt(
            id=attempt_id,
            created=float(created),
            prompt_id=texts[0],
            story=texts[1],
            model=texts[2],
            audio_path=self.root / audio if isinstance(audio, str) and audio else None,
            data=data,
            damage=damage,
        )
