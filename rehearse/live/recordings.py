"""Where practice recordings go, which prompt comes next, and how a recording becomes an attempt.

A recording is written to <data dir>/recordings/<local start time>_<prompt id>.wav while it is
spoken, then saved in the store as a FLAC (store.save removes the WAV once it is committed).
The file is created (exclusively, so two runs never share one) before capture starts and is
locked while its run lives; a WAV with audio that no run holds and no attempt holds is an
unfinished recording (a run that was killed), which practice, history and doctor offer back.
"""

from __future__ import annotations

import contextlib
import os
import random
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..errors import RehearseError
from ..store import ATTEMPTS_DIR, AUDIO_NAME, INDEX_NAME, RECORDINGS_DIR, Store, data_dir

try:  # POSIX: a run's lock on its recording; elsewhere recordings are just not locked
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None

NAME = re.compile(r"^(?P<stamp>\d{8}-\d{6})(?:-\d+)?_(?P<prompt>[a-z0-9-]+)\.wav$")
STAMP = "%Y%m%d-%H%M%S"  # the local start time in a recording's name
WAV_HEADER_BYTES = 44  # audio.WavWriter.HEADER_BYTES, without importing numpy to list a folder
WAV_BYTES_PER_S = 32000  # 16 kHz, 16-bit mono
STALE_EMPTY_S = 60.0  # an empty recording no run holds, this old, was left by a killed run


def recordings_dir(option: str | None) -> Path:
    """The folder recordings go to, created and checked for writing now rather than mid-answer."""
    folder = data_dir(option) / RECORDINGS_DIR
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".write-test-{id(folder)}"
        probe.touch()
        probe.unlink()
    except OSError as e:
        raise RehearseError(
            f"cannot write recordings to {folder} ({e.strerror or e}): use --data-dir DIR"
        ) from None
    return folder


def practised(folder: Path) -> dict[str, int]:
    """How many recordings each prompt id has in the folder."""
    counts: dict[str, int] = {}
    for path in folder.glob("*.wav"):
        match = NAME.match(path.name)
        if match:
            counts[match["prompt"]] = counts.get(match["prompt"], 0) + 1
    return counts


def stored(root: Path) -> dict[str, int]:
    """How many stored attempts each prompt id has (none before the first one is stored)."""
    counts: dict[str, int] = {}
    if (root / INDEX_NAME).exists():
        with Store(root) as store:
            for attempt in store.list():
                if attempt.prompt_id:
                    counts[attempt.prompt_id] = counts.get(attempt.prompt_id, 0) + 1
    return counts


def answered(folder: Path, left: list[Unfinished] | None = None) -> dict[str, int]:
    """Answers per prompt id: stored attempts plus unfinished recordings (not stored yet)."""
    counts = stored(folder.parent)
    for u in unfinished(folder.parent) if left is None else left:
        if u.prompt_id:
            counts[u.prompt_id] = counts.get(u.prompt_id, 0) + 1
    return counts


def choose_prompt(guide, counts: dict[str, int], rng: random.Random | None = None):
    """A prompt with the fewest answers so far, picked at random among those."""
    fewest = min(counts.get(p.id, 0) for p in guide.prompts)
    return (rng or random).choice([p for p in guide.prompts if counts.get(p.id, 0) == fewest])


def _names(folder: Path, prompt_id: str, now: datetime | None) -> Iterator[Path]:
    """Candidate file names: the local start time, then the prompt id, then -2, -3 ... after it."""
    stamp = (now or datetime.now()).strftime(STAMP)
    yield folder / f"{stamp}_{prompt_id}.wav"
    n = 2
    while True:
        yield folder / f"{stamp}-{n}_{prompt_id}.wav"
        n += 1


def recording_path(folder: Path, prompt_id: str, now: datetime | None = None) -> Path:
    """A free file name, e.g. 20250301-091500_deadline.wav (claim() is what practice uses: a
    name that is free now may be taken by another run before it is created)."""
    return next(path for path in _names(folder, prompt_id, now) if not path.exists())


@dataclass
class Claim:
    """A recording created for one run: its open WavWriter and the lock that says it is in use."""

    writer: object  # audio.WavWriter
    lock_fd: int | None

    @property
    def path(self) -> Path:
        return self.writer.path

    def release(self) -> None:
        """Close the file and drop the lock; a recording that holds no audio is removed."""
        # A failed sync changes nothing: every block written was handed to the OS, header true.
        with contextlib.suppress(OSError):
            self.writer.close()
        if self.writer.frames == 0:
            self.path.unlink(missing_ok=True)
        if self.lock_fd is not None:
            os.close(self.lock_fd)
            self.lock_fd = None


def claim(folder: Path, prompt_id: str, now: datetime | None = None) -> Claim:
    """Create a new recording exclusively (never another run's file) and lock it for this run."""
    from ..audio import WavWriter

    for path in _names(folder, prompt_id, now):
        try:
            writer = WavWriter(path, exclusive=True)
        except FileExistsError:
            continue
        except OSError as e:
            raise RehearseError(
                f"cannot create a recording in {folder} ({e.strerror or e}): free some space "
                "or use --data-dir DIR"
            ) from None
        return Claim(writer, _lock(path))
    raise AssertionError("unreachable")  # _names never ends


def _lock(path: Path) -> int | None:
    """Hold an exclusive lock on the file until released or until the process ends."""
    if fcntl is None:
        return None
    fd = os.open(path, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # just created by us: nobody else holds it
    return fd


def in_use(path: Path) -> bool:
    """Whether a running practice holds the recording (a killed one holds nothing)."""
    if fcntl is None:
        return False
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return True  # gone meanwhile: not ours to offer
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


@dataclass
class Unfinished:
    """A recording a killed run left: audio on disk that no attempt holds."""

    path: Path
    started: float  # unix seconds: the start time in its name, else when it was last written
    seconds: float  # length of the audio in it
    prompt_id: str | None
    root: Path  # the data directory it lies in

    def message(self) -> str:
        """One line saying when it was recorded, where it is and how to keep it."""
        from ..transcript import clock

        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(self.started))
        return (
            f"an unfinished recording from {when} ({clock(self.seconds)}) is at {self.path}: "
            f"`{keep_command(self.path, self.prompt_id, self.root)}` keeps it"
        )


def keep_command(path: Path, prompt_id: str | None, root: Path) -> str:
    """The command that analyzes a recording and stores it in the data directory it came from."""
    import shlex

    from ..store import data_dir

    words = ["rehearse", "analyze", shlex.quote(str(path))]
    if prompt_id:
        words += ["--prompt", prompt_id]
    words.append("--save")
    if Path(root).resolve() != data_dir().resolve():
        words += ["--data-dir", shlex.quote(str(root))]
    return " ".join(words)


def unfinished(root: Path) -> list[Unfinished]:
    """Recordings under root/recordings/ with audio in them that no running practice and no
    stored attempt holds, oldest first (what practice, history and doctor offer back)."""
    folder = root / RECORDINGS_DIR
    if not folder.is_dir():
        return []
    held = _held(root)
    found = []
    for path in sorted(folder.glob("*.wav")):
        try:
            size, mtime = path.stat().st_size, path.stat().st_mtime
        except OSError:
            continue
        if size <= WAV_HEADER_BYTES or path.name in held or in_use(path):
            continue
        match = NAME.match(path.name)
        started = mtime
        if match:
            started = datetime.strptime(match["stamp"], STAMP).timestamp()
        seconds = (size - WAV_HEADER_BYTES) / WAV_BYTES_PER_S
        found.append(Unfinished(path, started, seconds, match["prompt"] if match else None, root))
    return sorted(found, key=lambda u: (u.started, u.path.name))


def _held(root: Path) -> set[str]:
    """Names of the recordings stored attempts were made from (a run killed after its attempt
    was committed, before the WAV was removed, leaves one behind: it is not unfinished)."""
    if not (root / INDEX_NAME).exists():
        return set()
    names = set()
    try:
        with Store(root) as store:
            for attempt in store.list():
                source = attempt.data.get("source") if isinstance(attempt.data, dict) else None
                if isinstance(source, dict) and isinstance(source.get("path"), str):
                    names.add(Path(source["path"]).name)
    except RehearseError:
        pass  # an index that cannot be read holds nothing we can tell: offer everything
    return names


def sweep_empty(folder: Path) -> None:
    """Remove recordings that hold no audio and that no run holds, left by runs killed before
    anyone spoke (young ones may be a run that is just starting)."""
    now = time.time()
    for path in folder.glob("*.wav"):
        try:
            stat = path.stat()
        except OSError:
            continue
        empty = stat.st_size <= WAV_HEADER_BYTES
        if empty and now - stat.st_mtime > STALE_EMPTY_S and not in_use(path):
            path.unlink(missing_ok=True)


def save_attempt(
    data: dict, wav: Path, root: Path, prompt_id: str, story: str | None, model: str | None
) -> int:
    """Keep the attempt: the recording becomes a FLAC in the store, the WAV is then removed.

    data["practice"]["recording"] is set to where the FLAC now is. A save that fails (a full
    disk, a folder that cannot be written, a damaged index) is one RehearseError that names the
    WAV, which is kept: a failed save rolls back before removing anything."""
    try:
        with Store(root) as store:
            attempt = store.save(data, wav, prompt_id, story, model)
    except (RehearseError, OSError) as e:
        reason = str(e) if isinstance(e, RehearseError) else _reason(e)
        raise RehearseError(
            f"could not store the attempt ({reason}); the recording is kept at {wav}: "
            f"`{keep_command(wav, prompt_id, root)}` keeps it once that is fixed"
        ) from None
    data["practice"]["recording"] = str(root / ATTEMPTS_DIR / str(attempt) / AUDIO_NAME)
    return attempt


def _reason(error: OSError) -> str:
    """An OSError as a short reason with the file it is about."""
    text = error.strerror or str(error)
    return f"{text}: {error.filename}" if error.filename else text
