"""Coaching accuracy on the held-out part of the coaching corpus, beside two earlier releases.

    python bench/coaching.py              # the figures to report: the held-out part, then the
                                          # hundred-and-fifth held-out part (now folded into development)
    python bench/coaching.py --split dev  # for development only (tuning is done on dev)
    python bench/coaching.py --spoken [--split dev]   # STAR as a recording's punctuation reads

For each answer (tests/data/coaching, read through tests/coaching_corpus.py) the draft text goes
through `rehearse.analysis.analyze` with its prompt, and the bench compares:
- STAR word-level accuracy: every word's predicted label against the corpus label;
- seeded-fault detection: for each fault kind, the share of answers seeded with it whose check
  flags it (not "pass"; a rubric element "missing");
- unseeded detection: the written answers that by the corpus truth state no learning (or no
  metric in the result) as written, not seeded, that the check flags (why-amazon answers aside:
  neither check is asked of them);
- false alarms: for each check, the share of unseeded control answers, fine on that check by the
  corpus truth, that the check flags anyway. The content-free answers are no controls: they are
  meant to pass no check (an "I" share of nothing fails, rightly), so flagging them is no alarm.
Round 99's release (commit 832ceea, the code that reported on the hundred-and-fifth part) and the release
before the coaching work (84a38f0) are each unpacked with `git archive` into a temporary folder and run in a
subprocess on the same answers in the same run. 84a38f0 has no rubric: faults only a rubric can
see (blame, off-prompt, a missing element) count as not detected for it.

--spoken: STAR word accuracy when the answer is punctuated as a decoder may punctuate it, SPLICED
of its full stops made commas (chosen with a seeded generator, the next word lower-cased unless
it is "I"), split as a written draft (split_sentences) and as a recording (split_spoken).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from releases import in_release

ROOT = Path(__file__).resolve().parent.parent
SPLICED = 0.3  # share of full stops a --spoken run turns into commas
SEED = 0
# Earlier releases run beside this one: (commit, column title).
EARLIER = (("832ceea", "round 99"), ("84a38f0", "before coaching"))
# Fault kind -> the check whose non-pass flags it (rubric:<id> = that rubric element missing).
FAULT_CHECK = {
    "long_setup": "setup_share",
    "we_heavy": "i_share",
    "no_metric": "result_metrics",
    "no_learning": "learning",
    "blame": "rubric:owns_it",
    "off_prompt": "rubric:addresses_prompt",
}
# Check -> (corpus truth key, the truth value that means the answer is fine on it).
CONTROL_TRUTH = {
    "setup_share": ("long_setup", False),
    "i_share": ("we_heavy", False),
    "result_metrics": ("metric_in_result", True),
    "learning": ("learning_or_mechanism", True),
    # The corpus says the answer owns its failure (failure), or blames no one (deadline).
    "rubric:owns_it": ("owns_it", True),
    "rubric:addresses_prompt": ("addresses_prompt", True),
}


def predict(answers: list[dict]) -> list[dict]:
    """Per answer: the predicted label of every word and the flag of every check (this process's
    rehearse, whichever release that is)."""
    from rehearse.analysis import analyze
    from rehearse.guide import load
    from rehearse.transcript import Transcript, Word

    guide = load()
    out = []
    for a in answers:
        words = [Word(w) for w in a["text"].split()]
        report = analyze(
            Transcript(words, kind="text", duration_s=None), guide, guide.prompt(a["prompt"])
        )
        labels = [""] * len(words)
        for s in report.sentences:
            labels[s.first : s.last] = [s.label] * (s.last - s.first)
        flags = {c.id: c.status != "pass" for c in report.checks}
        for item in getattr(report, "rubric", []):
            flags[f"rubric:{item.id}"] = not item.found
        out.append({"labels": labels, "flags": flags})
    return out


def _earlier(commit: str, items: list[dict]) -> list:
    """predict() run by an earlier release, unpacked from git into a temporary folder."""
    return in_release(commit, Path(__file__).resolve(), "--predict", items)


def _owns_it(a) -> bool | None:
    """Whether the answer owns its failure or its miss, by the corpus truth (None: no such check)."""
    if "owns_it" in a.checks["rubric"]:
        return a.checks["rubric"]["owns_it"]
    return not a.checks["blame"] if a.prompt == "deadline" else None


def _answers(split: str) -> list[dict]:
    """The corpus part as plain data (so an earlier release can read it from stdin)."""
    sys.path.insert(0, str(ROOT / "tests"))
    import coaching_corpus

    part = {
        "dev": coaching_corpus.dev,
        "heldout": coaching_corpus.heldout,
        "first_heldout": coaching_corpus.first_heldout,
        "second_heldout": coaching_corpus.second_heldout,
        "third_heldout": coaching_corpus.third_heldout,
        "fourth_heldout": coaching_corpus.fourth_heldout,
        "fifth_heldout": coaching_corpus.fifth_heldout,
        "sixth_heldout": coaching_corpus.sixth_heldout,
        "seventh_heldout": coaching_corpus.seventh_heldout,
        "eighth_heldout": coaching_corpus.eighth_heldout,
        "ninth_heldout": coaching_corpus.ninth_heldout,
        "tenth_heldout": coaching_corpus.tenth_heldout,
        "eleventh_heldout": coaching_corpus.eleventh_heldout,
        "twelfth_heldout": coaching_corpus.twelfth_heldout,
        "thirteenth_heldout": coaching_corpus.thirteenth_heldout,
        "fourteenth_heldout": coaching_corpus.fourteenth_heldout,
        "fifteenth_heldout": coaching_corpus.fifteenth_heldout,
        "sixteenth_heldout": coaching_corpus.sixteenth_heldout,
        "seventeenth_heldout": coaching_corpus.seventeenth_heldout,
        "eighteenth_heldout": coaching_corpus.eighteenth_heldout,
        "nineteenth_heldout": coaching_corpus.nineteenth_heldout,
        "twentieth_heldout": coaching_corpus.twentieth_heldout,
        "twenty_first_heldout": coaching_corpus.twenty_first_heldout,
        "twenty_second_heldout": coaching_corpus.twenty_second_heldout,
        "twenty_third_heldout": coaching_corpus.twenty_third_heldout,
        "twenty_fourth_heldout": coaching_corpus.twenty_fourth_heldout,
        "twenty_fifth_heldout": coaching_corpus.twenty_fifth_heldout,
        "twenty_sixth_heldout": coaching_corpus.twenty_sixth_heldout,
        "twenty_seventh_heldout": coaching_corpus.twenty_seventh_heldout,
        "twenty_eighth_heldout": coaching_corpus.twenty_eighth_heldout,
        "twenty_ninth_heldout": coaching_corpus.twenty_ninth_heldout,
        "thirtieth_heldout": coaching_corpus.thirtieth_heldout,
        "thirty_first_heldout": coaching_corpus.thirty_first_heldout,
        "thirty_second_heldout": coaching_corpus.thirty_second_heldout,
        "thirty_third_heldout": coaching_corpus.thirty_third_heldout,
        "thirty_fourth_heldout": coaching_corpus.thirty_fourth_heldout,
        "thirty_fifth_heldout": coaching_corpus.thirty_fifth_heldout,
        "thirty_sixth_heldout": coaching_corpus.thirty_sixth_heldout,
        "thirty_seventh_heldout": coaching_corpus.thirty_seventh_heldout,
        "thirty_eighth_heldout": coaching_corpus.thirty_eighth_heldout,
        "thirty_ninth_heldout": coaching_corpus.thirty_ninth_heldout,
        "fortieth_heldout": coaching_corpus.fortieth_heldout,
        "forty_first_heldout": coaching_corpus.forty_first_heldout,
        "forty_second_heldout": coaching_corpus.forty_second_heldout,
        "forty_third_heldout": coaching_corpus.forty_third_heldout,
        "forty_fourth_heldout": coaching_corpus.forty_fourth_heldout,
        "forty_fifth_heldout": coaching_corpus.forty_fifth_heldout,
        "forty_sixth_heldout": coaching_corpus.forty_sixth_heldout,
        "forty_seventh_heldout": coaching_corpus.forty_seventh_heldout,
        "forty_eighth_heldout": coaching_corpus.forty_eighth_heldout,
        "forty_ninth_heldout": coaching_corpus.forty_ninth_heldout,
        "fiftieth_heldout": coaching_corpus.fiftieth_heldout,
        "fifty_first_heldout": coaching_corpus.fifty_first_heldout,
        "fifty_second_heldout": coaching_corpus.fifty_second_heldout,
        "fifty_third_heldout": coaching_corpus.fifty_third_heldout,
        "fifty_fourth_heldout": coaching_corpus.fifty_fourth_heldout,
        "fifty_fifth_heldout": coaching_corpus.fifty_fifth_heldout,
        "fifty_sixth_heldout": coaching_corpus.fifty_sixth_heldout,
        "fifty_seventh_heldout": coaching_corpus.fifty_seventh_heldout,
        "fifty_eighth_heldout": coaching_corpus.fifty_eighth_heldout,
        "fifty_ninth_heldout": coaching_corpus.fifty_ninth_heldout,
        "sixtieth_heldout": coaching_corpus.sixtieth_heldout,
        "sixty_first_heldout": coaching_corpus.sixty_first_heldout,
        "sixty_second_heldout": coaching_corpus.sixty_second_heldout,
        "sixty_third_heldout": coaching_corpus.sixty_third_heldout,
        "sixty_fourth_heldout": coaching_corpus.sixty_fourth_heldout,
        "sixty_fifth_heldout": coaching_corpus.sixty_fifth_heldout,
        "sixty_sixth_heldout": coaching_corpus.sixty_sixth_heldout,
        "sixty_seventh_heldout": coaching_corpus.sixty_seventh_heldout,
        "sixty_eighth_heldout": coaching_corpus.sixty_eighth_heldout,
        "sixty_ninth_heldout": coaching_corpus.sixty_ninth_heldout,
        "seventieth_heldout": coaching_corpus.seventieth_heldout,
        "seventy_first_heldout": coaching_corpus.seventy_first_heldout,
        "seventy_second_heldout": coaching_corpus.seventy_second_heldout,
        "seventy_third_heldout": coaching_corpus.seventy_third_heldout,
        "seventy_fourth_heldout": coaching_corpus.seventy_fourth_heldout,
        "seventy_fifth_heldout": coaching_corpus.seventy_fifth_heldout,
        "seventy_sixth_heldout": coaching_corpus.seventy_sixth_heldout,
        "seventy_seventh_heldout": coaching_corpus.seventy_seventh_heldout,
        "seventy_eighth_heldout": coaching_corpus.seventy_eighth_heldout,
        "seventy_ninth_heldout": coaching_corpus.seventy_ninth_heldout,
        "eightieth_heldout": coaching_corpus.eightieth_heldout,
        "eighty_first_heldout": coaching_corpus.eighty_first_heldout,
        "eighty_second_heldout": coaching_corpus.eighty_second_heldout,
        "eighty_third_heldout": coaching_corpus.eighty_third_heldout,
        "eighty_fourth_heldout": coaching_corpus.eighty_fourth_heldout,
        "eighty_fifth_heldout": coaching_corpus.eighty_fifth_heldout,
        "eighty_sixth_heldout": coaching_corpus.eighty_sixth_heldout,
        "eighty_seventh_heldout": coaching_corpus.eighty_seventh_heldout,
        "eighty_eighth_heldout": coaching_corpus.eighty_eighth_heldout,
        "eighty_ninth_heldout": coaching_corpus.eighty_ninth_heldout,
        "ninetieth_heldout": coaching_corpus.ninetieth_heldout,
        "ninety_first_heldout": coaching_corpus.ninety_first_heldout,
        "ninety_second_heldout": coaching_corpus.ninety_second_heldout,
        "ninety_third_heldout": coaching_corpus.ninety_third_heldout,
        "ninety_fourth_heldout": coaching_corpus.ninety_fourth_heldout,
        "ninety_fifth_heldout": coaching_corpus.ninety_fifth_heldout,
        "ninety_sixth_heldout": coaching_corpus.ninety_sixth_heldout,
        "ninety_seventh_heldout": coaching_corpus.ninety_seventh_heldout,
        "ninety_eighth_heldout": coaching_corpus.ninety_eighth_heldout,
        "ninety_ninth_heldout": coaching_corpus.ninety_ninth_heldout,
        "hundredth_heldout": coaching_corpus.hundredth_heldout,
        "hundred_first_heldout": coaching_corpus.hundred_first_heldout,
        "hundred_second_heldout": coaching_corpus.hundred_second_heldout,
        "hundred_third_heldout": coaching_corpus.hundred_third_heldout,
        "hundred_fourth_heldout": coaching_corpus.hundred_fourth_heldout,
        "hundred_fifth_heldout": coaching_corpus.hundred_fifth_heldout,
    }[split]()
    return [
        {
            "id": a.id,
            "prompt": a.prompt,
            "text": a.text,
            "gold": a.word_labels(),
            "fault": a.seeded_fault,
            "content_free": a.style == "content-free",
            "truth": {
                **a.checks,
                **{f"rubric:{k}": v for k, v in a.checks["rubric"].items()},
                "learning_or_mechanism": a.checks["learning"] or a.checks["mechanism"],
                "owns_it": _owns_it(a),
            },
        }
        for a in part
    ]


# Pitfalls a written answer may have unseeded: kind -> (check, corpus truth key, its faulty value).
UNSEEDED = {
    "no_learning": ("learning", "learning_or_mechanism", False),
    "no_metric": ("result_metrics", "metric_in_result", False),
}


def figures(answers: list[dict], predicted: list[dict]) -> dict:
    """STAR word accuracy, detection per fault kind (seeded, and as written) and false alarms per
    check."""
    right = sum(
        p == g
        for a, r in zip(answers, predicted, strict=True)
        for p, g in zip(r["labels"], a["gold"], strict=True)
    )
    total = sum(len(a["gold"]) for a in answers)
    detection = {}
    kinds = sorted({a["fault"] for a in answers if a["fault"]})
    for kind in kinds:
        check = FAULT_CHECK.get(kind) or f"rubric:{kind.removeprefix('missing_')}"
        seeded = [r for a, r in zip(answers, predicted, strict=True) if a["fault"] == kind]
        detection[kind] = (sum(r["flags"].get(check, False) for r in seeded), len(seeded))
    as_written = {}
    for kind, (check, key, faulty) in UNSEEDED.items():
        written = [
            r
            for a, r in zip(answers, predicted, strict=True)
            if a["fault"] is None
            and not a["content_free"]
            and a["prompt"] != "why-amazon"
            and a["truth"].get(key) == faulty
        ]
        as_written[kind] = (sum(r["flags"].get(check, False) for r in written), len(written))
    alarms = {}
    for check, (key, fine) in CONTROL_TRUTH.items():
        controls = [
            r
            for a, r in zip(answers, predicted, strict=True)
            if a["fault"] is None and not a["content_free"] and a["truth"].get(key) == fine
        ]
        alarms[check] = (sum(r["flags"].get(check, False) for r in controls), len(controls))
    return {
        "star": right / total,
        "detection": detection,
        "as_written": as_written,
        "alarms": alarms,
    }


def _show(n: tuple[int, int]) -> str:
    """k/n with its share."""
    k, total = n
    return f"{k}/{total} ({k / total:.2f})" if total else "-"


def _table(title: str, answers: list[dict]) -> None:
    """Print this release's figures beside the earlier releases' on the same answers."""
    columns = [("this release", figures(answers, predict(answers)))]
    columns += [
        (f"{name} ({commit})", figures(answers, _earlier(commit, answers)))
        for commit, name in EARLIER
    ]
    print(f"{title}: {len(answers)} answers")
    print(f"{'':36}" + "".join(f"{name:>28}" for name, _ in columns))
    print(f"{'STAR word accuracy':36}" + "".join(f"{f['star']:>28.3f}" for _, f in columns))
    for kind in columns[0][1]["detection"]:
        cells = "".join(f"{_show(f['detection'][kind]):>28}" for _, f in columns)
        print(f"{'detects seeded ' + kind:36}{cells}")
    for kind in UNSEEDED:
        cells = "".join(f"{_show(f['as_written'][kind]):>28}" for _, f in columns)
        print(f"{'detects ' + kind + ' as written':36}{cells}")
    for check in columns[0][1]["alarms"]:
        cells = "".join(f"{_show(f['alarms'][check]):>28}" for _, f in columns)
        print(f"{'false alarms ' + check:36}{cells}")


def spoken_star(answers: list[dict], share: float) -> dict[str, float]:
    """STAR word accuracy with `share` of the full stops made commas, split both ways."""
    from rehearse.analysis.sentences import ends_sentence, split_sentences
    from rehearse.analysis.star import label_sentences, split_spoken
    from rehearse.transcript import Word

    rng = random.Random(SEED)
    right = {"split_sentences": 0, "split_spoken": 0}
    total = 0
    for a in answers:
        texts = a["text"].split()
        for k in range(len(texts) - 1):
            if texts[k].endswith(".") and ends_sentence(texts[k]) and rng.random() < share:
                texts[k] = texts[k][:-1] + ","
                if texts[k + 1] != "I" and not texts[k + 1].startswith("I'"):
                    texts[k + 1] = texts[k + 1][0].lower() + texts[k + 1][1:]
        words = [Word(t) for t in texts]
        for name, split in (("split_sentences", split_sentences), ("split_spoken", split_spoken)):
            sentences = split(words)
            labels = label_sentences([s.text for s in sentences], a["prompt"])
            got = [
                lab
                for s, lab in zip(sentences, labels, strict=True)
                for _ in range(s.last - s.first)
            ]
            right[name] += sum(p == g for p, g in zip(got, a["gold"], strict=True))
        total += len(a["gold"])
    return {name: k / total for name, k in right.items()}


def main() -> None:
    """Print the releases' figures side by side."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("heldout", "dev"), default="heldout")
    parser.add_argument("--spoken", action="store_true", help="STAR under a decoder's commas")
    parser.add_argument("--predict", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.predict:  # the child process: answers on stdin, predictions on stdout
        print(json.dumps(predict(json.loads(sys.stdin.read()))))
        return
    sys.path.insert(0, str(ROOT))
    if args.spoken:
        answers = _answers(args.split)
        print(f"STAR word accuracy, {args.split} part ({len(answers)} answers), seed {SEED}:")
        for share in (0.0, SPLICED):
            row = spoken_star(answers, share)
            cells = "  ".join(f"{name} {value:.3f}" for name, value in row.items())
            print(f"  {share:.0%} of full stops made commas: {cells}")
        return
    if args.split == "dev":
        _table("coaching corpus, dev part (development only)", _answers("dev"))
        return
    _table("coaching corpus, held-out part", _answers("heldout"))
    print()
    _table(
        "for the record: the hundred-and-fifth held-out part, reported on before and since folded into "
        "development (fitted on: not a held-out figure)",
        _answers("hundred_fifth_heldout"),
    )


if __name__ == "__main__":
    main()
