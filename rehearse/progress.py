"""Progress across attempts: the numbers followed, which way is better, sparklines and arrows."""

from __future__ import annotations

from dataclasses import dataclass

from .store import Attempt

SPARKS = "▁▂▃▄▅▆▇█"
SAME_FRACTION = 0.02  # a change smaller than this share of the old value reads as "same"
ARROW = {1: "↑", -1: "↓", 0: "→"}
DELTA_SUFFIX = {"share": " pts", "s": " s"}  # a change of a share is in percentage points


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


def judge(metric: Metric, old: float | None, new: float | None, guide=None) -> str:
    """ "better", "worse" or "same" for a change from old to new."""
    if old is None or new is None:
        return "same"
    if metric.better == "band":
        target = guide.targets.get(metric.target) if guide is not None else None
        if target is None:
            return "same"
        old, new = -_outside(target, old), -_outside(target, new)  # nearer the band is better
    elif metric.better == "lower":
        old, new = -old, -new
    scale = max(abs(old), abs(new), 1e-9)
    if abs(new - old) <= SAME_FRACTION * scale:
        return "same"
    return "better" if new > old else "worse"


def _outside(target, value: float) -> float:
    """How far value lies outside the target's pass range (0 inside it)."""
    if target.pass_min is not None and value < target.pass_min:
        return target.pass_min - value
    if target.pass_max is not None and value > target.pass_max:
        return value - target.pass_max
    return 0.0


def arrow(old: float | None, new: float | None) -> str:
    """Which way the number moved: ↑ ↓ →."""
    if old is None or new is None:
        return " "
    scale = max(abs(old), abs(new), 1e-9)
    if abs(new - old) <= SAME_FRACTION * scale:
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
