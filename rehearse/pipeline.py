"""Run the stages in order for one source: file → audio blocks → speech → words → Report."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

from . import audio
from .analysis import Report, analyze
from .errors import RehearseError
from .guide import Guide, Prompt
from .transcript import Transcript, Word, clock

UNHEARD_WARN_SHARE = 0.03  # warn when more than this share of speaking time has no words
TEXT_SUFFIXES = {".txt", ".md"}  # anything else is decoded as audio
# A written answer of several minutes is a few KB; 64 KB is ~10,000 words, over an hour spoken,
# and analyses in 0.5 s (measured). A bigger file is not one answer (5 MB took 45 s and 1.6 GB).
MAX_DRAFT_BYTES = 64 * 1024
# Decoded audio this much shorter than the container declares is a cut file, not encoder padding
# (MP3, WAV and FLAC decode to their declared length to the sample on our fixtures).
TRUNCATED_SLACK_S = 0.5
LANGUAGE_NAMES = {
    "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
    "nl": "Dutch", "ru": "Russian", "zh": "Chinese", "ja": "Japanese", "ko": "Korean",
    "hi": "Hindi", "ar": "Arabic", "pl": "Polish", "tr": "Turkish", "sv": "Swedish",
    "nn": "Norwegian Nynorsk", "no": "Norwegian", "da": "Danish", "yi": "Yiddish", "cy": "Welsh",
}  # fmt: skip


def is_text(path: str | Path) -> bool:
    """A written draft rather than a recording."""
    return Path(path).suffix.lower() in TEXT_SUFFIXES


def read_text(path: str | Path) -> Transcript:
    """A written draft as an untimed Transcript."""
    path = audio.check_file(path)
    size = path.stat().st_size
    if size > MAX_DRAFT_BYTES:
        raise RehearseError(
            f"{path} is {size / 1024:.0f} KB: a written answer is a few KB (up to "
            f"{MAX_DRAFT_BYTES // 1024} KB here); give the draft of one answer"
        )
    try:
        content = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise RehearseError(f"{path} is not UTF-8 text: save the draft as plain UTF-8") from None
    tokens = re.findall(r"\S+", content)
    if not tokens:
        raise RehearseError(f"{path} has no words in it: write the answer you plan to say")
    return Transcript(words=[Word(t) for t in tokens], kind="text", duration_s=None)


def check_speech(transcript: Transcript, path: str | Path, recording) -> list[str]:
    """Refuse a recording with no speech or speech that is not English; return warnings."""
    if not transcript.regions or not transcript.words:
        raise RehearseError(f"no speech detected in {path}: check the microphone level or the file")
    from .models import BASE_HINT
    from .transcribe import ENGLISH_MIN_PROB, LOW_CONFIDENCE

    probs = recording.languages()
    if probs is not None:
        english = dict(probs).get("en", 0.0)
        if english < ENGLISH_MIN_PROB:
            heard = ", ".join(f"{LANGUAGE_NAMES.get(c, c)} {p:.2f}" for c, p in probs[:2])
            raise RehearseError(
                f"the speech in {path} is not English (the model hears {heard}; English "
                f"{english:.2f}): rehearse coaches English answers"
            )
        return []
    if recording.confidence() < LOW_CONFIDENCE:
        # No model here can name the language, and the words are far less sure than an English
        # answer's: median word confidence measured 0.90-0.99 on English (fixtures, LibriVox, JFK,
        # AMI, espeak), 0.11-0.35 on seven answers in six other languages, 0.36 on Apollo 11 radio.
        # Grading would coach words nobody said, so refuse and say how to find out which it is.
        raise RehearseError(
            f"the transcript of {path} is too unsure to grade (median word confidence "
            f"{recording.confidence():.2f}; clear English answers score above 0.9): the answer "
            "may not be in English, or the recording is very noisy. Re-record closer to the "
            f"microphone, or install the base model so rehearse can tell which: {BASE_HINT}"
        )
    return []


def analyze_path(
    path: str | Path,
    guide: Guide,
    prompt: Prompt | None = None,
    model: str | None = None,
    on_progress: Callable[[float], None] | None = None,
    transcriber=None,
) -> Report:
    """Analyze a recording or a written draft end to end."""
    if is_text(path):
        report = analyze(read_text(path), guide, prompt)
        report.source_path = str(path)
        return report
    from .models import DEFAULT_MODEL
    from .transcribe import Transcriber, transcribe

    blocks = audio.blocks(path)
    first = next(blocks)  # fail on a bad file before the model is loaded
    transcriber = transcriber or Transcriber(model or DEFAULT_MODEL)

    def all_blocks():
        yield first
        yield from blocks

    recording = transcriber.recording()
    transcript = transcribe(all_blocks(), recording, on_progress)
    cut = truncated(path, audio.duration(path), transcript.duration_s)
    return report_for(transcript, recording, guide, prompt, path, cut)


def truncated(path: str | Path, declared_s: float | None, decoded_s: float | None) -> list[str]:
    """A warning when the file holds less audio than its header declares: a cut file is graded
    on what is there (its speech is real), and the warning names what is missing."""
    if declared_s is None or decoded_s is None or declared_s - decoded_s <= TRUNCATED_SLACK_S:
        return []
    missing = declared_s - decoded_s
    return [
        f"{path} declares {clock(declared_s)} but holds {clock(decoded_s)} of audio: the last "
        f"{missing:.0f} s are missing (a cut or unfinished file?); the report covers only what "
        "is there"
    ]


def unheard(transcript: Transcript, report: Report) -> list[str]:
    """A warning when speech the model could not turn into words is a noticeable part of the answer."""
    lost = sum(r.duration for r in transcript.uncovered)
    speaking = report.timing.speaking_time_s if report.timing else 0.0
    if not speaking or lost <= UNHEARD_WARN_SHARE * speaking:
        return []
    spots = ", ".join(f"{clock(r.start)}-{clock(r.end)}" for r in transcript.uncovered[:3])
    return [
        f"{lost:.0f} s of speech could not be transcribed (at {spots}): the report leaves it out; "
        "speak closer to the microphone, or try --model base"
    ]


def report_for(
    transcript: Transcript,
    recording,
    guide: Guide,
    prompt: Prompt | None,
    source_path: str | Path,
    warnings: Iterable[str] = (),
) -> Report:
    """The Report of a transcribed recording, for `analyze` and `practice` alike: refuse it if
    nothing English was said, then analyze; `warnings` (the caller's) follow the speech checks'."""
    checked = check_speech(transcript, source_path, recording)
    report = analyze(transcript, guide, prompt)
    report.warnings = checked + unheard(transcript, report) + list(warnings)
    report.source_path = str(source_path)
    report.model = recording.name
    return report
