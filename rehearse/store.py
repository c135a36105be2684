"""Keep every attempt: its audio as FLAC, its JSON report, and an SQLite index to find it again.

Layout of the data directory (see data_dir()):

    index.sqlite3                   the index: one row per attempt (WAL mode: -wal, -shm beside it)
    attempts/<id>/answer.flac       the answer, 16 kHz mono FLAC (absent for a written draft)
    attempts/<id>/attempt.json      the row as JSON, so a lost index can be rebuilt from the folders
    recordings/                     WAVs that `practice` writes while recording; removed once stored
    backups/index-v<N>-<time>.sqlite3   a copy of the index taken before migrating it from version N

A save writes the files into a private folder first and then, holding the database's write lock,
inserts the row, renames the folder to attempts/<id> and commits. A kill at any point leaves the
attempt either complete or absent: an uncommitted row rolls back, and a folder without a row is
swept by the next save.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import shutil
import sqlite3
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import RehearseError

if TYPE_CHECKING:  # the report package imports the analysis: loaded only when a report is read
    from .analysis import Check, Report

APP_NAME = "rehearse"
ENV_VAR = "REHEARSE_DATA_DIR"  # a folder that overrides the platform's user data directory
INDEX_NAME = "index.sqlite3"
ATTEMPTS_DIR = "attempts"
RECORDINGS_DIR = "recordings"
BACKUPS_DIR = "backups"
AUDIO_NAME = "answer.flac"
META_NAME = "attempt.json"
INCOMING_PREFIX = ".incoming-"  # a save's files before its row is committed

# A save holds the write lock for milliseconds (the FLAC is encoded before taking it), so another
# rehearse waiting longer than this is stuck behind something that is not rehearse.
BUSY_TIMEOUT_S = 30.0
STALE_INCOMING_S = 3600.0  # an incoming folder this old was left by a save that was killed

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


def data_dir(override: str | None = None) -> Path:
    """Where attempts live: --data-dir, else $REHEARSE_DATA_DIR, else the user data directory."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME))


@dataclass
class Attempt:
    """One stored answer: who, when, which prompt and story, its audio and its report."""

    id: int
    created: float  # unix seconds
    prompt_id: str | None
    story: str | None
    model: str | None
    audio_path: Path | None  # where the FLAC should be; it may have been deleted by hand
    data: dict  # the JSON document as stored (rehearse.report.to_dict of its Report)

    @functools.cached_property
    def report(self) -> Report:
        """The stored report as a typed Report, read on first use."""
        from .report import from_dict

        try:
            return from_dict(self.data)
        except (KeyError, IndexError, TypeError, ValueError, AttributeError):
            raise RehearseError(
                f"attempt {self.id}'s report is damaged (fields missing); "
                f"`rehearse forget {self.id}` removes it"
            ) from None

    @property
    def kind(self) -> str:
        """ "audio" for a recording, "text" for a written draft."""
        return self.report.transcript.kind

    @property
    def has_audio(self) -> bool:
        """Whether the answer's audio file is there to play."""
        return self.audio_path is not None and self.audio_path.is_file()

    def check(self, check_id: str) -> Check | None:
        """The report's check with this id, or None when the report has no such check."""
        return next((c for c in self.report.checks if c.id == check_id), None)

    @property
    def answer_s(self) -> float | None:
        """Length of the answer in seconds: the spoken span, or the estimate for a draft."""
        from .report.schema import length_s

        return length_s(self.report)

    @property
    def wpm(self) -> float | None:
        """Words per minute over the answer span; None for a draft."""
        return self.report.timing.wpm if self.report.timing is not None else None

    @property
    def fillers_per_minute(self) -> float | None:
        return self.report.fillers_per_minute

    @property
    def filler_count(self) -> int:
        return len(self.report.fillers)

    @property
    def i_share(self) -> float | None:
        """Fraction of first-person pronouns that are "I" (as the JSON rounds it); None when
        there are none."""
        from .report.schema import i_share

        return i_share(self.report)

    def _shares(self, *labels: str) -> float:
        """Combined share of some STAR parts, rounded as the JSON rounds one."""
        return round(sum(self.report.shares[label]["share"] or 0.0 for label in labels), 3)

    @property
    def setup_share(self) -> float | None:
        """Share of the answer spent on Situation and Task."""
        return self._shares("situation", "task")

    @property
    def action_result_share(self) -> float | None:
        """Share of the answer spent on Action, Result and Learning: the guide's "STAR balance"."""
        return self._shares("action", "result", "learning")

    @property
    def checks_passed(self) -> int:
        return sum(1 for c in self.report.checks if c.status == "pass")

    @property
    def checks_total(self) -> int:
        return len(self.report.checks)

    @property
    def checks_share(self) -> float | None:
        """Fraction of the checks passed; None when nothing was graded."""
        return self.checks_passed / self.checks_total if self.checks_total else None

    def metrics(self) -> dict:
        """The key numbers of the attempt, as `history --json` lists them."""
        return {
            "answer_s": self.answer_s,
            "wpm": self.wpm,
            "fillers": self.filler_count,
            "fillers_per_minute": self.fillers_per_minute,
            "i_share": self.i_share,
            "setup_share": self.setup_share,
            "action_result_share": self.action_result_share,
            "checks_passed": self.checks_passed,
            "checks_total": self.checks_total,
        }


class Store:
    """The attempts under one data directory. Use as a context manager, or call close()."""

    def __init__(self, root: Path, *, timeout: float = BUSY_TIMEOUT_S):
        self.root = Path(root)
        self.path = self.root / INDEX_NAME
        self.attempts_dir = self.root / ATTEMPTS_DIR
        self.timeout = timeout
        if self.root.exists() and not self.root.is_dir():
            raise RehearseError(f"data directory {self.root} is a file: give a folder")
        try:
            self.attempts_dir.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise RehearseError(
                f"cannot create the data directory {self.root}: {e.strerror or e}"
            ) from None
        self._db = self._connect()
        try:
            self._check_owner()
            with self._guard():  # only once the file is known to be ours: this writes to it
                self._db.execute("PRAGMA journal_mode=WAL")  # readers never wait for a writer
                self._db.execute("PRAGMA synchronous=FULL")  # a commit survives a power cut
            self._migrate()
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
            raise RehearseError(f"cannot use {self.path}: {text}") from None
        except sqlite3.DatabaseError as e:
            raise self._damaged(str(e)) from None

    def _damaged(self, reason: str) -> RehearseError:
        """The error for an index that SQLite cannot read; the file is left as it is."""
        return RehearseError(
            f"{self.path} is damaged or not a rehearse database ({reason}); it was left untouched: "
            f"move it aside to start a new history, or restore a copy from {self.root / BACKUPS_DIR}"
        )

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction: BEGIN IMMEDIATE takes the lock up front, so it waits, not fails."""
        with self._guard():
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _user_version(self) -> int:
        with self._guard():
            return self._db.execute("PRAGMA user_version").fetchone()[0]

    def _check_owner(self) -> None:
        """Refuse, without writing, an index of a newer rehearse or another program's database."""
        version = self._user_version()
        if version > SCHEMA_VERSION:
            raise RehearseError(
                f"{self.path} was written by a newer rehearse (schema {version}; this one reads "
                f"up to {SCHEMA_VERSION}): upgrade rehearse"
            )
        with self._guard():
            tables = self._db.execute(
                "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
            ).fetchone()[0]
        if version == 0 and tables:
            raise RehearseError(
                f"{self.path} is an SQLite database but not a rehearse index; it was left "
                "untouched: give another --data-dir"
            )

    def _migrate(self) -> None:
        """Bring the schema to SCHEMA_VERSION, keeping a backup of an index that held data."""
        version = self._user_version()
        if version == SCHEMA_VERSION:
            return
        backup = self._backup(version) if version > 0 else None
        with self._write() as db:
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
        folder.mkdir(exist_ok=True)
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = folder / f"index-v{version}-{stamp}.sqlite3"
        if target.exists():
            target = folder / f"index-v{version}-{stamp}-{os.getpid()}.sqlite3"
        partial = target.with_suffix(".partial")
        copy = sqlite3.connect(partial)
        try:
            with self._guard():
                self._db.backup(copy)
        finally:
            copy.close()
        os.replace(partial, target)
        return target

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
        file is left where it is.
        """
        if not isinstance(report, dict) or "transcript" not in report:
            raise ValueError("report must be the dict from rehearse.report.to_dict")
        created = time.time() if created is None else float(created)
        incoming = self.attempts_dir / f"{INCOMING_PREFIX}{uuid.uuid4().hex}"
        incoming.mkdir(parents=True)
        meta = {
            "created": created,
            "prompt_id": prompt_id,
            "story": story,
            "model": model,
            "report": report,
        }
        try:
            if audio is not None:
                encode_flac(Path(audio), incoming / AUDIO_NAME)
            _write_synced(incoming / META_NAME, json.dumps(meta, ensure_ascii=False).encode())
            with self._write() as db:
                self._sweep(db)
                attempt_id = db.execute(
                    "INSERT INTO attempts (created, prompt_id, story, model, report, "
                    "report_schema) VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        created,
                        prompt_id,
                        story,
                        model,
                        json.dumps(report, ensure_ascii=False),
                        report.get("schema_version", 1),
                    ),
                ).lastrowid
                if audio is not None:
                    relative = f"{ATTEMPTS_DIR}/{attempt_id}/{AUDIO_NAME}"
                    db.execute("UPDATE attempts SET audio = ? WHERE id = ?", (relative, attempt_id))
                final = self.attempts_dir / str(attempt_id)
                if final.exists():  # left by a save killed between its rename and its commit
                    shutil.rmtree(final)
                os.replace(incoming, final)
                _sync_dir(self.attempts_dir)
        except BaseException:
            shutil.rmtree(incoming, ignore_errors=True)
            raise
        if audio is not None and _is_under(Path(audio), self.root / RECORDINGS_DIR):
            Path(audio).unlink(missing_ok=True)  # the FLAC now holds it
        return attempt_id

    def _sweep(self, db: sqlite3.Connection) -> None:
        """Remove folders no committed row owns. Called with the write lock held, so no save is
        between its rename and its commit; a young incoming folder may be a save in progress."""
        ids = {row[0] for row in db.execute("SELECT id FROM attempts")}
        now = time.time()
        for entry in self.attempts_dir.iterdir():
            if entry.name.isdigit() and int(entry.name) not in ids:
                shutil.rmtree(entry, ignore_errors=True)
            elif entry.name.startswith(INCOMING_PREFIX):
                with contextlib.suppress(OSError):
                    if now - entry.stat().st_mtime > STALE_INCOMING_S:
                        shutil.rmtree(entry, ignore_errors=True)

    def get(self, attempt_id: int) -> Attempt:
        """The attempt with this id."""
        with self._guard():
            row = self._db.execute(
                f"SELECT {COLUMNS} FROM attempts WHERE id = ?", (int(attempt_id),)
            ).fetchone()
        if row is None:
            raise RehearseError(f"no attempt {attempt_id}: see `rehearse history`")
        return self._attempt(row)

    def list(self, prompt_id: str | None = None) -> list[Attempt]:
        """Every attempt, or one prompt's, newest first."""
        query = f"SELECT {COLUMNS} FROM attempts"
        params: tuple = ()
        if prompt_id is not None:
            query += " WHERE prompt_id = ?"
            params = (prompt_id,)
        with self._guard():
            rows = self._db.execute(query + " ORDER BY created DESC, id DESC", params).fetchall()
        return [self._attempt(row) for row in rows]

    def forget(self, attempt_id: int) -> None:
        """Delete an attempt: its row, then its files."""
        self.get(attempt_id)  # an unknown id is an error, not a silent no-op
        with self._write() as db:
            db.execute("DELETE FROM attempts WHERE id = ?", (int(attempt_id),))
        # After the commit: a kill here leaves a folder without a row, which the next save sweeps.
        shutil.rmtree(self.attempts_dir / str(int(attempt_id)), ignore_errors=True)

    def _attempt(self, row: tuple) -> Attempt:
        """An Attempt from an index row."""
        attempt_id, created, prompt_id, story, model, audio, report = row
        try:
            data = json.loads(report)
        except ValueError:
            raise RehearseError(
                f"{self.path}: attempt {attempt_id}'s report is damaged (not JSON); "
                f"`rehearse forget {attempt_id}` removes it"
            ) from None
        return Attempt(
            id=attempt_id,
            created=created,
            prompt_id=prompt_id,
            story=story,
            model=model,
            audio_path=self.root / audio if audio else None,
            data=data,
        )


def encode_flac(source: Path, target: Path) -> None:
    """Decode any audio file to 16 kHz mono and write it as FLAC, synced to disk."""
    import av

    from . import audio

    with av.open(str(target), "w", format="flac") as out:
        stream = out.add_stream("flac", rate=audio.SAMPLE_RATE, layout="mono")
        pts = 0
        for block in audio.blocks(source):
            frame = av.AudioFrame.from_ndarray(block.reshape(1, -1), format="s16", layout="mono")
            frame.sample_rate = audio.SAMPLE_RATE
            frame.pts = pts
            pts += len(block)
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    with open(target, "rb+") as f:
        os.fsync(f.fileno())


def _write_synced(path: Path, data: bytes) -> None:
    """Write a file and push it to disk before anything points at it."""
    with open(path, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def _sync_dir(path: Path) -> None:
    """Make a rename inside a folder durable."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _is_under(path: Path, folder: Path) -> bool:
    """Whether path lies inside folder (after resolving links)."""
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True
