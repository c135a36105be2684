"""Where practice recordings go, which prompt comes next, and how a recording becomes an attempt.

A recording is written to <data dir>/recordings/<local start time>_<prompt id>.wav while it is
spoken, then saved in the store as a FLAC (store.save removes the WAV once it is committed).
"""

from __future__ import annotations

import random
import re
from datetime import datetime
from pathlib import Path

from ..errors import RehearseError
from ..store import ATTEMPTS_DIR, AUDIO_NAME, INDEX_NAME, RECORDINGS_DIR, Store, data_dir

NAME = re.compile(r"^(?P<stamp>\d{8}-\d{6}(?:-\d+)?)_(?P<prompt>[a-z0-9-]+)\.wav$")


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


def answered(folder: Path) -> dict[str, int]:
    """Answers per prompt id: stored attempts plus recordings in the folder not stored (yet)."""
    counts = stored(folder.parent)
    for prompt_id, n in practised(folder).items():
        counts[prompt_id] = counts.get(prompt_id, 0) + n
    return counts


def choose_prompt(guide, counts: dict[str, int], rng: random.Random | None = None):
    """A prompt with the fewest answers so far, picked at random among those."""
    fewest = min(counts.get(p.id, 0) for p in guide.prompts)
    return (rng or random).choice([p for p in guide.prompts if counts.get(p.id, 0) == fewest])


def recording_path(folder: Path, prompt_id: str, now: datetime | None = None) -> Path:
    """A new file name: the local start time, then the prompt id, e.g. 20250301-091500_deadline.wav."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    path = folder / f"{stamp}_{prompt_id}.wav"
    n = 2
    while path.exists():
        path = folder / f"{stamp}-{n}_{prompt_id}.wav"
        n += 1
    return path


def save_attempt(
    data: dict, wav: Path, root: Path, prompt_id: str, story: str | None, model: str | None
) -> int:
    """Keep the attempt: the recording becomes a FLAC in the store, the WAV is then removed.

    data["practice"]["recording"] is set to where the FLAC now is."""
    try:
        with Store(root) as store:
            attempt = store.save(data, wav, prompt_id, story, model)
    except RehearseError as e:
        raise RehearseError(f"{e} (the recording is kept: {wav})") from None
    data["practice"]["recording"] = str(root / ATTEMPTS_DIR / str(attempt) / AUDIO_NAME)
    return attempt
