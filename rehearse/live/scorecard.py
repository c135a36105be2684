"""A mock interview's prompts and its scorecard: which prompts to ask (those of the least-practised
leadership principles), and how each principle fared across the loop.

Each prompt of the guide names the principles it probes; an answer to it counts for each of them
with its checks passed and its rubric elements found. A principle's line adds those up over the
loop's main answers (follow-ups are dives into the same story, graded against the same prompt,
and are left out so a principle is not scored twice on one story). Stored attempts carry
`interview: {session, index}`; sessions() groups them back.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass, field

MIN_PROMPTS = 2  # the mock loop: two to four prompts in a row
MAX_PROMPTS = 4
DEFAULT_PROMPTS = 3


@dataclass
class Line:
    """One leadership principle across the loop."""

    principle: str
    prompts: list[str] = field(default_factory=list)  # prompt ids answered that probe it
    checks_passed: int = 0
    checks_total: int = 0
    rubric_found: int = 0
    rubric_total: int = 0
    missing: list[str] = field(default_factory=list)  # rubric elements not found, in order

    @property
    def checks_share(self) -> float | None:
        """Share of the guide's checks passed by the answers that probe this principle."""
        return self.checks_passed / self.checks_total if self.checks_total else None

    @property
    def rubric_share(self) -> float | None:
        """Share of the prompts' rubric elements the answers showed."""
        return self.rubric_found / self.rubric_total if self.rubric_total else None

    def to_dict(self) -> dict:
        """The line as `interview --json` gives it."""
        return {
            "principle": self.principle,
            "prompts": self.prompts,
            "checks_passed": self.checks_passed,
            "checks_total": self.checks_total,
            "checks_share": _r(self.checks_share),
            "rubric_found": self.rubric_found,
            "rubric_total": self.rubric_total,
            "rubric_share": _r(self.rubric_share),
            "missing": self.missing,
        }


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def scorecard(answers: Iterable[tuple[str, object]], guide) -> list[Line]:
    """Per principle, in the order the loop first met it: the (prompt id, Report) answers summed.
    A prompt id the guide no longer has counts for no principle."""
    lines: dict[str, Line] = {}
    known = {p.id: p for p in guide.prompts}
    for prompt_id, report in answers:
        prompt = known.get(prompt_id)
        if prompt is None:
            continue
        passed = sum(c.status == "pass" for c in report.checks)
        found = [r for r in report.rubric if r.found]
        for principle in prompt.principles:
            line = lines.setdefault(principle, Line(principle))
            line.prompts.append(prompt_id)
            line.checks_passed += passed
            line.checks_total += len(report.checks)
            line.rubric_found += len(found)
            line.rubric_total += len(report.rubric)
            line.missing += [r.name for r in report.rubric if not r.found]
    return list(lines.values())


def principle_counts(guide, answered: dict[str, int]) -> dict[str, int]:
    """How many answers so far probed each principle of the guide (0 for those never practised)."""
    counts = {principle: 0 for p in guide.prompts for principle in p.principles}
    for prompt in guide.prompts:
        for principle in prompt.principles:
            counts[principle] += answered.get(prompt.id, 0)
    return counts


def choose(guide, answered: dict[str, int], n: int, rng: random.Random | None = None) -> list:
    """n different prompts, one at a time: each the one whose least-practised principle is the
    least practised (then the fewest answers over its principles), at random among equals; the
    chosen prompt's principles then count as practised once more, so the loop spreads out."""
    rng = rng or random.Random()
    counts = principle_counts(guide, answered)
    chosen: list = []
    for _ in range(min(n, len(guide.prompts))):
        left = [p for p in guide.prompts if p not in chosen]

        def key(p):
            values = [counts[x] for x in p.principles] or [0]
            return (min(values), sum(values) / len(values))

        best = min(key(p) for p in left)
        prompt = rng.choice([p for p in left if key(p) == best])
        chosen.append(prompt)
        for principle in prompt.principles:
            counts[principle] += 1
    return chosen


def sessions(attempts) -> dict[str, list]:
    """Stored attempts (store.Attempt) grouped by interview session, each session's in loop order
    (index, then follow-ups after their parent); what `history` can show as one session."""
    found: dict[str, list] = {}
    for attempt in attempts:
        link = attempt.data.get("interview") if isinstance(attempt.data, dict) else None
        if isinstance(link, dict) and isinstance(link.get("session"), str):
            found.setdefault(link["session"], []).append(attempt)
    for group in found.values():
        group.sort(key=lambda a: (_index(a), is_follow_up(a), a.id))
    return found


def _index(attempt) -> int:
    """The attempt's place in its interview loop (1 first)."""
    index = attempt.data["interview"].get("index")
    return index if isinstance(index, int) else 0


def is_follow_up(attempt) -> bool:
    """Whether a stored attempt answers a follow-up question (its JSON names a parent)."""
    practice = attempt.data.get("practice") if isinstance(attempt.data, dict) else None
    return isinstance(practice, dict) and practice.get("parent") is not None


def session_scorecard(group: list, guide) -> list[Line]:
    """The scorecard of one stored session (its main answers)."""
    return scorecard(
        ((a.prompt_id, a.report) for a in group if not is_follow_up(a) and a.prompt_id), guide
    )
