"""Accuracy of rehearse against truth, beside plain faster-whisper measured in the same run.

    python bench/accuracy.py [--model tiny.en] [--sets old heldout dev] [--no-practice]
                             [--before DIR] [--no-shared]

Sets: `old` = the first fixtures (audio_fixtures/*.flac), `dev` / `heldout` = the hard fixtures
(audio_fixtures/hard_*, see synth_hard.py; thresholds were fitted on dev, report heldout).
Systems, each on every file of a set:
  analyze   `rehearse analyze F --json` (the same pipeline in this process, model loaded once)
  practice  the real CLI `rehearse practice PROMPT --input F --speed 0 --json` in a subprocess
            (eager 6 s windows closed at pauses, as at the microphone)
  before    `rehearse analyze` of another checkout (--before DIR, e.g. `git archive 84a38f0`)
  plain     faster-whisper's own defaults (beam 5, temperature fallback, no prompt) with word
            timestamps; speaking time from the words (gaps < 0.3 s bridged)
All go through the same scoring (bench/scoring.py). Figures: word recall (truth words found in
order), seconds of speech left uncovered, speaking-time error, filler recall/precision overall,
by kind (recall by the truth's kind, precision by the found kind; um/uh/er/ah/hmm match as one
class) and recall by position (sentence start, mid-sentence, before a pause of >= 1 s), and the
number of loops (a phrase repeated 3+ times back to back) left in the transcripts; STAR is the
share of the truth's sentences whose STAR label the report gives them (bench/scoring.py).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from scoring import (  # noqa: E402
    KINDS,
    POSITIONS,
    match,
    position,
    sentence_hits,
    truth_words,
    word_recall,
)

from rehearse import audio  # noqa: E402
from rehearse.analysis import analyze  # noqa: E402
from rehearse.coverage import loops  # noqa: E402
from rehearse.errors import RehearseError  # noqa: E402
from rehearse.guide import load  # noqa: E402
from rehearse.models import COMPUTE_TYPE  # noqa: E402
from rehearse.pipeline import analyze_path  # noqa: E402
from rehearse.report import to_dict  # noqa: E402
from rehearse.transcribe import BEAM_SIZE, Transcriber  # noqa: E402
from rehearse.transcript import Region, Transcript, Word  # noqa: E402

FIXTURES = ROOT / "audio_fixtures"
SHARED = ROOT.parent / "shared" / "real_speech"
GAP_S = 0.3


def fixture_set(name: str) -> list[dict]:
    """The truth files of a set: old English answers, or the hard dev / heldout answers."""
    out = []
    for path in sorted(FIXTURES.glob("*.json")):
        truth = json.loads(path.read_text())
        if not truth.get("sentences") or truth.get("language") != "en":
            continue
        split = truth.get("split", "old")
        if split == name:
            out.append(truth)
    return out


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


def cli_json(args: list[str], cwd: Path, env: dict | None = None) -> dict:
    """The --json report of a rehearse command run as a user would."""
    run = subprocess.run(
        [sys.executable, "-m", "rehearse.cli", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, **(env or {})},
        timeout=900,
    )
    if not run.stdout.strip():
        sys.exit(f"failed: rehearse {' '.join(args)}: {run.stderr[-500:]}")
    return json.loads(run.stdout)


def summary(doc: dict) -> dict:
    """What scoring needs from a JSON report."""
    t = doc["transcript"]
    return {
        "words": [w["text"] for w in t["words"]],
        "fillers": doc["fillers"]["items"],
        "speaking_time_s": doc["timing"]["speaking_time_s"],
        "uncovered_s": sum(u["end"] - u["start"] for u in t.get("uncovered", [])),
        "acoustic": sum(f.get("source") == "acoustic" for f in doc["fillers"]["items"]),
        "sentences": [(s["start"], s["end"], s["label"]) for s in doc["star"]["sentences"]],
    }


class Tally:
    """Sums over the files of one set for one system."""

    def __init__(self):
        self.recall: list[float] = []
        self.uncovered: list[float] = []
        self.speak: list[float] = []
        self.loops = self.acoustic = 0
        self.star = [0, 0]  # truth sentences labelled right, truth sentences
        self.tp = self.found = self.true = 0
        self.kind = defaultdict(lambda: [0, 0, 0, 0])  # true hit, true, found hit, found
        self.pos = defaultdict(lambda: [0, 0])  # hit, true

    def add(self, s: dict, truth: dict) -> str:
        """Score one file; return a one-line summary of it."""
        self.recall.append(word_recall(truth_words(truth), s["words"]))
        self.uncovered.append(s["uncovered_s"])
        err = abs(s["speaking_time_s"] - truth["speaking_time_s"]) / truth["speaking_time_s"]
        self.speak.append(err)
        self.loops += len(loops([Word(w) for w in s["words"]]))
        self.acoustic += s["acoustic"]
        self.star[0] += sentence_hits(truth, s["sentences"])
        self.star[1] += len(truth["sentences"])
        pairs = match(s["fillers"], truth["fillers"])
        hits = [t for _, t in pairs if t is not None]
        self.tp += len(hits)
        self.found += len(pairs)
        self.true += len(truth["fillers"])
        for f, t in pairs:
            k = self.kind[_kind(f["text"])]
            k[3] += 1
            k[2] += t is not None
        for t in truth["fillers"]:
            k = self.kind[_kind(t["text"])]
            k[1] += 1
            k[0] += any(h is t for h in hits)
            for where in position(truth, t):
                self.pos[where][1] += 1
                self.pos[where][0] += any(h is t for h in hits)
        return (
            f"words {self.recall[-1]:.3f}, fillers {len(hits)}/{len(truth['fillers'])} "
            f"found {len(pairs)}, speak {err:.1%}, uncovered {s['uncovered_s']:.1f} s"
        )

    def row(self, name: str) -> str:
        """The set's figures for this system on one line."""

        def ratio(a: int, b: int) -> str:
            return f"{a / b:.2f}" if b else "  - "

        kinds = " ".join(
            f"{ratio(self.kind[k][0], self.kind[k][1])}/{ratio(self.kind[k][2], self.kind[k][3])}"
            for k in KINDS
        )
        pos = " ".join(ratio(*self.pos[p]) for p in POSITIONS)
        return (
            f"{name:<9}{sum(self.recall) / len(self.recall):>6.3f}{min(self.recall):>6.3f}"
            f"{sum(self.uncovered):>7.1f}{max(self.uncovered):>6.1f}"
            f"{sum(self.speak) / len(self.speak):>7.1%}{max(self.speak):>7.1%}"
            f"{ratio(self.tp, self.true):>6}{ratio(self.tp, self.found):>6}  {kinds}  {pos}"
            f"{self.loops:>6}{self.acoustic:>5}{ratio(*self.star):>6}"
        )


def _kind(text: str) -> str:
    """The reporting kind of a filler text."""
    return text if text in KINDS else ("uh" if text in {"er", "ah", "hmm"} else "other")


HEADER = (
    f"{'system':<9}{'words':>6}{'min':>6}{'unc s':>7}{'max':>6}{'speak':>7}{'max':>7}"
    f"{'R':>6}{'P':>6}  {'  '.join(f'{k} R/P' for k in KINDS)}  "
    f"{' '.join(p for p in POSITIONS)} (R){'loops':>6}{'ac':>5}{'STAR':>6}"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="tiny.en")
    parser.add_argument("--sets", nargs="+", default=["old", "heldout"])
    parser.add_argument("--no-practice", action="store_true", help="skip practice --input")
    parser.add_argument("--no-plain", action="store_true", help="skip plain faster-whisper")
    parser.add_argument("--before", type=Path, help="another checkout to run `analyze` from")
    parser.add_argument("--no-shared", action="store_true", help="skip ../shared/real_speech")
    args = parser.parse_args()
    from faster_whisper import WhisperModel

    from rehearse.models import resolve

    guide = load()
    ours = Transcriber(args.model)
    base = None if args.no_plain else WhisperModel(resolve(args.model), compute_type="default")
    print(
        f"model {args.model}; rehearse: compute {COMPUTE_TYPE}, beam {BEAM_SIZE}, temperature 0 "
        f"(fallback only on guard re-decodes), filler prompt + hotwords, webrtcvad windows; plain: "
        f"faster-whisper defaults (beam 5, temperature fallback, no prompt, its default compute "
        f"type); CT2_FORCE_CPU_ISA={os.environ.get('CT2_FORCE_CPU_ISA', '(native)')}; "
        f"{os.cpu_count()} cores"
    )
    data = Path(tempfile.mkdtemp(prefix="rehearse-bench-"))
    for name in args.sets:
        truths = fixture_set(name)
        systems = ["analyze"] + (["practice"] if not args.no_practice else [])
        systems += (["before"] if args.before else []) + (["plain"] if base else [])
        tallies = {s: Tally() for s in systems}
        print(f"\nset {name}: {len(truths)} answers")
        for truth in truths:
            path = FIXTURES / truth["audio"]
            prompt = truth["prompt"]
            for system in systems:
                if system == "analyze":
                    report = analyze_path(path, guide, guide.prompt(prompt), transcriber=ours)
                    s = summary(to_dict(report))
                elif system == "practice":
                    s = summary(
                        cli_json(
                            ["practice", prompt, "--input", str(path), "--speed", "0", "--json"]
                            + ["--model", args.model, "--data-dir", str(data)],
                            ROOT,
                        )
                    )
                elif system == "before":
                    doc = cli_json(
                        ["analyze", str(path), "--prompt", prompt, "--json", "--model", args.model],
                        args.before,
                        {"PYTHONPATH": str(args.before.resolve())},
                    )
                    s = summary(doc)
                else:
                    report = analyze(plain(base, path), guide, guide.prompt(prompt))
                    s = summary(to_dict(report))
                    s["uncovered_s"] = 0.0  # plain faster-whisper cannot tell
                line = tallies[system].add(s, truth)
                print(f"  {path.name:<22}{system:<9}{line}", flush=True)
        print(HEADER)
        for system, tally in tallies.items():
            print(tally.row(system))
    if not args.no_shared and SHARED.exists():
        real(ours, guide)


def real(ours: Transcriber, guide) -> None:
    """The real recordings: acoustic hesitations (LibriVox and JFK have none), loops (Apollo)."""
    print("\nreal speech: words, fillers (acoustic), loops")
    for path in sorted([*SHARED.glob("*.wav"), *SHARED.glob("*.flac"), *SHARED.glob("*.mp3")]):
        try:
            report = analyze_path(path, guide, transcriber=ours)
        except RehearseError as e:
            print(f"  {path.name:<48}refused: {e}")
            continue
        d = to_dict(report)
        acoustic = sum(f.get("source") == "acoustic" for f in d["fillers"]["items"])
        n_loops = len(loops(report.transcript.words))
        print(
            f"  {path.name:<48}{len(report.transcript.words):>5} words{len(report.fillers):>4} "
            f"fillers ({acoustic} acoustic){n_loops:>3} loops"
        )


if __name__ == "__main__":
    main()
