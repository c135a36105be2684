"""Model resolution, the invented-filler guard, the coverage guard and the windowing of a stream
(no model run)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from test_vad import _silence, _voice

from rehearse.audio import SAMPLE_RATE
from rehearse.coverage import collapse_loops, loops, too_dense, uncovered
from rehearse.errors import RehearseError
from rehearse.models import resolve
from rehearse.transcribe import _invented, _merge, _trailing_unheard, _unheard_hesitation
from rehearse.transcript import Region, Word
from rehearse.vad import MAX_REGION_S
from rehearse.windows import PAD_S, WINDOW_MAX_S, Stream, Window


def test_bundled_tiny_en_resolves_to_a_model_folder():
    path = Path(resolve("tiny.en"))
    assert (path / "model.bin").stat().st_size > 10_000_000
    assert (path / "config.json").exists()


def test_bad_model_paths(tmp_path):
    with pytest.raises(RehearseError, match="model path does not exist"):
        resolve(str(tmp_path / "missing"))
    with pytest.raises(RehearseError, match="has no model.bin"):
        resolve(str(tmp_path))
    assert resolve("small.en") == "small.en"  # a name: left to the local cache, offline


def test_invented_hesitations_are_dropped():
    assert _invented("uh,", 0.001, [])
    assert not _invented("uh,", 0.3, [])
    assert not _invented("deadline.", 0.001, [])  # only hesitations are judged
    loop = [Word("hmm,"), Word("Hmm.")]
    assert _invented("hmm", 0.5, loop)
    assert not _invented("um", 0.5, loop)
    assert not _invented("um", 0.5, [Word("um,")])


def _windows(signal: np.ndarray, eager_s: float = WINDOW_MAX_S, block: int = 4000):
    windows: list[Window] = []
    stream = Stream(windows.append, eager_s=eager_s)
    for i in range(0, len(signal), block):
        stream.feed(signal[i : i + block])
    regions = stream.finish()
    return windows, regions


def test_windows_cover_all_speech_and_fit_whisper():
    parts, t = [], 0.0
    speech = []
    for k in range(12):  # 12 x (4 s speech + 1 s pause) = 60 s
        parts += [_voice(4.0, k), _silence(1.0, k)]
        speech.append((t, t + 4.0))
        t += 5.0
    windows, regions = _windows(np.concatenate(parts))
    assert len(regions) == 12
    assert len(windows) == 3  # packed up to WINDOW_MAX_S, cut at pauses
    for w in windows:
        assert len(w.samples) / SAMPLE_RATE <= WINDOW_MAX_S + 2 * PAD_S
    for start, end in speech:  # every stretch of speech lies inside exactly one window
        inside = [
            w
            for w in windows
            if w.offset_s <= start and end <= w.offset_s + len(w.samples) / SAMPLE_RATE
        ]
        assert len(inside) == 1


def test_eager_windows_close_at_the_first_pause():
    signal = np.concatenate([_voice(7.0), _silence(1.0), _voice(3.0, 1), _silence(1.0)])
    windows, _ = _windows(signal, eager_s=6.0)
    assert len(windows) == 2
    assert windows[0].offset_s == pytest.approx(0.0, abs=0.05)
    assert windows[1].offset_s == pytest.approx(8.0 - PAD_S, abs=0.1)


def test_window_audio_is_the_recording_at_its_offset():
    signal = np.concatenate([_silence(2.0), _voice(3.0), _silence(2.0)])
    windows, _ = _windows(signal, block=777)
    (w,) = windows
    start = round(w.offset_s * SAMPLE_RATE)
    assert np.array_equal(w.samples, signal[start : start + len(w.samples)])


def test_windows_carry_their_speech_regions():
    signal = np.concatenate(
        [_silence(1.0), _voice(3.0), _silence(1.0), _voice(2.0, 1), _silence(1)]
    )
    windows, regions = _windows(signal)
    (w,) = windows
    assert w.regions == regions and len(regions) == 2
    assert all(w.offset_s <= r.start and r.end <= w.end_s for r in w.regions)


def test_a_forced_cut_neither_shifts_nor_repeats_audio():
    """Continuous speech past MAX_REGION_S is cut; the next window starts where the last ended."""
    signal = np.concatenate([_silence(1.0), _voice(MAX_REGION_S + 8.0), _silence(1.0)])
    windows, regions = _windows(signal, block=1234)
    assert len(windows) == 2 and len(regions) == 2
    first, second = windows
    assert second.offset_s == pytest.approx(first.end_s, abs=1e-9)  # nothing transcribed twice
    for w in windows:  # each window's audio is the recording at its offset: times are not shifted
        start = round(w.offset_s * SAMPLE_RATE)
        assert np.array_equal(w.samples, signal[start : start + len(w.samples)])


def test_stream_memory_is_bounded_by_a_window():
    """Ten minutes of silence after an answer: the window is handed on, the silence not kept."""
    windows: list[Window] = []
    stream = Stream(windows.append)
    stream.feed(np.concatenate([_voice(3.0), _silence(1.0)]))
    for k in range(600):
        stream.feed(_silence(1.0, k))
        assert stream._buffered <= (WINDOW_MAX_S + 1.0) * SAMPLE_RATE
    assert len(windows) == 1 and stream._buffered <= 2 * PAD_S * SAMPLE_RATE
    stream.finish()
    assert len(windows) == 1


def test_a_peek_is_the_window_the_end_would_give_and_changes_nothing():
    signal = np.concatenate([_voice(4.0, 1), _silence(1.0, 1), _voice(3.0, 2), _silence(2.0, 2)])
    windows: list[Window] = []
    stream = Stream(windows.append)
    stream.feed(signal[: 6 * SAMPLE_RATE])
    assert stream.peek() is None  # the second stretch of speech is under way: its end is unknown
    stream.feed(signal[6 * SAMPLE_RATE :])
    peeked = stream.peek()
    assert peeked is not None and not windows
    stream.finish()
    assert len(windows) == 1
    assert peeked.offset_s == windows[0].offset_s and peeked.regions == windows[0].regions
    assert np.array_equal(peeked.samples, windows[0].samples)


def test_stream_takes_verdicts_it_did_not_compute():
    """Given the VAD's verdicts (live capture judged the frames already), the stream trusts them."""
    signal = np.concatenate([_silence(1.0), _voice(2.0), _silence(1.0)])
    frames = len(signal) // 480
    voiced = [33 <= k < 67 for k in range(frames)]  # 0.99-2.01 s, whatever the audio says
    windows: list[Window] = []
    stream = Stream(windows.append)
    stream.feed(signal[: frames * 480], voiced)
    regions = stream.finish()
    assert [(r.start, r.end) for r in regions] == [(0.99, 2.01)]
    with pytest.raises(ValueError):
        Stream(windows.append).feed(signal[:1000], [True])


def _w(text, start, end, p=0.9):
    return Word(text, start, end, p)


def test_uncovered_speech_is_found():
    words = [_w("I", 1.0, 1.2), _w("proposed", 1.2, 1.7), _w("later.", 9.0, 9.4)]
    regions = [Region(1.0, 4.0), Region(4.5, 9.5)]
    gaps = uncovered(regions, words)
    assert [(g.start, g.end) for g in gaps] == [(1.95, 4.0), (4.5, 8.75)]
    assert uncovered([Region(1.0, 1.9)], words) == []  # within the words' reach


def test_a_word_that_spans_a_sentence_does_not_cover_it():
    words = [_w("I", 1.0, 12.0)]  # the decoder dropped what was said and stretched one word
    gaps = uncovered([Region(1.0, 12.0)], words)
    assert len(gaps) == 1 and gaps[0].start == pytest.approx(2.75) and gaps[0].end == 10.25


def test_loops_are_found_and_cut_to_two():
    text = "we shipped the uh the uh the uh the uh fix . I'm sorry . I'm sorry . I'm sorry . ok"
    words = [_w(t, i, i + 0.5) for i, t in enumerate(text.split())]
    found = loops(words)
    assert [(i, n) for i, n, _ in found] == [(2, 2), (11, 3)]
    kept = " ".join(w.text for w in collapse_loops(words))
    assert kept == "we shipped the uh the uh fix . I'm sorry . I'm sorry . ok"
    assert loops([_w(t, 0, 1) for t in ["um,", "um,", "I", "think"]]) == []


def test_too_many_words_for_the_speech_time():
    words = [_w("a", 0, 0.1)] * 40
    assert too_dense(words, [Region(0, 5.0)])  # 8 words a second
    assert not too_dense(words[:20], [Region(0, 5.0)])


def test_hesitations_must_overlap_detected_speech():
    regions = [Region(0.0, 3.0)]
    assert _unheard_hesitation(_w("hmm.", 3.1, 3.4), regions)  # in the trailing silence
    assert not _unheard_hesitation(_w("um,", 2.7, 3.0), regions)
    assert not _unheard_hesitation(_w("Um,", 1.5, 1.5), regions)  # timed with no duration
    assert not _unheard_hesitation(_w("later.", 3.1, 3.4), regions)  # only hesitations


def test_merged_words_keep_time_order_and_drop_overlaps():
    kept = [_w("I", 1.0, 1.2), _w("later.", 9.0, 9.4)]
    new = [_w("rewrote", 2.0, 2.4), _w("the", 2.4, 2.5), _w("later", 9.05, 9.35)]
    merged = _merge(kept, new)
    assert [w.text for w in merged] == ["I", "rewrote", "the", "later."]


def test_a_hesitation_ending_a_window_needs_its_own_voice():
    regions = [Region(0.0, 3.1)]
    said = [_w("deadline.", 2.4, 3.0), _w("hmm.", 3.0, 3.1)]  # 0.1 s: the tail of "deadline"
    assert [w.text for w in _trailing_unheard(said, regions)] == ["deadline."]
    regions = [Region(0.0, 3.5)]
    said = [_w("team,", 2.4, 3.0), _w("um", 3.0, 3.4)]  # 0.5 s of voice after "team"
    assert _trailing_unheard(said, regions) == said
    assert _trailing_unheard(said[:1], regions) == said[:1]


def test_unheard_speech_is_warned_about_past_three_percent(guide):
    from rehearse.analysis import analyze
    from rehearse.pipeline import unheard
    from rehearse.transcript import Transcript

    words = [_w("fixed", 1.0 + 0.5 * i, 1.4 + 0.5 * i) for i in range(40)]  # 1-21 s
    transcript = Transcript(words, [Region(1.0, 21.0)], 22.0)
    report = analyze(transcript, guide)
    assert unheard(transcript, report) == []
    transcript.uncovered = [Region(5.0, 5.5)]  # 0.5 s of 20 s: within the slack
    assert unheard(transcript, report) == []
    transcript.uncovered = [Region(5.0, 9.0)]
    (warning,) = unheard(transcript, report)
    assert warning.startswith("4 s of speech could not be transcribed (at 0:05-0:09)")


class _Decoder:
    """Stands in for the model in a unit test of the guard's bookkeeping: fixed words."""

    name = "stub"

    def __init__(self, words):
        self._words = words

    def decode(self, window, prompted=True, context=""):
        self.contexts = [*getattr(self, "contexts", []), context]
        return list(self._words)


def test_acoustic_hesitations_join_the_words_but_not_the_confidences():
    from test_hesitations import _signal, _vowel

    from rehearse.transcribe import Recording

    audio = _signal([1.0, _vowel(0.4, glide_st=4), 0.05, _vowel(0.4), 1.0])
    recording = Recording(_Decoder([_w("team", 1.0, 1.4)]))
    words = recording.words(Window(0.0, audio, [Region(1.0, 1.85)]))
    assert [(w.text, w.source) for w in words] == [("team", "asr"), ("uh", "acoustic")]
    assert recording.probabilities == [0.9] and recording.acoustic == 1
    assert recording.uncovered == []


def test_each_window_reads_the_last_words_of_the_one_before():
    from rehearse.transcribe import CONTEXT_WORDS, Recording

    said = [_w(f"w{i}", 0.1 * i, 0.1 * i + 0.08) for i in range(CONTEXT_WORDS + 5)]
    decoder = _Decoder([*said[:3], _w("um", 0.35, 0.38), *said[3:]])
    recording = Recording(decoder)
    silence = np.zeros(SAMPLE_RATE * 3, dtype=np.int16)
    recording.words(Window(0.0, silence, []))
    recording.words(Window(3.0, silence, []))
    # The first window has nothing before it; the second reads the first's last words, fillers
    # left out (the prompt already carries them).
    assert decoder.contexts[0] == ""
    assert decoder.contexts[1] == " ".join(w.text for w in said[-CONTEXT_WORDS:])
    assert Recording(decoder).context == ""  # a new recording starts with nothing before it
