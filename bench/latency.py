"""Seconds from the end of the last speech to the report: `practice` (live) beside record-then-analyze.

Answers of about 30 s, 1 min and 2 min are cut at a pause from audio_fixtures/over_two_min.flac.
Each is played at real-time speed through the practice path in this process (FileSource ->
Endpointer -> WAV + streaming worker -> analyze), exactly what `rehearse practice --input FILE
--speed 1` runs, in two ways that keep the endpointer's 3 s trailing-silence wait out of the figure:

  A. the file ends 0.3 s (the VAD's pause threshold) after the last word, so the answer ends with
     the input and only the last stretch of speech is left to transcribe:
       live  = from the wall-clock moment the block holding the last voiced frame was fed
               until analyze() has returned the report;
       batch = from that same moment until the recording is complete (the same 0.3 s tail, fed
               in real time), plus `analyze` of the saved WAV, model already loaded and warm.
  B. the file goes on with silence and the endpointer ends the answer after 3 s of it, as at the
     microphone: live = from the end of speech until the report, minus that 3 s wait (= how long
     the speaker waits once the answer has ended; the last stretch is transcribed during the wait).

  With --panel, A and B run as at a terminal, where the live panel shows the words: the eager
  windows and the looks at the open stretch are decoded too, and one may be under way when the
  answer ends.

  C. (--live-words) how far the live panel's words trail speech: every 0.5 s while the speaker
     is heard, the seconds of audio fed since the end of the last word the panel would show,
     with the provisional look at the open stretch (what the panel uses) and without it.

    python bench/latency.py [--runs 1] [--model tiny.en] [--lengths 30 60 120] [--live-words]
                            [--panel]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from rehearse import audio  # noqa: E402
from rehearse.guide import load  # noqa: E402
from rehearse.live.capture import Session, run_session  # noqa: E402
from rehearse.live.endpointer import SILENCE_S, Endpointer  # noqa: E402
from rehearse.live.sources import FileSource  # noqa: E402
from rehearse.live.worker import Worker, warm_up  # noqa: E402
from rehearse.pipeline import analyze_path  # noqa: E402
from rehearse.transcribe import Transcriber  # noqa: E402
from rehearse.vad import CLOSE_GAP_S  # noqa: E402

SOURCE = ROOT / "audio_fixtures" / "over_two_min.flac"
TAIL_S = CLOSE_GAP_S  # A: silence kept after the last word, the least that tells speech ended
SILENT_TAIL_S = SILENCE_S + 1.0  # B: enough silence for the endpointer to end the answer
TARGET_S = 1.5  # the target for a 2-minute answer


def cut(length_s: float, folder: Path, tail_s: float) -> tuple[Path, float]:
    """A WAV of the fixture up to the last pause before length_s, then tail_s of the fixture's own
    audio (A) or of digital silence beyond it (B); return the file and where speech ends."""
    truth = json.loads(SOURCE.with_suffix(".json").read_text())
    end = max(s["end"] for s in truth["speech"] if s["end"] <= length_s)
    samples = audio.load(SOURCE)[: round((end + min(tail_s, TAIL_S)) * audio.SAMPLE_RATE)]
    silence = np.zeros(round(max(0.0, tail_s - TAIL_S) * audio.SAMPLE_RATE), dtype=np.int16)
    path = folder / f"answer_{length_s:.0f}s_{tail_s:.1f}.wav"
    with audio.WavWriter(path) as w:
        w.write(np.concatenate([samples, silence]))
    return path, end


def live(clip: Path, folder: Path, guide, prompt, model: str, panel: bool = False):
    """Play the clip through the practice path at real time; return the Outcome."""
    worker = Worker(model)
    worker.start()
    worker.wait_ready()  # the model loads while the prompt is on screen, before the answer
    source = FileSource(clip, speed=1.0)
    session = Session(source, Endpointer(), worker, folder / f"live_{clip.name}")
    session.panel = session.preview = panel  # as the live panel sets them
    with source:
        return run_session(session, guide, prompt)


def word_lag(clip: Path, folder: Path, guide, prompt, model: str, preview: bool):
    """C: the lags sampled while speaking, and when (audio s) the first word was shown."""
    worker = Worker(model)
    worker.start()
    worker.wait_ready()
    source = FileSource(clip, speed=1.0)
    session = Session(source, Endpointer(), worker, folder / f"lag_{preview}_{clip.name}")
    session.panel, session.preview = True, preview
    lags, first = [], []
    done = threading.Event()

    def sample():
        while not done.wait(0.5):
            e, words, now = session.endpointer, worker.shown_words, session.stream.time_s
            if words and not first:
                first.append(now)
            if e.started and e.speaking and words:
                lags.append(now - words[-1].end)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    with source:
        run_session(session, guide, prompt)
    done.set()
    sampler.join()
    return lags, first[0] if first else None


def live_words(folder: Path, guide, prompt, model: str) -> None:
    """C: the live panel's word lag on the 1-minute answer, with and without the look."""
    clip, _ = cut(60.0, folder, TAIL_S)
    print(f"\nC. live words on the 1-minute answer ({clip.name}), seconds behind speech:")
    print(f"{'':>22}{'median':>8}{'p90':>8}{'max':>8}{'first word at':>15}")
    for preview in (False, True):
        lags, first = word_lag(clip, folder, guide, prompt, model, preview)
        name = "look at open stretch" if preview else "closed windows only"
        print(
            f"{name:>22}{statistics.median(lags):>8.1f}{np.percentile(lags, 90):>8.1f}"
            f"{max(lags):>8.1f}{first or float('nan'):>14.1f}s",
            flush=True,
        )


def batch(path: Path, guide, prompt, transcriber) -> float:
    """Wall seconds of the analyze pipeline on a finished recording (analyze_path gives each run
    a fresh transcriber.recording(), so nothing carries over from the last)."""
    start = time.perf_counter()
    analyze_path(path, guide, prompt, transcriber=transcriber)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--model", default="tiny.en")
    parser.add_argument("--lengths", type=float, nargs="+", default=[30.0, 60.0, 120.0])
    parser.add_argument("--live-words", action="store_true", help="also measure C")
    parser.add_argument("--panel", action="store_true", help="A and B with the live panel's work")
    args = parser.parse_args()
    guide = load()
    prompt = guide.prompt("above-and-beyond")
    print(__doc__.split("\n\n")[2].rstrip())
    print(
        f"\nmodel {args.model}, {os.cpu_count()} cores shared with other work "
        f"(load average {os.getloadavg()[0]:.2f} at start), {args.runs} run(s) each, median"
        f"{', with the live panel' if args.panel else ''}\n"
    )
    print(
        f"{'answer':>8}{'speech s':>10}{'A live s':>10}{'A batch s':>11}{'batch/live':>11}"
        f"{'B live s':>10}{'B ended by':>12}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        transcriber = Transcriber(args.model)
        warm_up(transcriber)
        for length in args.lengths:
            clip_a, speech_end = cut(length, folder, TAIL_S)
            clip_b, _ = cut(length, folder, SILENT_TAIL_S)
            lives, batches, waits, endings = [], [], [], set()
            for _ in range(args.runs):
                a = live(clip_a, folder, guide, prompt, args.model, args.panel)
                lives.append(a.reported_at - a.last_speech_at)
                tail = a.captured_at - a.last_speech_at
                batches.append(tail + batch(a.path, guide, prompt, transcriber))
                b = live(clip_b, folder, guide, prompt, args.model, args.panel)
                waits.append(b.reported_at - b.last_speech_at - SILENCE_S)
                endings.add(b.ended_by)
            lv, bt, wt = (statistics.median(x) for x in (lives, batches, waits))
            print(
                f"{length:>7.0f}s{speech_end:>10.1f}{lv:>10.2f}{bt:>11.2f}{bt / lv:>11.1f}"
                f"{wt:>10.2f}{','.join(sorted(endings)):>12}",
                flush=True,
            )
        if args.live_words:
            live_words(folder, guide, prompt, args.model)
    print(
        f"\ntarget: <= {TARGET_S} s for the 2-minute answer; load average now {os.getloadavg()[0]:.2f}"
    )


if __name__ == "__main__":
    main()
