"""Paraphrase probes: does each check read general English as meant, beside an earlier release?

    python bench/probes.py              # each probe as written
    python bench/probes.py --fillers    # spoken: a filler set off by commas inside each probe,
                                        # the whole answer through rehearse.analysis.analyze

The corpus's answers come from a handful of writers each round, and a fresh writer's words for
"the supplier let us down" or "we made the date" are often not the last one's. bench/probes.yaml
holds short sentences written for this bench (by the developer, in everyday words, not taken from
the corpus or the tests), bench/probes-second.yaml more of them by a second writer who never
read the rules (measured once before any rule was changed from them), bench/probes-third.yaml
by a third such writer, bench/probes-fourth.yaml and bench/probes-fifth.yaml by a fourth and a
fifth, bench/probes-sixth.yaml by a sixth (each read and fixed from after it was measured
unread), and bench/probes-seventh.yaml by a seventh, kept unread (its figures are the only ones
here on words no rule was fitted on), each with
what the check should read:
- blame: a failure put on another party ("owns it" expected not found), or owned (found), after
  "I approved the release." (the failure prompt's "owns it", which blame breaks);
- owning a failure / a missed deadline: the error or the commitment said in the first person, or
  a plain statement of fact (the prompt's "owns it" on one sentence);
- addresses the prompt: per prompt, a sentence that tells the kind of story asked for (read
  alone, the whole rubric graded) or one that says in so many words that the story is not that
  kind, said after a sentence with the prompt's own words (the element must be missing);
- learning: a lesson or a mechanism stated, or a closing that states neither;
- result metrics: an impact quantity in a Result sentence, or only effort, time and context;
- other rubric elements: a sentence that shows one (a root cause, a re-baselined plan, a
  trade-off ...), or one that does not.

The first six parts are development material: the rules of this release were changed while
reading them, so their figures say how much of everyday English the rules now cover, not how they
do on answers nobody tuned on (bench/coaching.py's held-out part says that). Each earlier release
is unpacked with `git archive` and judged in a subprocess on the same sentences in the same run.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import yaml
from releases import in_release

ROOT = Path(__file__).resolve().parent.parent
PROBES = Path(__file__).with_name("probes.yaml")
# (title, file): each part printed as its own table.
PARTS = (
    ("first part, written by the developer", PROBES),
    ("second part, written by a second writer", Path(__file__).with_name("probes-second.yaml")),
    ("third part, written by a third writer", Path(__file__).with_name("probes-third.yaml")),
    ("fourth part, written by a fourth writer", Path(__file__).with_name("probes-fourth.yaml")),
    ("fifth part, written by a fifth writer", Path(__file__).with_name("probes-fifth.yaml")),
    # Kept unread: no rule may be fitted on it until it has been reported on and a part written to
    # take its place (the file's header).
    ("sixth part, written by a sixth writer", Path(__file__).with_name("probes-sixth.yaml")),
    (
        "seventh part, written by a seventh writer, unread",
        Path(__file__).with_name("probes-seventh.yaml"),
    ),
)
# (commit, column title): the rules when the sixth part was last measured unread (and the
# seventh first), round 18's release, when the fifth part was last measured unread (and the sixth
# first), and when the fourth part was last measured unread (and the fifth first); each unread
# figure measured before any rule was changed from that part.
EARLIER = (
    ("707e9ea", "sixth part unread"),
    ("71336ba", "round 18"),
    ("4153f20", "fifth part unread"),
    ("dec2a2f", "fourth part unread"),
)
FILLERS = ("um,", "uh,", "you know,")  # --fillers: one of these, set off by commas, per probe
SEED = 0


def cases(path: Path = PROBES) -> list[dict]:
    """Every probe of one file as plain data: section, kind of judgement, sentences, expected
    reading."""
    data = yaml.safe_load(path.read_text())
    out = []
    for section in ("blame", "owning a failure", "owning a missed deadline"):
        s = data[section]
        for c in s["cases"]:
            texts = [*s["before"], c["text"]]
            out.append({"section": section, "judge": "element", "prompt": s["prompt"],
                        "element": s["element"], "texts": texts, "expect": c["expect"]})  # fmt: skip
    s = data["addresses the prompt"]
    for prompt, items in s["by_prompt"].items():
        for c in items:
            texts = [c["text"]] if c["expect"] else [s["said_after"][prompt], c["text"]]
            out.append({"section": f"addresses the prompt: {prompt}", "judge": "first_element",
                        "prompt": prompt, "texts": texts, "expect": c["expect"]})  # fmt: skip
    for c in data["other rubric elements"]["cases"]:
        out.append({"section": "other rubric elements", "judge": "element", "prompt": c["prompt"],
                    "element": c["element"], "texts": [c["text"]], "expect": c["expect"]})  # fmt: skip
    for section, judge in (("learning", "learning"), ("result metrics", "metrics")):
        for c in data[section]["cases"]:
            out.append({"section": section, "judge": judge, "texts": [c["text"]],
                        "prompt": "failure", "expect": c["expect"]})  # fmt: skip
    return out


def spoken(items: list[dict]) -> list[dict]:
    """The probes a checker reads through analyze() (not result metrics, whose part depends on
    the labeller), each last sentence with a filler set off by commas at a seeded place."""
    rng = random.Random(SEED)
    out = []
    for c in items:
        if c["judge"] == "metrics":
            continue
        words = c["texts"][-1].split()
        k = rng.randrange(1, max(2, len(words)))
        words[k - 1] = words[k - 1] if words[k - 1].endswith(",") else words[k - 1] + ","
        text = " ".join([*words[:k], rng.choice(FILLERS), *words[k:]])
        out.append({**c, "texts": [*c["texts"][:-1], text], "through": "analyze"})
    return out


def _through_analyze(c: dict, guide) -> bool:
    """The probe's reading from the whole report of an answer made of its sentences."""
    from rehearse.analysis import analyze
    from rehearse.transcript import Transcript, Word

    words = [Word(w) for w in " ".join(c["texts"]).split()]
    report = analyze(
        Transcript(words, kind="text", duration_s=None), guide, guide.prompt(c["prompt"])
    )
    if c["judge"] == "learning":
        return report.has_learning
    element = c.get("element", "addresses_prompt")
    return next(i for i in report.rubric if i.id == element).found


def judge(items: list[dict]) -> list[bool]:
    """This process's reading of each probe (whichever release `rehearse` is here)."""
    from rehearse.analysis import content, rubric
    from rehearse.guide import load

    guide = load()
    out = []
    for c in items:
        if c.get("through") == "analyze":
            out.append(_through_analyze(c, guide))
        elif c["judge"] == "element":
            e = next(x for x in guide.prompt(c["prompt"]).rubric if x.id == c["element"])
            out.append(rubric.element(c["texts"], e).found)
        elif c["judge"] == "first_element":
            out.append(rubric.grade(c["texts"], guide.prompt(c["prompt"]))[0].found)
        elif c["judge"] == "learning":
            out.append(content.has_learning(c["texts"]))
        else:
            details = content.metric_details(c["texts"], ["result"], ("result", "learning"))
            out.append(any(m.counted for m in details))
    return out


def _earlier(commit: str, items: list[dict]) -> list:
    """judge() run by an earlier release, unpacked from git into a temporary folder."""
    return in_release(commit, Path(__file__).resolve(), "--judge", items)


def main() -> None:
    """Print, per section, how many probes each release reads as meant."""
    if sys.argv[1:] == ["--judge"]:  # the child process: probes on stdin, readings on stdout
        print(json.dumps(judge(json.loads(sys.stdin.read()))))
        return
    sys.path.insert(0, str(ROOT))
    for title, path in PARTS:
        items = spoken(cases(path)) if sys.argv[1:] == ["--fillers"] else cases(path)
        _table(title, path, items)


def _table(title: str, path: Path, items: list[dict]) -> None:
    """One part's table: per section, how many probes each release reads as meant."""
    columns = [("this release", judge(items))]
    columns += [(f"{name} ({commit})", _earlier(commit, items)) for commit, name in EARLIER]
    how = ", a filler inside each, read through analyze()" if sys.argv[1:] == ["--fillers"] else ""
    kind = "held out: no rule fitted on it" if "unread" in title else "development material"
    print(f"paraphrase probes, {title} ({kind}, bench/{path.name}{how}): {len(items)}")
    print(
        f"{'read as meant (expected reading)':56}" + "".join(f"{name:>30}" for name, _ in columns)
    )
    sections = list(dict.fromkeys(c["section"] for c in items))
    for section in [*sections, "all"]:
        for side, label in ((True, "found"), (False, "not found")):
            rows = [
                i
                for i, c in enumerate(items)
                if (section == "all" or c["section"] == section) and c["expect"] is side
            ]
            if not rows:
                continue
            cells = "".join(
                f"{f'{sum(got[i] is side for i in rows)}/{len(rows)}':>30}" for _, got in columns
            )
            print(f"{section + ', ' + label:56}{cells}")
    print()


if __name__ == "__main__":
    main()
