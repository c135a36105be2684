"""Wall time, real-time factor and peak memory of `rehearse analyze` against bare faster-whisper.

All run as whole processes on the same file with the same model, so model loading and imports
count on every side. Two baselines:
  base  faster-whisper with its own defaults (beam 5, temperature fallback, its compute type) plus
        word timestamps: what a user of bare faster-whisper would run;
  same  bare faster-whisper with rehearse's settings (compute type, beam, temperature 0, threads,
        word timestamps), so ours/same is rehearse's own overhead: VAD, windows, the coverage
        guard's re-decodes, the acoustic hesitation detector and the analysis.

    python bench/speed.py [FILE ...] [--runs 3] [--model tiny.en]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FILES = [
    ROOT / "audio_fixtures" / "balanced.flac",
    ROOT / "audio_fixtures" / "over_two_min.flac",
    ROOT / "audio_fixtures" / "hard_scope.ogg",  # 44.1 kHz stereo Vorbis: decoding costs too
]

BASELINE = """
import sys
from faster_whisper import WhisperModel
from rehearse.models import resolve
model = WhisperModel(resolve(sys.argv[1]))
segments, info = model.transcribe(sys.argv[2], word_timestamps=True)
print(sum(len(s.words) for s in segments))
"""

SAME_SETTINGS = """
import os, sys
from faster_whisper import WhisperModel
from rehearse.models import COMPUTE_TYPE, resolve
from rehearse.transcribe import BEAM_SIZE, TEMPERATURE
model = WhisperModel(resolve(sys.argv[1]), device="cpu", compute_type=COMPUTE_TYPE,
                     cpu_threads=os.cpu_count() or 0)
segments, info = model.transcribe(sys.argv[2], word_timestamps=True, beam_size=BEAM_SIZE,
                                  temperature=TEMPERATURE, language="en")
print(sum(len(s.words) for s in segments))
"""


def run(cmd: list[str]) -> tuple[float, float]:
    """Run a command to completion; return its wall seconds and peak RSS in MiB."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(cmd)}: {proc.stderr.read().decode()[-500:]}")
    return wall, usage.ru_maxrss / 1024


def duration(path: Path) -> float:
    """Length of an audio file in seconds."""
    from rehearse import audio

    return audio.duration(path) or len(audio.load(path)) / audio.SAMPLE_RATE


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, default=DEFAULT_FILES)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--model", default="tiny.en")
    args = parser.parse_args()

    help_times = [run([sys.executable, "-m", "rehearse.cli", "--help"])[0] for _ in range(5)]
    print(f"rehearse --help: {statistics.median(help_times):.3f} s (median of 5)")
    from rehearse.models import COMPUTE_TYPE
    from rehearse.transcribe import BEAM_SIZE, TEMPERATURE

    print(
        f"same = compute {COMPUTE_TYPE}, beam {BEAM_SIZE}, temperature {TEMPERATURE}, "
        f"{os.cpu_count()} threads, word timestamps, language en; base = faster-whisper defaults"
    )
    print(
        f"{'file':<20}{'audio s':>8}{'base s':>8}{'same s':>8}{'ours s':>8}{'/base':>7}"
        f"{'/same':>7}{'RTF ours':>9}{'RSS base':>9}{'RSS same':>9}{'RSS ours':>9}"
    )
    for path in args.files:
        seconds = duration(path)
        base, same, ours, base_rss, same_rss, ours_rss = [], [], [], 0.0, 0.0, 0.0
        for _ in range(args.runs):  # interleave so machine load hits all alike
            wall, rss = run([sys.executable, "-c", BASELINE, args.model, str(path)])
            base.append(wall)
            base_rss = max(base_rss, rss)
            wall, rss = run([sys.executable, "-c", SAME_SETTINGS, args.model, str(path)])
            same.append(wall)
            same_rss = max(same_rss, rss)
            wall, rss = run(
                [
                    sys.executable,
                    "-m",
                    "rehearse.cli",
                    "analyze",
                    str(path),
                    "--json",
                    "--model",
                    args.model,
                ]
            )
            ours.append(wall)
            ours_rss = max(ours_rss, rss)
        b, m, o = (statistics.median(x) for x in (base, same, ours))
        print(
            f"{path.name:<20}{seconds:>8.1f}{b:>8.2f}{m:>8.2f}{o:>8.2f}{o / b:>7.2f}{o / m:>7.2f}"
            f"{o / seconds:>9.3f}{base_rss:>8.0f}M{same_rss:>8.0f}M{ours_rss:>8.0f}M"
        )
    print(f"median of {args.runs} runs each, model {args.model}, {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
