"""Accuracy of the analysis against truth, beside plain faster-whisper measured in the same run.

Over the committed fixtures (audio_fixtures/*.json truth) and, when present, the real recordings in
../shared/real_speech/ (LibriVox forced alignments give speaking time and word counts).

    python bench/accuracy.py [--model tiny.en] [--no-shared]

Ours: the rehearse pipeline (webrtcvad regions, windows, filler prompt, hotwords, greedy).
Baseline: faster-whisper with its own defaults and word timestamps, no prompt; speaking time from
the word timestamps (gaps under 0.3 s bridged), since plain faster-whisper has no speech regions.
Both transcripts go through the same analyzers, so the difference is what the pipeline adds.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rehearse import audio  # noqa: E402
from rehearse.analysis import analyze  # noqa: E402
from rehearse.guide import load  # noqa: E402
from rehearse.models import resolve  # noqa: E402
from rehearse.transcribe import Transcriber, transcribe  # noqa: E402
from rehearse.transcript import Region, Transcript, Word  # noqa: E402

FIXTURES = ROOT / "audio_fixtures"
SHARED = ROOT.parent / "shared" / "real_speech"
# A found filler matches a true one of the same word (one to one) whose centre is this close:
# Whisper's word times for fillers are loose, up to about a second off in context.
MATCH_S = 1.5
HESITATIONS = {"um", "uh", "er", "ah", "hmm"}  # Whisper spells these interchangeably: one class
GAP_S = 0.3


def plain(model, path: Path) -> Transcript:
    """Plain faster-whisper: its defaults, word timestamps; regions are the words' own spans."""
    segments, _ = model.transcribe(str(path), word_timestamps=True)
    words = [
        Word(w.word.strip(), w.start, w.end, w.probability)
        for s in segments
        for w in s.words or []
        if w.word.strip()
    ]
    regions: list[Region] = []
    for w in words:
        if regions and w.start - regions[-1].end < GAP_S:
            regions[-1] = Region(regions[-1].start, max(regions[-1].end, w.end))
        else:
            regions.append(Region(w.start, w.end))
    return Transcript(words, regions, audio.duration(path), "audio")


def filler_match(found: list[dict], true: list[dict]) -> tuple[int, int, int]:
    """True positives, found count and true count, matching by word and time."""
    used = set()
    tp = 0
    for f in found:
        centre = (f["start"] + f["end"]) / 2
        for k, t in enumerate(true):
            same = t["text"] == f["text"] or {t["text"], f["text"]} <= HESITATIONS
            if k in used or not same:
                continue
            if abs(centre - (t["start"] + t["end"]) / 2) <= MATCH_S:
                used.add(k)
                tp += 1
                break
    return tp, len(found), len(true)


def label_accuracy(report, truth: dict) -> tuple[int, int]:
    """Truth sentences whose midpoint falls in a found sentence with the same STAR label."""
    hits = 0
    for s in truth["sentences"]:
        mid = (s["start"] + s["end"]) / 2
        label = None
        for found in report.sentences:
            if found.start is not None and found.start <= mid <= (found.end or found.start):
                label = found.label
                break
        if label is None:  # midpoint in a gap between found sentences: take the nearest
            nearest = min(report.sentences, key=lambda f: abs((f.start + f.end) / 2 - mid))
            label = nearest.label
        hits += label == s["label"]
    return hits, len(truth["sentences"])


class Tally:
    """Sums over files for one system."""

    def __init__(self):
        self.tp = self.found = self.true = 0
        self.speak_err: list[float] = []
        self.wpm_err: list[float] = []
        self.label_hits = self.labels = 0
        self.pron_err: list[int] = []

    def line(self, name: str) -> str:
        p = self.tp / self.found if self.found else float("nan")
        r = self.tp / self.true if self.true else float("nan")
        speak = sum(self.speak_err) / len(self.speak_err) if self.speak_err else float("nan")
        wpm = sum(self.wpm_err) / len(self.wpm_err) if self.wpm_err else float("nan")
        star = self.label_hits / self.labels if self.labels else float("nan")
        pron = sum(self.pron_err) / len(self.pron_err) if self.pron_err else float("nan")
        return f"{name:<10}{r:>9.3f}{p:>10.3f}{speak:>11.1%}{wpm:>9.1%}{star:>8.3f}{pron:>9.2f}"


HEADER = f"{'system':<10}{'recall':>9}{'precision':>10}{'speak err':>11}{'wpm err':>9}{'STAR':>8}{'I/we err':>9}"


def score(tally: Tally, report, truth: dict) -> str:
    """Add one file's comparison to a tally; return a one-line summary."""
    found = [{"text": f.text, "start": f.start, "end": f.end} for f in report.fillers]
    tp, nf, nt = filler_match(found, truth["fillers"])
    tally.tp, tally.found, tally.true = tally.tp + tp, tally.found + nf, tally.true + nt
    t = report.timing
    speak = abs(t.speaking_time_s - truth["speaking_time_s"]) / truth["speaking_time_s"]
    wpm = abs(t.wpm - truth["wpm"]) / truth["wpm"]
    tally.speak_err.append(speak)
    tally.wpm_err.append(wpm)
    hits, n = label_accuracy(report, truth)
    tally.label_hits += hits
    tally.labels += n
    pron = abs(report.pronouns.i - truth["pronouns"]["i"]) + abs(
        report.pronouns.we - truth["pronouns"]["we"]
    )
    tally.pron_err.append(pron)
    return f"fillers {tp}/{nt} found {nf}, speak {speak:.1%}, wpm {wpm:.1%}, STAR {hits}/{n}, I/we off {pron}"


def librivox() -> list[tuple[Path, float, int]]:
    """LibriVox clips with speaking time and word count from their forced alignment."""
    out = []
    for path in sorted(SHARED.glob("sense_and_sensibility_*.wav")):
        words = json.loads(path.with_suffix(".json").read_text())["w"]
        spans = [(w["b"], w["b"] + w["d"]) for w in words if not w["t"].startswith("<")]
        merged: list[list[float]] = []
        for b, e in spans:
            if merged and b - merged[-1][1] < GAP_S:
                merged[-1][1] = e
            else:
                merged.append([b, e])
        out.append((path, sum(e - b for b, e in merged), len(spans)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="tiny.en")
    parser.add_argument("--no-shared", action="store_true", help="skip ../shared/real_speech")
    args = parser.parse_args()
    from faster_whisper import WhisperModel

    guide = load()
    ours_model = Transcriber(args.model)
    base_model = WhisperModel(resolve(args.model))
    ours, base = Tally(), Tally()
    print(f"fixtures, model {args.model}")
    for truth_path in sorted(FIXTURES.glob("*.json")):
        truth = json.loads(truth_path.read_text())
        if not truth.get("sentences") or truth.get("language", "en") != "en":
            continue
        path = FIXTURES / truth["audio"]
        prompt = guide.prompt(truth["prompt"]) if truth.get("prompt") else None
        r_ours = analyze(transcribe(audio.blocks(path), ours_model.recording()), guide, prompt)
        r_base = analyze(plain(base_model, path), guide, prompt)
        print(f"  {path.stem:<14} ours: {score(ours, r_ours, truth)}")
        print(f"  {'':<14} base: {score(base, r_base, truth)}")
    print(HEADER)
    print(ours.line("ours"))
    print(base.line("baseline"))

    if args.no_shared or not SHARED.exists():
        return
    print("\nreal speech (LibriVox forced alignment): speaking time and wpm")
    errs = {"ours": [], "baseline": []}
    wpm_errs = {"ours": [], "baseline": []}
    for path, speak_true, n_words in librivox():
        for name, transcript in (
            ("ours", transcribe(audio.blocks(path), ours_model.recording())),
            ("baseline", plain(base_model, path)),
        ):
            report = analyze(transcript, guide)
            t = report.timing
            words = json.loads(path.with_suffix(".json").read_text())["w"]
            spoken = [w for w in words if not w["t"].startswith("<")]
            span = spoken[-1]["b"] + spoken[-1]["d"] - spoken[0]["b"]
            wpm_true = n_words / (span / 60)
            errs[name].append(abs(t.speaking_time_s - speak_true) / speak_true)
            # The alignment counts each part of a hyphenated word ("ill-disposed" is two);
            # count both systems' words the same way here.
            said = [w.text for w in transcript.words]
            parts = sum(len([p for p in text.split("-") if p]) for text in said)
            wpm = t.wpm * parts / len(said) if said else 0.0
            wpm_errs[name].append(abs(wpm - wpm_true) / wpm_true)
    for name in errs:
        e, w = errs[name], wpm_errs[name]
        print(
            f"  {name:<10} speaking-time error {sum(e) / len(e):.1%}, wpm error {sum(w) / len(w):.1%} ({len(e)} clips)"
        )


if __name__ == "__main__":
    main()
