"""Speech to timed words: faster-whisper run on windows of detected speech, checked for coverage.

A `Transcriber` holds one loaded model; each recording gets its own `Recording` (its words'
confidences, its first window for language identification, the speech it could not account for),
so nothing from one recording, or from the warm-up, reaches another. Every decoded window is checked
against the speech webrtcvad found in it (rehearse/coverage.py): skipped speech is re-decoded on its
own, loops are re-decoded or cut, and what stays unheard is reported, never silently lost.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable

import numpy as np

from . import hesitations, prosody
from .audio import SAMPLE_RATE, to_float
from .coverage import collapse_loops, loops, too_dense, uncovered
from .decoder import Setting
from .errors import RehearseError
from .models import DEFAULT_MODEL, load_model
from .transcript import HESITATIONS, Region, Transcript, Word
from .windows import PAD_S, Stream, Window

BEAM_SIZE = 1  # greedy: beam 5 cost 1.7x the time here for the same words on our fixtures
# Whisper was trained to drop disfluencies; a disfluent prompt and the fillers as hotwords keep them.
FILLER_PROMPT = "Umm, so, uh, I mean, like, you know, I, uh, hmm, kind of fixed it."
FILLER_HOTWORDS = "Um, uh, hmm, er, ah"
# The filler prompt makes the model invent the odd "uh" at a sentence start; those come with a
# probability of ~0 (true ones measured 0.02-0.8 on the fixtures), so they are dropped.
INVENTED_FILLER_PROB = 0.01
MAX_SAME_HESITATIONS = 2  # "um, um" happens; six "hmm"s in a row is the decoder looping
# A hesitation must lie in speech the VAD found. Slack for the VAD's 30 ms frames.
HESITATION_SLACK_S = 0.05
# The prompted model likes to end a window with a "hmm." nobody said, timed over the last syllable
# of the word before. A hesitation that ends a window is kept only when this much voice follows
# the word before it: invented ones had 0.07-0.17 s (the tail of that word), a real "um" lasts
# 0.2-1 s (measured on the fixtures).
TRAILING_HESITATION_MIN_S = 0.2
NO_SPEECH_PROB = (
    0.6  # a segment this likely to be silence, and with low log-probability, is dropped
)
LOW_LOGPROB = -1.0
ENGLISH_MIN_PROB = 0.5  # language identification: below this chance of English, refuse the audio
# Median word probability under which an English-only model may be hearing another language:
# 0.81-0.99 on our English fixtures and LibriVox, 0.39 on German, 0.43 on Apollo radio.
LOW_CONFIDENCE = 0.6
LANGUAGE_ID_MODEL = "base"  # the multilingual model that can name the language
# No temperature fallback on the first pass: a window that fails faster-whisper's checks was
# decoded up to six times (measured: 3 of 29 windows, a third of the time). Only the re-decodes of
# stretches the guard flags use the fallback, with a fixed seed so a file gives the same words.
TEMPERATURE = 0.0
RETRY_TEMPERATURES = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)
SEED = 0
PROMPTED = Setting(FILLER_PROMPT, FILLER_HOTWORDS, (TEMPERATURE,))  # every window's first pass
# The last words of the window before go to the next one's prompt, as Whisper was trained to read
# them: short live windows lose the sense of the sentence without them. 15 words, fitted on the old
# and hard dev fixtures (bench/accuracy.py, practice word recall mean/min: old 0.965/0.945 with
# none, 0.974/0.964 with 15, 0.973/0.949 with 30 or 60; hard dev 0.981 -> 0.986).
CONTEXT_WORDS = 15
RETRY = Setting(None, None, RETRY_TEMPERATURES)  # the guard's retries


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


def _unheard_hesitation(word: Word, regions: list[Region]) -> bool:
    """A hesitation centred where the VAD heard no voice: invented in the silence around speech.

    The centre, not the overlap: the decoder gives some hesitations no duration at all."""
    if _bare(word.text) not in HESITATIONS:
        return False
    centre = (word.start + word.end) / 2
    return not any(
        r.start - HESITATION_SLACK_S <= centre <= r.end + HESITATION_SLACK_S for r in regions
    )


def _trailing_unheard(words: list[Word], regions: list[Region]) -> list[Word]:
    """The words without the hesitations ending them that have too little voice to be real."""
    end = len(words)
    while end and _bare(words[end - 1].text) in HESITATIONS:
        end -= 1
    if end == len(words):
        return words
    after = words[end - 1].end if end else min((r.start for r in regions), default=0.0)
    voiced = sum(max(0.0, r.end - max(r.start, after)) for r in regions)
    return words if voiced >= TRAILING_HESITATION_MIN_S else words[:end]


def _merge(words: list[Word], new: list[Word]) -> list[Word]:
    """Words from a re-decode added in time order, leaving out any that overlap a word kept."""
    fresh = [
        n
        for n in new
        if not any(
            min(n.end, w.end) - max(n.start, w.start) > 0.5 * (n.end - n.start) for w in words
        )
    ]
    return sorted(words + fresh, key=lambda w: w.start)


class Transcriber:
    """One loaded model; `recording()` gives the state of one recording that decodes its windows."""

    def __init__(self, model: str = DEFAULT_MODEL):
        from .decoder import Decoder

        self.name = model
        self.model = load_model(model)
        self.multilingual = bool(self.model.model.is_multilingual)
        self.decoder = Decoder(self.model, LOW_LOGPROB, NO_SPEECH_PROB)

    def recording(self) -> Recording:
        """Fresh per-recording state: words, confidences and unheard speech start empty."""
        return Recording(self)

    def decode(self, window: Window, prompted: bool = True, context: str = "") -> list[Word]:
        """Timed words of one window, relative to the recording: one pass, no guard.

        A prompted decode reads `context` (what was said just before) after the filler prompt.
        Unprompted decodes are retries and use the temperature fallback; a retry of the window
        decoded last reuses its encoder output (rehearse/decoder.py)."""
        import ctranslate2

        ctranslate2.set_random_seed(SEED)
        setting = PROMPTED if prompted else RETRY
        if prompted and context:
            setting = Setting(f"{FILLER_PROMPT} {context}", FILLER_HOTWORDS, PROMPTED.temperatures)
        segments = self.decoder.segments(window.samples, setting, BEAM_SIZE)
        out: list[Word] = []
        end_s = window.end_s
        for segment in segments:
            for k, w in enumerate(segment["words"]):
                text = w["word"].strip()
                if not text or _invented(text, w["probability"], out):
                    continue
                start = min(window.offset_s + w["start"], end_s)
                end = min(window.offset_s + w["end"], end_s)
                if k and out and not w["word"].startswith(" "):
                    # faster-whisper starts a word at each punctuation token: "1", ".8", "%" and
                    # "third", "-party" were said as one word
                    out[-1] = _joined(out[-1], text, end, w["probability"])
                    continue
                out.append(Word(text, round(start, 3), round(end, 3), round(w["probability"], 3)))
        return out


class Recording:
    """Decodes the windows of one recording and checks each against the speech found in it."""

    def __init__(self, transcriber: Transcriber):
        self.transcriber = transcriber
        self.name = transcriber.name
        self.probabilities: list[float] = []
        self.first_window: np.ndarray | None = None  # kept to identify the language afterwards
        self.uncovered: list[Region] = []  # speech no decode accounted for
        self.redecodes = 0  # extra decodes the guard ran, for the benches
        self.acoustic = 0  # hesitations heard in the audio that the decoder left out
        self.context = ""  # the last words decoded, given to the next window as what came before

    def fork(self) -> Recording:
        """A copy in the same state, to decode a window that may be thrown away (practice decodes
        the answer's last window before it knows it is the last); its lists are its own."""
        twin = copy.copy(self)
        twin.probabilities = list(self.probabilities)
        twin.uncovered = list(self.uncovered)
        return twin

    def words(self, window: Window) -> list[Word]:
        """Transcribe one window with the guard; times are relative to the start of the recording."""
        if self.first_window is None:
            self.first_window = window.samples
        words = self.transcriber.decode(window, context=self.context)
        if window.regions and (loops(words) or too_dense(words, window.regions)):
            self.redecodes += 1
            retry = self.transcriber.decode(window, prompted=False)
            if len(loops(retry)) < len(loops(words)) or too_dense(words, window.regions):
                words = retry
            words = collapse_loops(words)
        for gap in uncovered(window.regions, words):
            words = self._fill(window, gap, words)
        words = [w for w in words if not _unheard_hesitation(w, window.regions)]
        words = _trailing_unheard(words, window.regions)
        self.probabilities += [w.probability for w in words]  # the decoder's words only
        # Whisper leaves many filled pauses out, most of all before a pause: listen for them.
        frames = hesitations.features(window.samples, window.offset_s)
        heard = hesitations.find(window.samples, window.offset_s, window.regions, words, frames)
        # Each word's pitch and loudness, from the same frames (the delivery analysis reads them).
        words = prosody.measure(sorted(words + heard, key=lambda w: w.start), frames)
        self.acoustic += len(heard)
        self.uncovered += uncovered(window.regions, words)
        said = [w.text for w in words if _bare(w.text) not in HESITATIONS]
        self.context = " ".join(said[-CONTEXT_WORDS:])
        return words

    def _fill(self, window: Window, gap: Region, words: list[Word]) -> list[Word]:
        """Re-decode a stretch of speech no word accounted for, on its own, and merge its words."""
        lo = max(0, round((gap.start - PAD_S - window.offset_s) * SAMPLE_RATE))
        hi = min(len(window.samples), round((gap.end + PAD_S - window.offset_s) * SAMPLE_RATE))
        piece = Window(window.offset_s + lo / SAMPLE_RATE, window.samples[lo:hi], [gap])
        best = words
        for prompted in (True, False):
            self.redecodes += 1
            new = self.transcriber.decode(piece, prompted=prompted)
            new = collapse_loops([w for w in new if gap.start - PAD_S <= (w.start + w.end) / 2])
            merged = _merge(words, [w for w in new if (w.start + w.end) / 2 <= gap.end + PAD_S])
            if not uncovered([gap], merged):
                return merged
            if _left(gap, merged) < _left(gap, best):
                best = merged
        return best

    def confidence(self) -> float:
        """Median probability of the words heard so far (1.0 when there are none)."""
        return float(np.median(self.probabilities)) if self.probabilities else 1.0

    def languages(self) -> list[tuple[str, float]] | None:
        """Language probabilities of the first window, most likely first, when a model can tell.

        A multilingual model is always asked; an English-only one only when its words came out
        unsure, and then the bundled multilingual model is borrowed if it is installed."""
        if self.first_window is None:
            return None
        if self.transcriber.multilingual:
            model = self.transcriber.model
        elif self.confidence() < LOW_CONFIDENCE:
            try:
                model = load_model(LANGUAGE_ID_MODEL)
            except RehearseError:
                return None
        else:
            return None
        _, _, probs = model.detect_language(to_float(self.first_window[: 30 * SAMPLE_RATE]))
        return probs


def _left(gap: Region, words: list[Word]) -> float:
    """Seconds of a gap still uncovered by the words."""
    return sum(r.duration for r in uncovered([gap], words))


def transcribe(
    blocks: Iterable[np.ndarray],
    recording: Recording,
    on_progress: Callable[[float], None] | None = None,
) -> Transcript:
    """Transcribe a whole recording given as int16 blocks; speech regions come with it."""
    words: list[Word] = []
    stream = Stream(lambda window: words.extend(recording.words(window)))
    for block in blocks:
        stream.feed(block)
        if on_progress:
            on_progress(stream.time_s)
    regions = stream.finish()
    return Transcript(
        words=words,
        regions=regions,
        duration_s=round(stream.time_s, 3),
        uncovered=list(recording.uncovered),
    )
