"""Seconds from the end of the last speech to the report: `practice` (live) beside record-then-analyze.

Answers of about 30 s, 1 min and 2 min are cut at a pause from audio_fixtures/over_two_min.flac,
ending TAIL_S after the last word. Each is played at real-time speed through the practice path
in this process (FileSource -> Endpointer -> WAV + streaming worker -> analyze), exactly what
`rehearse practice --input FILE --speed 1` runs. The answer ends when the file does, so the
endpointer's trailing-silence wait (3 s by default) is not in the figure; in real use that wait
comes first, and the live path already transcribes the last stretch during it.

  end of speech = the wall-clock moment the block holding the last voiced frame was fed;
  live          = from then until analyze() has returned the report;
  batch         = from then until the recording is complete (the same tail, fed in real time),
                  plus `analyze` of the saved WAV with the model already loaded and warmed up.

    python bench/latency.py [--runs 1] [--model tiny.en] [--lengths 30 60 120]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rehearse import audio  # noqa: E402
from rehearse.pipeline import analyze_path  # noqa: E402
from rehearse.practice import Session, Worker, _warm_up, run  # noqa: E402
from rehearse.prompts import load  # noqa: E402
from rehearse.recorder import Endpointer, FileSource  # noqa: E402
from rehearse.transcribe import Transcriber  # noqa: E402

SOURCE = ROOT / "audio_fixtures" / "over_two_min.flac"
TAIL_S = 0.5  # silence kept after the last word: the VAD needs 0.3 s of it to close the speech
TARGET_S = 1.5  # the target for a 2-minute answer


def cut(length_s: float, folder: Path) -> tuple[Path, float]:
    """A WAV of the fixture up to the last pause before length_s; return it and its speech end."""
    truth = json.loads(SOURCE.with_suffix(".json").read_text())
    end = max(s["end"] for s in truth["speech"] if s["end"] <= length_s)
    samples = audio.load(SOURCE)[: round((end + TAIL_S) * audio.SAMPLE_RATE)]
    path = folder / f"answer_{length_s:.0f}s.wav"
    with audio.WavWriter(path) as w:
        w.write(samples)
    return path, end


def live(clip: Path, folder: Path, guide, prompt, model: str):
    """Play the clip through the practice path at real time; return the Outcome."""
    worker = Worker(model)
    worker.start()
    worker.wait_ready()  # the model loads while the prompt is on screen, before the answer
    source = FileSource(clip, speed=1.0)
    session = Session(source, Endpointer(), worker, folder / f"live_{clip.name}")
    with source:
        return run(session, guide, prompt)


def batch(path: Path, guide, prompt, transcriber) -> float:
    """Wall seconds of the analyze pipeline on a finished recording."""
    start = time.perf_counter()
    analyze_path(path, guide, prompt, transcriber=transcriber)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--model", default="tiny.en")
    parser.add_argument("--lengths", type=float, nargs="+", default=[30.0, 60.0, 120.0])
    args = parser.parse_args()
    guide = load()
    prompt = guide.prompt("above-and-beyond")
    print(__doc__.split("\n\n")[2].rstrip())
    print(
        f"\nmodel {args.model}, {os.cpu_count()} cores shared with other work "
        f"(load average {os.getloadavg()[0]:.2f}), {args.runs} run(s) each, median shown\n"
    )
    print(
        f"{'answer':>8}{'speech s':>10}{'live s':>9}{'tail s':>8}{'last window+analyze s':>23}"
        f"{'batch s':>9}{'batch/live':>11}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        transcriber = Transcriber(args.model)
        _warm_up(transcriber)
        for length in args.lengths:
            clip, speech_end = cut(length, folder)
            lives, tails, batches = [], [], []
            for _ in range(args.runs):
                outcome = live(clip, folder, guide, prompt, args.model)
                tail = outcome.captured_at - outcome.last_speech_at
                lives.append(outcome.reported_at - outcome.last_speech_at)
                tails.append(tail)
                transcriber.word_probabilities.clear()
                transcriber.first_window = None
                batches.append(tail + batch(outcome.path, guide, prompt, transcriber))
                outcome.path.unlink()
            lv, tl, bt = (statistics.median(x) for x in (lives, tails, batches))
            print(
                f"{length:>7.0f}s{speech_end:>10.1f}{lv:>9.2f}{tl:>8.2f}{lv - tl:>23.2f}"
                f"{bt:>9.2f}{bt / lv:>11.1f}"
            )
    print(f"\ntarget: live <= {TARGET_S} s for the 2-minute answer")


if __name__ == "__main__":
    main()
