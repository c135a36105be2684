"""Hesitations heard in the audio: "um" and "uh" that the decoder left out of its words.

Whisper was trained on transcripts that drop disfluencies, so it skips many filled pauses, most of
all one followed by a pause. A filled pause sounds unlike a word: one vowel held steady (flat pitch,
unchanging spectrum) for a fifth of a second or more, sometimes closed by a hum through the nose
("um"). Such stretches are looked for where no word is (between the decoder's words, inside speech
webrtcvad found), or where a word the model timed too long leaves room for one.

numpy only: frame energy, pitch by normalised autocorrelation, and log band energies are all this
needs, and they keep `rehearse --help` and the wheels small (librosa/parselmouth would bring their
own native stacks for three features). Thresholds were fitted on the development fixtures
(audio_fixtures/*.json with "split": "dev" and the first fixtures), never on the held-out ones.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .coverage import WORD_MAX_S
from .transcript import Region, Word, is_hesitation

SAMPLE_RATE = 16_000  # Hz, what the windows carry
HOP_S = 0.01  # one analysis frame every 10 ms
FRAME_S = 0.04  # 40 ms frames: two periods of the lowest pitch looked for
PITCH_HZ = (70.0, 400.0)  # range of speaking pitch
VOICED_MIN = 0.55  # normalised autocorrelation peak of a voiced frame
FIRST_PEAK = 0.9  # f0_st: the first autocorrelation peak this close to the best is the period
# A held vowel: its pitch moves less than this per frame and its spectrum stays this close (mean
# absolute difference of log band energies, dB) to the frames around it.
PITCH_STEP_ST = 1.0
SPECTRUM_STEP_DB = 4.0
HOLE_FRAMES = 3  # unsteady frames a held stretch may contain
STEADY_MIN_S = 0.18  # shorter steady stretches are ordinary long vowels
STEADY_MAX_S = 1.2  # longer ones are a hum, a held note, not speech
LOUD_OVER_FLOOR_DB = 10.0  # a stretch this much above the window's noise floor
LOUD_UNDER_PEAK_DB = 24.0  # ...and no further than this below its loudest speech
# A stretch may start this far inside the word before and still be after it (timestamps are
# loose); one that starts deeper is that word's own vowel.
PREV_REACH_S = 0.3
# The decoder may start a word at the hesitation before it and time it long ("ah with" as "with"
# over 1.04 s under AVX2, "Uh, with" under AVX). A stretch at the head of a word counts as free
# when it starts within IN_WORD_HEAD_S of the word, the word keeps IN_WORD_KEEP_S after it for its
# own sounds, and it is held IN_WORD_MIN_S or longer: the word-initial vowels of the development
# fixtures that came this close were held 0.19-0.29 s ("rollback", "impossible", "noticing");
# the one hesitation folded in this way there, filler_heavy's "ah" under AVX2, 0.31 s.
IN_WORD_HEAD_S = 0.15
IN_WORD_KEEP_S = 0.3
IN_WORD_MIN_S = 0.3
# Pitch steps of a held vowel scatter less than this (semitones, std of frame-to-frame steps):
# 0.12-0.24 for the development set's hesitations, 0.29-7.8 for the word vowels that passed the
# other tests.
PITCH_JITTER_ST = 0.27
PITCH_RANGE_ST = 6.0  # ... and span less than this (5-95th percentile): 1.6-5.2 st on dev
PAUSE_NEAR_S = 0.2  # a stretch ending this close to the end of its speech region precedes a pause
# With no pause after it, a stretch runs into the next word: it must be longer in the gap and
# flatter to count (a word's first vowel, timed late, is what it would otherwise be).
RUN_ON_FREE_S = 0.2
RUN_ON_JITTER_ST = 0.2
# "um": after the held vowel, voice goes on with the energy above 1 kHz this far below the vowel's
# (the lips are closed; sound leaves through the nose) for at least NASAL_MIN_S.
NASAL_DROP_DB = 10.0
NASAL_MIN_S = 0.04
NASAL_LOOK_S = 0.3  # how far past the vowel the nasal close is looked for
# The decoder's own hesitation this close to a stretch is the same one: Whisper times fillers
# loosely (up to about a second off in context).
NEAR_ASR_S = 1.0
BANDS_HZ = (100, 300, 500, 800, 1100, 1500, 2000, 2600, 3300, 4000, 5000, 6500)
LOW_HZ = (100, 500)  # energy of the nasal murmur / first formant
HIGH_HZ = (1100, 4000)  # energy of the higher formants, which a nasal all but removes


@dataclass
class Features:
    """Per-frame measurements of a stretch of audio (frame k is centred at offset + k * HOP_S)."""

    offset_s: float
    level_db: np.ndarray  # frame RMS, dB re full scale
    voicing: np.ndarray  # normalised autocorrelation peak, 0..1
    pitch_st: np.ndarray  # pitch in semitones re 100 Hz (nan where unvoiced)
    bands_db: np.ndarray  # (frames, bands) log energies
    tilt_db: np.ndarray  # high-band minus low-band energy, dB
    # Pitch from the shortest lag whose autocorrelation comes within FIRST_PEAK of the best: the
    # best lag alone is often two or three periods for a high voice (220 Hz read as 73 Hz). The
    # detector's thresholds were fitted on pitch_st, so it keeps it; prosody.py reads this one.
    f0_st: np.ndarray | None = None


def features(samples: np.ndarray, offset_s: float = 0.0) -> Features:
    """Frame the int16 (or float) samples and measure each frame."""
    x = np.asarray(samples, dtype=np.float64)
    if x.dtype != np.float64 or np.abs(x).max(initial=0) > 1.5:
        x = x / 32768.0
    hop, size = round(HOP_S * SAMPLE_RATE), round(FRAME_S * SAMPLE_RATE)
    n = max(0, 1 + (len(x) - size) // hop)
    if n == 0:
        empty = np.zeros(0)
        return Features(offset_s, empty, empty, empty, np.zeros((0, len(BANDS_HZ) - 1)), empty)
    idx = np.arange(size)[None, :] + hop * np.arange(n)[:, None]
    frames = x[idx] * np.hanning(size)[None, :]
    level = 10 * np.log10(np.mean(frames**2, axis=1) + 1e-12) + 4.26  # hann window loss
    spec = np.abs(np.fft.rfft(frames, 2 * size, axis=1)) ** 2
    ac = np.fft.irfft(spec, axis=1)[:, :size]
    lag_lo, lag_hi = int(SAMPLE_RATE / PITCH_HZ[1]), int(SAMPLE_RATE / PITCH_HZ[0])
    # unbias the autocorrelation of a windowed frame by the window's own autocorrelation
    wac = np.correlate(np.hanning(size), np.hanning(size), "full")[size - 1 :]
    norm = ac[:, lag_lo:lag_hi] / (ac[:, :1] + 1e-12) / (wac[lag_lo:lag_hi] / wac[0])
    best = np.argmax(norm, axis=1)
    voicing = np.clip(norm[np.arange(n), best], 0.0, 1.0)
    pitch = 12 * np.log2(SAMPLE_RATE / (best + lag_lo) / 100.0)
    pitch = np.where(voicing >= VOICED_MIN, pitch, np.nan)
    peak = np.zeros(norm.shape, dtype=bool)
    peak[:, 1:-1] = (norm[:, 1:-1] >= norm[:, :-2]) & (norm[:, 1:-1] >= norm[:, 2:])
    peak[np.arange(n), best] = True
    first = np.argmax(peak & (norm >= FIRST_PEAK * norm[np.arange(n), best][:, None]), axis=1)
    f0 = 12 * np.log2(SAMPLE_RATE / (first + lag_lo) / 100.0)
    f0 = np.where(voicing >= VOICED_MIN, f0, np.nan)
    freqs = np.fft.rfftfreq(2 * size, 1 / SAMPLE_RATE)
    bands = np.stack(
        [
            spec[:, (freqs >= lo) & (freqs < hi)].sum(axis=1)
            for lo, hi in zip(BANDS_HZ, BANDS_HZ[1:], strict=False)
        ],
        axis=1,
    )
    bands_db = 10 * np.log10(bands + 1e-12)
    low = spec[:, (freqs >= LOW_HZ[0]) & (freqs < LOW_HZ[1])].sum(axis=1)
    high = spec[:, (freqs >= HIGH_HZ[0]) & (freqs < HIGH_HZ[1])].sum(axis=1)
    tilt = 10 * np.log10((high + 1e-12) / (low + 1e-12))
    return Features(offset_s + FRAME_S / 2, level, voicing, pitch, bands_db, tilt, f0)


def steady_runs(f: Features, loud: np.ndarray) -> list[tuple[int, int]]:
    """Frame ranges [a, b) where the voice is held: voiced, loud enough, pitch and spectrum still.

    Holes of up to HOLE_FRAMES are closed: noise jolts the spectrum of a held vowel now and then,
    and the vowel of an "um" runs into its nasal close without a break in the voice."""
    n = len(f.level_db)
    if n < 3:
        return []
    dpitch = np.abs(np.diff(f.pitch_st, prepend=np.nan))
    # spectrum change over two frames, of the level-normalised shape smoothed over three frames
    shape = f.bands_db - f.bands_db.mean(axis=1, keepdims=True)
    kernel = np.ones(3) / 3
    shape = np.apply_along_axis(lambda c: np.convolve(c, kernel, "same"), 0, shape)
    dspec = np.full(n, np.inf)
    dspec[2:] = np.mean(np.abs(shape[2:] - shape[:-2]), axis=1)
    ok = (f.voicing >= VOICED_MIN) & loud & (dspec <= SPECTRUM_STEP_DB)
    ok &= ~(dpitch > PITCH_STEP_ST)  # nan (start of voicing) counts as still
    runs: list[list[int]] = []
    for k in np.flatnonzero(ok):
        if runs and k - runs[-1][1] <= HOLE_FRAMES:
            runs[-1][1] = k + 1
        else:
            runs.append([k, k + 1])
    return [(a, b) for a, b in runs]


def _nasal_close(f: Features, a: int, b: int) -> bool:
    """Whether the held voice [a, b) ends through the nose, in its second half or just after it:
    the close of an "um". The vowel is the run's first half."""
    vowel_tilt = float(np.median(f.tilt_db[a : max(a + 1, (a + b) // 2)]))
    end = min(len(f.tilt_db), b + round(NASAL_LOOK_S / HOP_S))
    nasal = 0
    for k in range((a + b) // 2, end):
        if f.voicing[k] < VOICED_MIN * 0.8:
            break
        if f.tilt_db[k] <= vowel_tilt - NASAL_DROP_DB:
            nasal += 1
    return nasal * HOP_S >= NASAL_MIN_S


def _free(start: float, end: float, words: list[Word]) -> float:
    """Seconds of [start, end] in the gap between the decoder's words around it.

    The stretch may begin inside the word before (the decoder often stretches that word over a
    hesitation it dropped) but only what lies past its end counts; and it ends where the next
    word starts: a stretch that runs into the next word is that word's own first sound ("the"
    held before "leak")."""
    timed = [w for w in words if w.start is not None and w.end is not None]
    after = min((w.start for w in timed if w.start > start + HOP_S), default=end)
    before = [w for w in timed if w.start <= start + HOP_S]
    prev_end = max((w.end for w in before), default=start)
    if prev_end - start > PREV_REACH_S and prev_end < end:
        return 0.0  # it starts deep in the word before: that word's own long vowel
    if prev_end >= end:  # inside a word: only one timed too long can hide a hesitation
        host = max(before, key=lambda w: w.end)
        # One longer than WORD_MAX_S spans speech it cannot have said; one whose head is a held
        # stretch starts at the hesitation.
        if host.end - host.start <= WORD_MAX_S and not _at_head(start, end, host):
            return 0.0
        prev_end = start
    return min(end, after) - max(start, prev_end)


def _at_head(start: float, end: float, host: Word) -> bool:
    """Whether a held stretch inside `host` is a hesitation the decoder folded into the word's
    start: it opens the word, is held longer than a word's own vowel, and leaves the word room."""
    return (
        start - host.start <= IN_WORD_HEAD_S
        and end - start >= IN_WORD_MIN_S
        and host.end - end >= IN_WORD_KEEP_S
    )


def find(
    samples: np.ndarray,
    offset_s: float,
    regions: list[Region],
    words: list[Word],
    f: Features | None = None,
) -> list[Word]:
    """Hesitations in a window's audio that no word accounts for, as Words (source "acoustic").

    `samples` is the window's audio starting at `offset_s` in the recording; `regions` the speech
    found in it; `words` what the decoder heard there (times in the recording); `f` the window's
    features when the caller has measured them already."""
    f = f if f is not None else features(samples, offset_s)
    if len(f.level_db) == 0 or not regions:
        return []
    t = f.offset_s + HOP_S * np.arange(len(f.level_db))
    in_speech = np.zeros(len(t), dtype=bool)
    for r in regions:
        in_speech |= (t >= r.start) & (t <= r.end)
    if not in_speech.any():
        return []
    floor = np.percentile(f.level_db, 10)
    peak = np.percentile(f.level_db[in_speech], 95)
    loud = in_speech & (f.level_db >= max(floor + LOUD_OVER_FLOOR_DB, peak - LOUD_UNDER_PEAK_DB))
    out: list[Word] = []
    for a, b in steady_runs(f, loud):
        start, end = float(t[a] - HOP_S / 2), float(t[b - 1] + HOP_S / 2)
        if not STEADY_MIN_S <= end - start <= STEADY_MAX_S:
            continue
        jitter = _pitch_jitter(f.pitch_st[a:b])
        free = _free(start, end, words)
        if _before_pause(end, regions):
            held = free >= STEADY_MIN_S and jitter <= PITCH_JITTER_ST
        else:  # no pause after it: only an unmistakable one, the words around leave less room
            held = free >= RUN_ON_FREE_S and jitter <= RUN_ON_JITTER_ST
        if not held or any(_near_hesitation(w, start, end) for w in words):
            continue
        text = "um" if _nasal_close(f, a, b) else "uh"
        score = float(np.mean(f.voicing[a:b]))
        out.append(Word(text, round(start, 3), round(end, 3), round(score, 3), source="acoustic"))
    return out


def _pitch_jitter(pitch_st: np.ndarray) -> float:
    """Spread of the frame-to-frame pitch steps (semitones): a held "uh" is all but flat. A
    stretch whose pitch travels further than PITCH_RANGE_ST is intonation, not a held sound."""
    voiced = pitch_st[~np.isnan(pitch_st)]
    steps = np.diff(voiced)
    if len(steps) < 2 or np.ptp(np.percentile(voiced, [5, 95])) > PITCH_RANGE_ST:
        return float("inf")
    return float(np.std(steps))


def _before_pause(end: float, regions: list[Region]) -> bool:
    """Whether the speech region holding a stretch ends right after it (a pause follows)."""
    return any(r.start <= end <= r.end + HOP_S and r.end - end <= PAUSE_NEAR_S for r in regions)


def _near_hesitation(w: Word, start: float, end: float) -> bool:
    """A hesitation the decoder already wrote down close to this stretch."""
    if w.start is None or not is_hesitation(w):
        return False
    return w.start - NEAR_ASR_S <= end and start <= (w.end or w.start) + NEAR_ASR_S
