"""Delivery figures: how well each word's pitch is measured, and what the delivery analysis says
about the bundled answers and the real recordings.

1. Pitch of synthetic voiced vowels of known pitch (70-320 Hz, a bass to a child), measured the
   way prosody.py does (median over the word's voiced frames) with the shortest strong
   autocorrelation lag (what ships) beside the best lag alone (the hesitation detector's pitch):
   the share within half a semitone of the truth.
2. For each audio fixture and each real recording in ../shared/real_speech: the pitch range,
   loudness range, sentences trailing off, pace spans and the notes the report would show.

    python bench/delivery.py [--real-speech DIR]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from test_hesitations import _signal, _vowel  # noqa: E402 - the tests' synthetic voice

from rehearse import hesitations, prosody  # noqa: E402
from rehearse.transcript import Word  # noqa: E402

PITCHES_HZ = (70, 85, 100, 120, 140, 165, 190, 220, 250, 285, 320)
TOLERANCE_ST = 0.5


def pitch_accuracy() -> None:
    """Share of synthetic vowels whose measured pitch is within TOLERANCE_ST of the truth."""
    rows = {"shortest strong lag (ships)": 0, "best lag only (detector)": 0}
    for f0 in PITCHES_HZ:
        truth = 12 * np.log2(f0 / 100)
        audio = _signal([0.3, _vowel(0.4, f0=f0), 0.3])
        frames = hesitations.features(audio, 0.0)
        (word,) = prosody.measure([Word("a", 0.3, 0.7)], frames)
        rows["shortest strong lag (ships)"] += abs(word.pitch_st - truth) <= TOLERANCE_ST
        frames.f0_st = None  # prosody then falls back to the detector's pitch
        (word,) = prosody.measure([Word("a", 0.3, 0.7)], frames)
        ok = word.pitch_st is not None and abs(word.pitch_st - truth) <= TOLERANCE_ST
        rows["best lag only (detector)"] += ok
    print(f"Pitch of {len(PITCHES_HZ)} synthetic vowels, 70-320 Hz, within {TOLERANCE_ST} st:")
    for name, hits in rows.items():
        print(f"  {name:30s} {hits}/{len(PITCHES_HZ)}")


def answers(real: Path) -> None:
    """The delivery measures of every audio fixture and real recording."""
    from rehearse.guide import load
    from rehearse.pipeline import analyze_path

    guide = load()
    files = sorted(
        p for p in (ROOT / "audio_fixtures").iterdir() if p.suffix in (".flac", ".mp3", ".ogg")
    )
    files += sorted(p for p in real.glob("*") if p.suffix in (".wav", ".flac", ".mp3"))
    print("\nfile                                  pitch st  level dB  trail   spans  notes")
    for path in files:
        if path.stem in ("silence_only", "non_english"):
            continue
        try:
            report = analyze_path(path, guide, None, "tiny.en")
        except Exception as e:  # noqa: BLE001 - a bench row, not a test
            print(f"{path.name[:36]:36s}  {type(e).__name__}")
            continue
        d = report.delivery
        counted = sum(v is not None for v in d.sentence_level)
        pitch = f"{d.pitch_range_st:.1f}" if d.pitch_range_st is not None else "–"
        level = f"{d.level_range_db:.1f}" if d.level_range_db is not None else "–"
        print(
            f"{path.name[:36]:36s}  {pitch:>8s}  {level:>8s}  {len(d.trailing):>2d}/{counted:<3d}"
            f"  {len(d.pace_spans):>5d}  {len(d.notes())}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--real-speech", type=Path, default=ROOT.parent / "shared" / "real_speech")
    args = parser.parse_args()
    pitch_accuracy()
    answers(args.real_speech)


if __name__ == "__main__":
    main()
