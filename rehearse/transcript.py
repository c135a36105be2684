"""The types that flow from transcription into analysis: a Transcript of timed Words."""

from __future__ import annotations

from dataclasses import dataclass, field

# How decoders and transcribers spell a hesitation sound: the decoder's filters and the acoustic
# detector both ask whether a word is one of these.
HESITATIONS = frozenset({"um", "uh", "er", "ah", "hmm", "umm", "uhh", "hm", "mm"})


@dataclass
class Word:
    """One spoken (or written) word; times are seconds from the start of the audio, None for text."""

    text: str
    start: float | None = None
    end: float | None = None
    probability: float = 1.0
    source: str = "asr"  # "asr": the decoder wrote it; "acoustic": heard in the audio only
    pitch_st: float | None = None  # median pitch, semitones re 100 Hz (None: unvoiced or text)
    level_db: float | None = None  # loudness near its loudest, dB re full scale


def bare(text: str) -> str:
    """A word without surrounding punctuation, lower case."""
    return text.strip(".,!?;:-\"'").lower()


def is_hesitation(word: Word) -> bool:
    """Whether a word is a hesitation sound ("um", "uh", ...), however punctuated."""
    return bare(word.text) in HESITATIONS


@dataclass
class Region:
    """A stretch of speech found by the voice activity detector, in seconds."""

    start: float
    end: float

    @property
    def duration(self) -> float:
        return self.end - self.start


@dataclass
class Transcript:
    """Everything analysis needs from a source: words, speech regions and how long the source is."""

    words: list[Word]
    regions: list[Region] = field(default_factory=list)
    duration_s: float | None = None
    kind: str = "audio"  # "audio" or "text"
    language: str = "en"
    uncovered: list[Region] = field(default_factory=list)  # speech no word accounts for

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def timed(self) -> bool:
        return self.kind == "audio"


def clock(seconds: float) -> str:
    """Seconds as m:ss, the way the terminal and HTML reports show times."""
    seconds = round(seconds)
    return f"{seconds // 60}:{seconds % 60:02d}"
