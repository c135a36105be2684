"""What the answer says: the quantities it states and whether it closes with a learning."""

from __future__ import annotations

import re

YEAR_MIN = 1900  # a bare number in this range is a date ("in 2019"), context rather than impact
YEAR_MAX = 2099
LEARNING_TAIL = 1 / 3  # learning language counts when it comes in the last third of the answer

_SMALL = (
    "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    "eighty|ninety"
)
_SCALE = "hundred|thousand|million|billion|trillion|dozen"
_NUMWORD = rf"(?:{_SMALL}|{_SCALE}|half)"
# "two hundred and fifty", "twenty-five", "one and a half"
_SPELLED = rf"\b(?:an?\s+(?={_SCALE}))?{_NUMWORD}(?:(?:[\s-]+|\s+and\s+(?:a\s+)?){_NUMWORD})*\b"
# Digits not glued to a word ("p99", "Q2") or part of "24/7"; optional sign, currency, grouping.
_DIGITS = r"(?<![\w./])[~+\-]?[$€£]?\d+(?:,\d{3})*(?:\.\d+)?(?![\d/])(?:%|[xX]\b|[kKmMbB]\b|bn\b)?"
_UNITS = (
    r"percent|per\s?cent|percentage\s+points|points|times|x|fold|"
    r"dollars?|bucks|euros?|pounds?|k|grand|"
    r"ms|milliseconds?|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|"
    r"quarters?|years?|sprints?|"
    r"users?|customers?|clients?|requests?|queries|calls|transactions?|orders?|"
    r"engineers?|people|developers?|teams?|services?|servers?|machines?|nodes?|hosts?|"
    r"incidents?|tickets?|bugs?|issues?|errors?|crashes|outages?|alerts?|lines?|pages?|"
    r"deploys?|deployments?|releases?|rps|qps|gb|tb|mb|dau|mau|downloads?|members?|"
    r"students?|stores?|regions?|countries|languages?|tests?|repos?|repositories|"
    r"microservices?|pipelines?|jobs?|rows?|records?|files?|steps?|accounts?|"
    r"partners?|vendors?|sites?|apps?|devices?|projects?|features?|stars?|reviews?"
)
_SCALE_AFTER = rf"(?:\s+(?:{_SCALE}))?"
_UNIT_AFTER = rf"(?:[\s-]+(?:{_UNITS})\b(?:\s+(?:per|a|an|every)\s+[a-z]+\b)?)?"
_QUANTITY = rf"(?:{_DIGITS}|{_SPELLED}){_SCALE_AFTER}{_UNIT_AFTER}"
_MULTIPLIER = (
    r"\b(?:doubled|tripled|quadrupled|halved|tenfold|twofold|threefold|cut\s+in\s+half"
    r"|twice\s+as\s+\w+)\b"
)
# "zero downtime", "zero customer-facing incidents": none at all is a result whatever it counts.
_ZERO = rf"\bzero\s+(?!(?:to|and|or|of|in|the|on)\b)[a-z][\w-]*(?:\s+(?:{_UNITS})\b)?"
METRIC_PATTERN = re.compile(
    rf"\bfrom\s+{_QUANTITY}\s+(?:to|down\s+to|up\s+to)\s+{_QUANTITY}"
    rf"|{_ZERO}|{_QUANTITY}(?:\s*[-\u2013]\s*{_QUANTITY})?"
    rf"|{_MULTIPLIER}",
    re.IGNORECASE,
)
_UNIT_WORD = re.compile(rf"[\s-](?:{_UNITS})\b|%|\d[xXkKmMbB]\b|\$|{_SCALE}", re.IGNORECASE)
_MULTIPLIER_RE = re.compile(_MULTIPLIER, re.IGNORECASE)
_BARE_YEAR = re.compile(r"^\d{4}$")

# Language of reflection or a lasting change; shared with the STAR labeller.
LEARNING_CUES = re.compile(
    r"\b(?:learned|learnt|realized|realised)\b|\blessons?\b|\btake-?aways?\b|\btook\s+away\b"
    r"|\btaught\s+me\b|\bnext\s+time\b|\bsince\s+then\b|\bever\s+since\b|\bgoing\s+forward\b"
    r"|\bin\s+hindsight\b|\blooking\s+back\b|\bthese\s+days\b"
    r"|\bnow\s+i\s+(?:always|never|make|try|start)\b|\bi\s+(?:always|never)\s+\w+\s+now\b"
    r"|\b(?:i'd|i\s+would|we'd|we\s+would)\b[^.]*\bdifferently\b"
    r"|\bmechanisms?\b|\brunbooks?\b|\bplaybooks?\b"
    r"|\balert(?:s|ing)?\b[^.]*\b(?:in\s+place|set\s+up)\b"
    r"|\b(?:put|set\s+up|added|created)\b[^.]*\balert(?:s|ing)?\b",
    re.IGNORECASE,
)
RESULT_LABELS = ("result", "learning")


def _is_context_number(phrase: str) -> bool:
    """Whether a match is not an impact: a bare year, or a small spelled number with no unit."""
    text = phrase.strip()
    if _MULTIPLIER_RE.fullmatch(text) or text.lower().startswith("zero "):
        return False
    if _BARE_YEAR.match(text) and YEAR_MIN <= int(text) <= YEAR_MAX:
        return True
    # "one of the", "the two of us": a spelled count only matters with what it counts.
    return not re.search(r"\d", text) and not _UNIT_WORD.search(text)


def find_metrics(text: str) -> list[str]:
    """The quantities an answer states, as written, in order and without repeats."""
    found: list[str] = []
    seen: set[str] = set()
    for match in METRIC_PATTERN.finditer(text):
        phrase = match.group(0).strip(" -\u2013")
        if _is_context_number(phrase) or phrase.lower() in seen:
            continue
        seen.add(phrase.lower())
        found.append(phrase)
    return found


def has_learning(texts: list[str], labels: list[str]) -> bool:
    """Whether the answer closes with a learning: a learning label, or its language near the end."""
    if "learning" in labels:
        return True
    tail_start = len(texts) - max(1, round(len(texts) * LEARNING_TAIL)) if texts else 0
    return any(LEARNING_CUES.search(t) for t in texts[tail_start:])


def result_metrics(sentences_texts: list[str], labels: list[str]) -> list[str]:
    """Metrics stated in the result and learning sentences, where the guide wants the impact."""
    chosen = [
        t for t, label in zip(sentences_texts, labels, strict=False) if label in RESULT_LABELS
    ]
    return find_metrics(" ".join(chosen))
