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
        return [
            f"the transcript is unsure (median word confidence {recording.confidence():.2f}): "
            f"the recording may be noisy or not English; {BASE_HINT} lets rehearse tell which"
        ]
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
    return report_for(transcript, recording, guide, prompt, path)


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
