"""Progress across attempts: the numbers followed, which way is better, series, bests, sparklines.

A trend only ever links attempts of one prompt and one kind: a written draft is graded on fewer
checks than a recording and has no pace, so a draft after a recording is not a step back, and an
answer to another prompt is not a step at all. "Better" is judged against the guide's target: a
change inside the pass range is neither better nor worse.
"""

from __future__ import annotations

from dataclasses import dataclass

from .store import Attempt

SPARKS = "▁▂▃▄▅▆▇█"
SAME_FRACTION = 0.02  # a change smaller than this share of the old value reads as "same"
ARROW = {1: "↑", -1: "↓", 0: "→"}
DELTA_SUFFIX = {"share": " pts", "s": " s"}  # a change of a share is in percentage points
KIND_LABEL = {"audio": "spoken", "text": "draft"}  # Attempt.kind as the tables name it
VERDICTS = ("better", "worse", "same", "in target")


@dataclass(frozen=True)
class Metric:
    """One number followed across attempts, and what the guide says a good value is."""

    key: str  # the Attempt property that gives it
    label: str
    unit: str  # "s", "wpm", "per_min", "share", "count"
    target: str | None  # the prompts.yaml target that grades it
    better: str  # "lower", "higher", or "band": closer to the target's pass range

    def value(self, attempt: Attempt) -> float | None:
        return getattr(attempt, self.key)

    def show(self, value: float | None, attempt: Attempt | None = None) -> str:
        """A value as people read it: 1:30, 139, 2.7, 88%, 8/9."""
        if value is None:
            return "–"
        if self.key == "checks_share" and attempt is not None:
            return f"{attempt.checks_passed}/{attempt.checks_total}"
        if self.unit == "s":
            seconds = round(value)
            return f"{seconds // 60}:{seconds % 60:02d}"
        if self.unit == "share":
            return f"{value:.0%}"
        if self.unit == "per_min":
            return f"{value:.1f}"
        return f"{value:.0f}"

    def delta(self, old: float | None, new: float | None) -> str:
        """The change from old to new, signed, in the metric's unit; "" when it rounds to none."""
        if old is None or new is None:
            return ""
        digits = 1 if self.unit == "per_min" else 0
        amount = round((new - old) * (100 if self.unit == "share" else 1), digits)
        if amount == 0:
            return ""
        return f"{amount:+.{digits}f}{DELTA_SUFFIX.get(self.unit, '')}"

    def describe_target(self, guide, attempt: Attempt | None = None) -> str:
        """The pass range for people ("60–120 s"); for the checks, "all N" of the attempt's."""
        target = guide.targets.get(self.target) if self.target else None
        if target is not None:
            return target.describe()
        return f"all {attempt.checks_total}" if attempt is not None else "all"


# The guide's numbers per answer: length, pace, fillers, "I", STAR balance, and checks passed.
METRICS = (
    Metric("answer_s", "length", "s", "answer_length_s", "band"),
    Metric("wpm", "wpm", "wpm", "pace_wpm", "band"),
    Metric("fillers_per_minute", "fill/min", "per_min", "fillers_per_minute", "lower"),
    Metric("i_share", "I-share", "share", "i_share", "higher"),
    Metric("action_result_share", "A+R", "share", "action_result_share", "higher"),
    # A share, not a count: a draft is graded on fewer checks than a recording (no pace, pauses).
    Metric("checks_share", "checks", "share", None, "higher"),
)


@dataclass(frozen=True)
class Series:
    """The attempts one trend links: one prompt, one kind (spoken or draft), newest first."""

    prompt_id: str | None
    kind: str  # Attempt.kind: "audio" or "text"
    attempts: tuple[Attempt, ...]

    @property
    def name(self) -> str:
        """How a table names it: the prompt id, with "(drafts)" for written drafts."""
        name = self.prompt_id or "(no prompt)"
        return f"{name} (drafts)" if self.kind == "text" else name


def series(attempts: list[Attempt], prompt_order: dict[str, int] | None = None) -> list[Series]:
    """The attempts split by prompt (in the guide's order) and kind (spoken first)."""
    order = prompt_order or {}
    keys = sorted(
        {(a.prompt_id, a.kind) for a in attempts},
        key=lambda k: (order.get(k[0] or "", len(order)), k[0] or "", k[1] != "audio"),
    )
    return [
        Series(pid, kind, tuple(a for a in attempts if (a.prompt_id, a.kind) == (pid, kind)))
        for pid, kind in keys
    ]


def previous(attempt: Attempt, attempts: list[Attempt]) -> Attempt | None:
    """The attempt before this one in its series (same prompt, same kind), or None."""
    earlier = [
        a
        for a in attempts
        if (a.prompt_id, a.kind) == (attempt.prompt_id, attempt.kind)
        and (a.created, a.id) < (attempt.created, attempt.id)
    ]
    return max(earlier, key=lambda a: (a.created, a.id), default=None)


def _target(metric: Metric, guide):
    """The guide's Target for the metric, or None."""
    return guide.targets.get(metric.target) if guide is not None and metric.target else None


def in_target(metric: Metric, value: float | None, guide) -> bool | None:
    """Whether the value lies inside the target's pass range; None without a value or target."""
    target = _target(metric, guide)
    if value is None or target is None:
        return None
    return _outside(target, value) == 0.0


def judge(metric: Metric, old: float | None, new: float | None, guide=None) -> str:
    """ "better", "worse", "same" or "in target" (both inside the pass range) for a change."""
    if old is None or new is None:
        return "same"
    target = _target(metric, guide)
    if target is not None:
        old_out, new_out = _outside(target, old), _outside(target, new)
        if old_out == 0.0 and new_out == 0.0:
            return "in target" if _moved(old, new) else "same"
        if metric.better == "band" or old_out != new_out:
            return _direction(-old_out, -new_out)  # nearer the pass range is better
    if metric.better == "lower":
        old, new = -old, -new
    return _direction(old, new)


def _direction(old: float, new: float) -> str:
    """ "better" when new is larger by more than rounding, "worse" when smaller, else "same"."""
    if not _moved(old, new):
        return "same"
    return "better" if new > old else "worse"


def _moved(old: float, new: float) -> bool:
    """Whether the change is more than a rounding's worth of the larger value."""
    scale = max(abs(old), abs(new), 1e-9)
    return abs(new - old) > SAME_FRACTION * scale


def _outside(target, value: float) -> float:
    """How far value lies outside the target's pass range (0 inside it)."""
    if target.pass_min is not None and value < target.pass_min:
        return target.pass_min - value
    if target.pass_max is not None and value > target.pass_max:
        return value - target.pass_max
    return 0.0


def best(metric: Metric, attempts, guide) -> Attempt | None:
    """The attempt with the metric's best value: nearest the pass range, then the lowest or
    highest as the metric prefers, then the latest."""
    target = _target(metric, guide)
    sign = {"lower": 1.0, "higher": -1.0}.get(metric.better, 0.0)

    def rank(a: Attempt) -> tuple:
        value = metric.value(a)
        outside = _outside(target, value) if target is not None else 0.0
        return (outside, sign * value, -a.created, -a.id)

    known = [a for a in attempts if metric.value(a) is not None]
    return min(known, key=rank, default=None)


def best_attempt(attempts) -> Attempt | None:
    """The personal best: the most checks passed (as a share, then a count), the latest on a tie."""
    return max(
        attempts,
        key=lambda a: (a.checks_share or 0.0, a.checks_passed, a.created, a.id),
        default=None,
    )


def arrow(old: float | None, new: float | None) -> str:
    """Which way the number moved: ↑ ↓ →."""
    if old is None or new is None:
        return " "
    if not _moved(old, new):
        return ARROW[0]
    return ARROW[1] if new > old else ARROW[-1]


def sparkline(values: list[float | None]) -> str:
    """Values as ▁▂▃▄▅▆▇█ from the lowest to the highest; a gap for a missing value."""
    known = [v for v in values if v is not None]
    if not known:
        return " " * len(values)
    low, high = min(known), max(known)
    span = high - low
    out = []
    for v in values:
        if v is None:
            out.append(" ")
        elif span <= 0:
            out.append(SPARKS[len(SPARKS) // 2 - 1])
        else:
            out.append(SPARKS[round((v - low) / span * (len(SPARKS) - 1))])
    return "".join(out)


def bar(passed: int, warned: int, total: int, width: int) -> str:
    """Checks as a bar of `width` cells: █ passed, ▒ warned, ░ failed."""
    if total <= 0:
        return "·" * width
    full = round(passed / total * width)
    half = min(width - full, round(warned / total * width))
    return "█" * full + "▒" * half + "░" * (width - full - half)
