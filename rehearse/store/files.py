"""The data directory's layout and the files of one attempt folder, which describe it fully.

An attempt folder holds answer.flac (absent for a written draft) and attempt.json (its time,
prompt, story, model and report): everything the index knows, so the index can be rebuilt from
the folders whenever it is lost or damaged.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import RehearseError

APP_NAME = "rehearse"
ENV_VAR = "REHEARSE_DATA_DIR"  # a folder that overrides the platform's user data directory
INDEX_NAME = "index.sqlite3"
ATTEMPTS_DIR = "attempts"
RECORDINGS_DIR = "recordings"
BACKUPS_DIR = "backups"
AUDIO_NAME = "answer.flac"
META_NAME = "attempt.json"
INCOMING_PREFIX = ".incoming-"  # a save's files before its row is committed
FORGOTTEN_PREFIX = ".forgotten-"  # an attempt being forgotten: .forgotten-<id>-<random>
# An attempt folder's name: its id. SQLite ids are 64-bit, so longer digit runs are not ours.
ATTEMPT_NAME = re.compile(r"^[1-9][0-9]{0,17}$")
FORGOTTEN_NAME = re.compile(r"^\.forgotten-(?P<id>[1-9][0-9]{0,17})-[0-9a-f]+$")


def data_dir(override: str | None = None) -> Path:
    """Where attempts live: --data-dir, else $REHEARSE_DATA_DIR, else the user data directory."""
    if override is not None:
        if not str(override).strip():
            raise RehearseError("--data-dir is empty: give a folder, e.g. --data-dir ~/rehearse")
        return Path(override).expanduser()
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME))


@dataclass
class Meta:
    """What attempt.json says about its attempt: the index row without the id."""

    created: float
    prompt_id: str | None
    story: str | None
    model: str | None
    report: dict

    def to_bytes(self) -> bytes:
        """The JSON document, as save writes it."""
        return json.dumps(
            {
                "created": self.created,
                "prompt_id": self.prompt_id,
                "story": self.story,
                "model": self.model,
                "report": self.report,
            },
            ensure_ascii=False,
        ).encode()


def read_meta(folder: Path) -> Meta:
    """The attempt.json of a folder; a ValueError says what is wrong with it."""
    path = folder / META_NAME
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ValueError(f"it has no {META_NAME}") from None
    except OSError as e:
        raise ValueError(f"{META_NAME} cannot be read: {e.strerror or e}") from None
    try:
        doc = json.loads(raw)
    except ValueError:
        raise ValueError(f"its {META_NAME} is not JSON") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("report"), dict):
        raise ValueError(f"its {META_NAME} holds no report")
    created = doc.get("created")
    if isinstance(created, bool) or not isinstance(created, (int, float)):
        raise ValueError(f"its {META_NAME} has no time")
    fields = [doc.get(k) for k in ("prompt_id", "story", "model")]
    if any(v is not None and not isinstance(v, str) for v in fields):
        raise ValueError(f"its {META_NAME} has a prompt, story or model that is not text")
    return Meta(float(created), *fields, doc["report"])


def attempt_folders(attempts_dir: Path) -> dict[int, Path]:
    """The attempt folders by id."""
    try:
        entries = list(attempts_dir.iterdir())
    except FileNotFoundError:
        return {}
    return {int(p.name): p for p in entries if ATTEMPT_NAME.match(p.name) and p.is_dir()}


def encode_flac(source: Path, target: Path) -> None:
    """Decode any audio file to 16 kHz mono and write it as FLAC, synced to disk."""
    import av

    from .. import audio

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


def write_synced(path: Path, data: bytes) -> None:
    """Write a file and push it to disk before anything points at it."""
    with open(path, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def sync_dir(path: Path) -> None:
    """Make a rename inside a folder durable."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def is_under(path: Path, folder: Path) -> bool:
    """Whether path lies inside folder (after resolving links)."""
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True
