"""The one fix to make first, said with the speaker's own words, and the checks' human names.

A report lists every check; a nervous candidate needs one thing to change on the next try. The
fix is picked in the guide's order of importance (an answer that misses the question first, then
the most important failing check, then a missing rubric element) and tied to a sentence of the
answer: the "we" sentence to say with "I", the result sentence that needs a number, the part
that runs long. Pure functions of a Report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..transcript import clock
from .timing import LONG_PAUSE_S

if TYPE_CHECKING:  # the Report imports this module
    from ..guide import Guide, Target
    from . import Report

QUOTE_CHARS = 70  # a quoted sentence longer than this is cut at a word, with "…"
SETUP_SENTENCES = 2  # the guide: Situation "1–2 sentences with context"
STEPS = (3, 5)  # the guide's template: Actions "3–5 bullets"
PACE_MIN_WORDS = 6  # a sentence this short says too little to time its pace
# What each check is called where a person reads it.
CHECK_NAMES = {
    "answer_length_s": "Answer length",
    "pace_wpm": "Pace",
    "long_pauses": "Long pauses",
    "fillers_per_minute": "Fillers",
    "setup_share": "Short setup",
    "action_result_share": "Actions and results",
    "result_metrics": "Result metrics",
    "learning": "Learning or mechanism",
    "i_share": "I vs we",
    "template_metrics": "2–3 metrics",
    "action_steps": "3–5 action steps",
    "alternatives": "Trade-offs",
}
QUOTE_LABELS = {"said": "You said", "after": "After", "before": "Before"}
# "we" and the verb forms that follow it, said with "I" instead.
WE_TO_I = {
    "we're": "I'm",
    "we've": "I've",
    "we'd": "I'd",
    "we'll": "I'll",
    "we are": "I am",
    "we were": "I was",
    "we have": "I have",
    "we": "I",
}
WE_PATTERN = re.compile(
    r"\b(" + "|".join(sorted((re.escape(k) for k in WE_TO_I), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


@dataclass
class Fix:
    """The first thing to change: which check or element, what to do, and the words it is about."""

    check: str  # a check id, or "rubric:<element id>"
    name: str  # the check's or element's human name
    headline: str  # what to do, one sentence
    quote: str | None = None  # the speaker's own sentence it is about
    suggestion: str | None = None  # what to say instead, quotes included
    quote_role: str = (
        "said"  # the quote is what to change ("said"), or where to add: "after"/"before"
    )

    @property
    def quote_label(self) -> str:
        """How a report introduces the quote."""
        return QUOTE_LABELS.get(self.quote_role, "You said")

    def to_dict(self) -> dict:
        """The fix as the JSON report gives it."""
        return {
            "check": self.check,
            "name": self.name,
            "headline": self.headline,
            "quote": self.quote,
            "suggestion": self.suggestion,
            "quote_role": self.quote_role,
        }

    @classmethod
    def from_dict(cls, d: dict) -> Fix:
        """A fix read back from the JSON report."""
        return cls(
            d["check"],
            d["name"],
            d["headline"],
            d.get("quote"),
            d.get("suggestion"),
            d.get("quote_role", "said"),
        )


def check_name(check_id: str) -> str:
    """A check's name for people ("Answer length"); unknown ids read as words."""
    return CHECK_NAMES.get(check_id, check_id.replace("_", " ").capitalize())


def plural(count: int, word: str, many: str | None = None) -> str:
    """ "1 pause", "3 pauses": a count with its noun in the right number."""
    return f"{count} {word if count == 1 else many or word + 's'}"


def quote(text: str) -> str:
    """A sentence short enough to quote in one line, cut at a word with "…"."""
    text = text.strip()
    if len(text) <= QUOTE_CHARS:
        return text
    cut = text[:QUOTE_CHARS].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


def say_with_i(sentence: str) -> str | None:
    """The sentence with each "we" said as "I" ("We were" → "I was"); None without one."""
    said = WE_PATTERN.sub(lambda m: WE_TO_I[m.group(1).lower()], sentence)
    return said if said != sentence else None


def above_middle(target: Target, value: float) -> bool:
    """Whether a value lies on the high side of the target's pass range (past its middle).

    A miss is outside the range, so this tells which way it missed: too long, too fast.
    """
    bounds = [b for b in (target.pass_min, target.pass_max) if b is not None]
    return bool(bounds) and value > sum(bounds) / len(bounds)


def first_fix(report: Report, guide: Guide) -> Fix | None:
    """The one fix to make first; None when every check passes and the rubric is complete."""
    missing = [item for item in report.rubric if not item.found]
    off_prompt = next((item for item in missing if item.id == "addresses_prompt"), None)
    if off_prompt is not None:
        return _rubric_fix(off_prompt)
    for check in report.advice():
        if check.id not in FIXES:
            continue
        high = check.value is not None and above_middle(guide.targets[check.id], check.value)
        fix = FIXES[check.id](report, high)
        if fix is not None:
            return fix
    return _rubric_fix(missing[0]) if missing else None


def _rubric_fix(item) -> Fix:
    """A missing rubric element: its advice, with the sentence that broke it (blame) if any."""
    return Fix(f"rubric:{item.id}", item.name, item.advice, _q(item.evidence))


def _q(text: str | None) -> str | None:
    return quote(text) if text else None


def _texts(report: Report, *labels: str) -> list[str]:
    """The sentences labelled with one of labels, in order."""
    return [s.text for s in report.sentences if s.label in labels]


def _fix_i_share(report: Report, high: bool = False) -> Fix | None:
    """The first "we" sentence, preferably an action, said with "I"."""
    ordered = _texts(report, "action") + [s.text for s in report.sentences]
    for text in ordered:
        said = say_with_i(text)
        if said is not None:
            return Fix(
                "i_share",
                check_name("i_share"),
                'Say "I" for what you did yourself, and "we" only for the team.',
                quote(text),
                f"“{quote(said)}”",
            )
    return None


def _fix_setup(report: Report, high: bool = False) -> Fix:
    """How many sentences the setup runs, and where the actions start."""
    setup = _texts(report, "situation", "task")
    actions = _texts(report, "action")
    share = sum(report.shares[label]["share"] for label in ("situation", "task"))
    headline = (
        f"Your setup runs {plural(len(setup), 'sentence')} ({share:.0%} of the answer): "
        f"keep {SETUP_SENTENCES - 1}–{SETUP_SENTENCES} and get to what you did sooner."
    )
    first = _q(setup[0] if setup else None)
    then = f"“{first}” then straight to “{quote(actions[0])}”" if first and actions else None
    return Fix("setup_share", check_name("setup_share"), headline, first, then)


def _fix_doing(report: Report, high: bool = False) -> Fix:
    """Too little of the answer is about actions and results: the longest other part."""
    if len(_texts(report, "situation", "task")) > SETUP_SENTENCES:
        return _fix_setup(report)
    actions = _texts(report, "action")
    headline = (
        f"Only {plural(len(actions), 'sentence')} say what you did: give each step you took "
        "its own sentence, then what came of it."
    )
    return Fix("action_result_share", check_name("action_result_share"), headline)


def _fix_length(report: Report, high: bool = False) -> Fix:
    """Too long: the part that runs longest; too short: what to add."""
    length = report.minutes * 60
    name = check_name("answer_length_s")
    if not high:
        return Fix(
            "answer_length_s",
            name,
            f"The answer runs {clock(length)}: add the steps you took and a number for the "
            "result, to fill 1–2 minutes.",
        )
    actions = _texts(report, "action")
    setup = _texts(report, "situation", "task")
    if len(actions) > STEPS[1]:
        headline = (
            f"The answer runs {clock(length)} and your Action runs {plural(len(actions), 'sentence')}"
            f": keep the {STEPS[0]}–{STEPS[1]} that carry the decisions."
        )
        return Fix("answer_length_s", name, headline)
    if len(setup) > SETUP_SENTENCES:
        return Fix(
            "answer_length_s",
            name,
            f"The answer runs {clock(length)} and the setup {plural(len(setup), 'sentence')}: "
            f"keep {SETUP_SENTENCES - 1}–{SETUP_SENTENCES} sentences of context.",
            quote(setup[0]),
        )
    return Fix(
        "answer_length_s",
        name,
        f"The answer runs {clock(length)}: land within 2 minutes by saying each point once.",
    )


def _fix_metrics(report: Report, high: bool = False) -> Fix:
    """The first result sentence with no impact number, to be given one."""
    counted = {d.sentence for d in report.metric_details if d.counted}
    results = [
        s.text
        for i, s in enumerate(report.sentences)
        if s.label in ("result", "learning") and i not in counted
    ]
    context = [d.text for d in report.metric_details if not d.impact]
    tail = f" (“{context[0]}” is effort or time, not impact)" if context else ""
    name = check_name("result_metrics")
    if results:
        return Fix(
            "result_metrics",
            name,
            f"Give your result a number: by how much, for how many, how fast{tail}.",
            quote(results[0]),
        )
    actions = _texts(report, "action")
    return Fix(
        "result_metrics",
        name,
        f"Say what changed, with a number, after your last action{tail}.",
        _q(actions[-1] if actions else None),
        quote_role="after",
    )


def _fix_learning(report: Report, high: bool = False) -> Fix:
    """Close with a learning or mechanism, after the answer's last sentence."""
    last = report.sentences[-1].text if report.sentences else None
    return Fix(
        "learning",
        check_name("learning"),
        "Close with what you learned, or the mechanism you put in place so it cannot happen "
        "again: “What I do differently now is …”.",
        _q(last),
        quote_role="after",
    )


def _fix_fillers(report: Report, high: bool = False) -> Fix:
    """The most used filler, how often, and the first sentence it is in."""
    counts: dict[str, int] = {}
    for f in report.fillers:
        counts[f.text] = counts.get(f.text, 0) + 1
    top = max(counts, key=counts.get)  # dicts keep first use: ties go to the earlier filler
    first = next(f for f in report.fillers if f.text == top)
    sentence = next((s.text for s in report.sentences if s.first <= first.index < s.last), None)
    return Fix(
        "fillers_per_minute",
        check_name("fillers_per_minute"),
        f"You said “{top}” {plural(counts[top], 'time')} "
        f"({report.fillers_per_minute:.1f} fillers a minute): pause silently instead.",
        _q(sentence),
    )


def _sentence_pace(report: Report) -> list[tuple[float, str]]:
    """(words per minute, text) of each sentence long enough to time."""
    words = report.transcript.words
    out = []
    for s in report.sentences:
        if s.last - s.first < PACE_MIN_WORDS:
            continue
        span = words[s.last - 1].end - words[s.first].start
        if span > 0:
            out.append(((s.last - s.first) / span * 60, s.text))
    return out


def _fix_pace(report: Report, high: bool = False) -> Fix:
    """Too fast (high): the fastest sentence; too slow: the slowest."""
    pick = (max if high else min)(_sentence_pace(report), default=None)
    headline = (
        f"Pace {report.timing.wpm:.0f} wpm: "
        + ("slow down and pause after each key point" if high else "pick up the pace")
        + (f" — this sentence ran at {pick[0]:.0f} wpm." if pick else ".")
    )
    return Fix("pace_wpm", check_name("pace_wpm"), headline, _q(pick[1] if pick else None))


def _fix_pauses(report: Report, high: bool = False) -> Fix:
    """The longest pause and the words after it."""
    long = [p for p in report.timing.pauses if p.duration >= LONG_PAUSE_S]
    worst = max(long, key=lambda p: p.duration)
    after = next(
        (s.text for s in report.sentences if s.start is not None and s.start >= worst.start), None
    )
    return Fix(
        "long_pauses",
        check_name("long_pauses"),
        f"You stopped {plural(len(long), 'time')} for {LONG_PAUSE_S:g} s or more (longest "
        f"{worst.duration:.1f} s at {clock(worst.start)}): know your next STAR part before "
        "you start.",
        _q(after),
    )


def _fix_steps(report: Report, high: bool = False) -> Fix:
    """Too few steps: the ones there are; too many (high): how many to keep."""
    steps = report.action_steps
    name = check_name("action_steps")
    if not high:
        return Fix(
            "action_steps",
            name,
            f"Name {STEPS[0]}–{STEPS[1]} steps you took, each with its own verb "
            f"(so far {plural(len(steps), 'step')}).",
            _q(steps[0][0] if steps else None),
        )
    return Fix(
        "action_steps",
        name,
        f"Your Action has {plural(len(steps), 'step')}: keep the {STEPS[0]}–{STEPS[1]} "
        "that carry the decisions.",
    )


def _fix_alternatives(report: Report, high: bool = False) -> Fix:
    """Say what else was considered before the first action."""
    actions = _texts(report, "action")
    return Fix(
        "alternatives",
        check_name("alternatives"),
        "Say what else you considered and why you chose this way (the trade-off).",
        _q(actions[0] if actions else None),
        quote_role="before",
    )


def _fix_template_metrics(report: Report, high: bool = False) -> Fix:
    """One metric given: a second measure of the outcome."""
    first = report.result_metrics[0] if report.result_metrics else None
    return Fix(
        "template_metrics",
        check_name("template_metrics"),
        "Add a second measure of the outcome"
        + (f" beside “{first}”." if first else ": the template closes with 2–3 metrics."),
    )


FIXES = {
    "i_share": _fix_i_share,
    "setup_share": _fix_setup,
    "action_result_share": _fix_doing,
    "answer_length_s": _fix_length,
    "result_metrics": _fix_metrics,
    "learning": _fix_learning,
    "fillers_per_minute": _fix_fillers,
    "pace_wpm": _fix_pace,
    "long_pauses": _fix_pauses,
    "action_steps": _fix_steps,
    "alternatives": _fix_alternatives,
    "template_metrics": _fix_template_metrics,
}
