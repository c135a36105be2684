"""Wall time, real-time factor and peak memory of `rehearse analyze` against bare faster-whisper.

Both run as whole processes on the same file with the same model, so model loading and imports
count on both sides. The baseline is faster-whisper with its own defaults plus word timestamps.

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
]

BASELINE = """
import sys
from faster_whisper import WhisperModel
from rehearse.models import resolve
model = WhisperModel(resolve(sys.argv[1]))
segments, info = model.transcribe(sys.argv[2], word_timestamps=True)
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
    print(
        f"{'file':<20}{'audio s':>8}{'base s':>8}{'ours s':>8}{'ratio':>7}"
        f"{'RTF ours':>9}{'RSS base':>9}{'RSS ours':>9}"
    )
    for path in args.files:
        seconds = duration(path)
        base, ours, base_rss, ours_rss = [], [], 0.0, 0.0
        for _ in range(args.runs):  # interleave so machine load hits both alike
            wall, rss = run([sys.executable, "-c", BASELINE, args.model, str(path)])
            base.append(wall)
            base_rss = max(base_rss, rss)
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
        b, o = statistics.median(base), statistics.median(ours)
        print(
            f"{path.name:<20}{seconds:>8.1f}{b:>8.2f}{o:>8.2f}{o / b:>7.2f}"
            f"{o / seconds:>9.3f}{base_rss:>8.0f}M{ours_rss:>8.0f}M"
        )
    print(f"median of {args.runs} runs each, model {args.model}, {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
