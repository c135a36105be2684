"""One Whisper pass over a window of speech: encoded once, decoded with the settings asked for.

faster-whisper's `transcribe()` treats its input as a stream: when the decoder stops before the
end of the 30 s chunk it seeks to the last timestamp and runs the encoder again on what is left.
Our windows are speech cut at pauses (at most 28 s, rehearse/windows.py), so that tail is the
padding after the last word; measured on over_two_min, 5 of its 6 windows and a re-decode paid
that second (or third) full 30 s encoder pass, and the tails gave a lone "uh", "hmm." or words
nobody said ("this is the first one." from 0.37 s of padding). Here a window is encoded once and
decoded once, text the decoder left without a closing timestamp is kept (the audio does not go on
past the window), and speech it still skipped is the coverage guard's (rehearse/coverage.py) to
re-decode. The last encoding is kept, so a retry of the same audio with other settings (the
guard's loop retry, or its second try at a stretch) costs a decode but no encoder pass.

The pieces are faster-whisper's own (feature extractor, tokenizer, `generate_with_fallback`,
`add_word_timestamps`); faster-whisper is pinned below 1.3 in pyproject.toml for that reason.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from .audio import to_float

CHUNK_FRAMES = 3000  # the encoder's input: 30 s of 10 ms mel frames, the window zero-padded to it
FRAMES_PER_S = 100  # mel frames per second of audio
TIMESTAMP_S = 0.02  # seconds per step of the decoder's timestamp tokens
PUNCT_BEFORE = "\"'“¿([{-"  # faster-whisper's defaults: punctuation joined to the next word
PUNCT_AFTER = "\"'.。,，!！?？:：”)]}、"  # and to the word before


@dataclass
class Encoded:
    """A window's encoder output, kept beside the samples it was computed from."""

    samples: np.ndarray
    output: object  # ctranslate2.StorageView
    frames: int  # mel frames of the window itself (the rest of the 30 s is padding)


@dataclass
class Setting:
    """How to decode: the prompt given, and the temperatures tried in turn on failure."""

    prompt: str | None
    hotwords: str | None
    temperatures: tuple[float, ...]


class Decoder:
    """A loaded faster-whisper model run one pass per window, in English."""

    def __init__(self, model, log_prob_threshold: float, no_speech_threshold: float):
        from faster_whisper.tokenizer import Tokenizer
        from faster_whisper.transcribe import TranscriptionOptions, get_suppressed_tokens

        self.model = model
        self.tokenizer = Tokenizer(
            model.hf_tokenizer, model.model.is_multilingual, task="transcribe", language="en"
        )
        self.options = TranscriptionOptions(
            beam_size=1, best_of=5, patience=1, length_penalty=1, repetition_penalty=1,
            no_repeat_ngram_size=0, log_prob_threshold=log_prob_threshold,
            no_speech_threshold=no_speech_threshold, compression_ratio_threshold=2.4,
            condition_on_previous_text=False, prompt_reset_on_temperature=0.5, temperatures=[0.0],
            initial_prompt=None, prefix=None, suppress_blank=True,
            suppress_tokens=get_suppressed_tokens(self.tokenizer, [-1]), without_timestamps=False,
            max_initial_timestamp=1.0, word_timestamps=True, prepend_punctuations=PUNCT_BEFORE,
            append_punctuations=PUNCT_AFTER, multilingual=False, max_new_tokens=None,
            clip_timestamps="0", hallucination_silence_threshold=None, hotwords=None,
        )  # fmt: skip
        self._last: Encoded | None = None

    def encode(self, samples: np.ndarray) -> Encoded:
        """The encoder output of int16 samples; the same array as last time is not encoded again."""
        if self._last is not None and self._last.samples is samples:
            return self._last
        from faster_whisper.audio import pad_or_trim

        features = self.model.feature_extractor(to_float(samples))
        frames = min(features.shape[-1] - 1, CHUNK_FRAMES)  # the extractor adds one frame
        output = self.model.encode(pad_or_trim(features[:, :frames]))
        self._last = Encoded(samples, output, frames)
        return self._last

    def segments(self, samples: np.ndarray, setting: Setting, beam_size: int) -> list[dict]:
        """Timed segments with timed words of one window, times in seconds from its start; empty
        when the decoder judges it silence."""
        encoded = self.encode(samples)
        options = replace(
            self.options, beam_size=beam_size, temperatures=list(setting.temperatures)
        )
        result, avg_logprob, _, _ = self.model.generate_with_fallback(
            encoded.output, self._prompt(setting), self.tokenizer, options
        )
        if (
            result.no_speech_prob > options.no_speech_threshold
            and avg_logprob < options.log_prob_threshold
        ):
            return []
        segments = split(result.sequences_ids[0], self.tokenizer, encoded.frames / FRAMES_PER_S)
        if segments:
            self.model.add_word_timestamps(
                [segments], self.tokenizer, encoded.output, encoded.frames,
                PUNCT_BEFORE, PUNCT_AFTER, last_speech_timestamp=0.0,
            )  # fmt: skip
        return segments

    def _prompt(self, setting: Setting) -> list[int]:
        """The decoder's prompt tokens: hotwords and the prompt text before the task tokens."""
        previous = self.tokenizer.encode(" " + setting.prompt.strip()) if setting.prompt else []
        return self.model.get_prompt(self.tokenizer, previous, hotwords=setting.hotwords)


def split(tokens: list[int], tokenizer, duration_s: float) -> list[dict]:
    """Decoded tokens cut into segments at each pair of timestamps, as faster-whisper does, but
    text after the last timestamp is kept as a segment running to the end of the window."""
    begin = tokenizer.timestamp_begin
    cuts = [i for i in range(1, len(tokens)) if tokens[i] >= begin and tokens[i - 1] >= begin]
    out = []
    for lo, hi in zip([0, *cuts], [*cuts, len(tokens)], strict=True):
        piece = tokens[lo:hi]
        times = [(t - begin) * TIMESTAMP_S for t in piece if t >= begin]
        if not any(t < tokenizer.eot for t in piece):
            continue  # timestamps only
        start = times[0] if times and piece[0] >= begin else 0.0
        end = times[-1] if times and piece[-1] >= begin and times[-1] > start else duration_s
        text = tokenizer.decode([t for t in piece if t < tokenizer.eot])
        if text.strip() and end > start:
            out.append(dict(seek=0, start=start, end=end, tokens=piece))
    return out
