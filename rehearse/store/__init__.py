"""Keep every attempt: its audio as FLAC, its JSON report, and an SQLite index to find it again.

Layout of the data directory (see data_dir()):

    index.sqlite3                   the index: one row per attempt (WAL mode: -wal, -shm beside it)
    attempts/<id>/answer.flac       the answer, 16 kHz mono FLAC (absent for a written draft)
    attempts/<id>/attempt.json      the row as JSON: the folder describes the attempt on its own
    recordings/                     WAVs that `practice` writes while recording; removed once stored
    backups/index-v<N>-<time>.sqlite3   a copy of the index taken before migrating it from version N

A save writes the files into a private folder first and then, holding the database's write lock,
inserts the row, renames the folder to attempts/<id> and commits. A kill at any point leaves the
attempt complete, or absent with its source audio where it was. The folders are the truth: a
folder the index does not list is added back from its attempt.json when the store is opened
(heal.py), and nothing under the data directory is removed except by `forget`.

files.py: layout and attempt folders · attempt.py: Attempt · index.py: Store · heal.py: repairs.
"""

from .attempt import Attempt
from .files import (
    APP_NAME,
    ATTEMPTS_DIR,
    AUDIO_NAME,
    BACKUPS_DIR,
    ENV_VAR,
    INDEX_NAME,
    META_NAME,
    RECORDINGS_DIR,
    data_dir,
    encode_flac,
)
from .index import MIGRATIONS, SCHEMA_VERSION, Store

__all__ = [
    "APP_NAME",
    "ATTEMPTS_DIR",
    "AUDIO_NAME",
    "BACKUPS_DIR",
    "ENV_VAR",
    "INDEX_NAME",
    "META_NAME",
    "MIGRATIONS",
    "RECORDINGS_DIR",
    "SCHEMA_VERSION",
    "Attempt",
    "Store",
    "data_dir",
    "encode_flac",
]
