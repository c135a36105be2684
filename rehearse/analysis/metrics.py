"""The quantities an answer states, and which of them are impact rather than context.

find_metrics lists every quantity as written. classify() tells an impact (a percentage, a
before → after, a rate, money, users, incidents, a multiplier, a ratio, "by half") from context
(how long it took, how many people worked on it, when it happened, how often someone did a
thing): the guide's "Quantify impact (latency, error rate, revenue, cost, availability, user
metrics)" asks for the first; effort and timeline are the story's setting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cues import CHANGE, MECHANISM_VERB, OUTCOME, PREVENTION, SAFEGUARD_NOUN, family, tokens

YEAR_MIN = 1900  # a bare number in this range is a date ("in 2019"), context rather than impact
YEAR_MAX = 2099
SETUP_LABELS = ("situation", "task")
LOCAL_WORDS = 4  # words before a quantity that say whether it changed ("dropped to ...")

# People served outside engineering (a unit of a count; reach when they use what was built).
_SERVED = r"pupils?|residents?|families|parents|readers?|guests?|shoppers?|learners?"
_SMALL = (
    "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    "eighty|ninety"
)
_SCALE = "hundred|thousand|million|billion|trillion|dozen"
_NUMWORD = rf"(?:{_SMALL}|{_SCALE}|half)"
# "two hundred and fifty", "twenty-five", "one and a half"
_SPELLED = rf"\b(?:(?:an?|a\s+few|several|a\s+couple\s+of)\s+(?={_SCALE}))?{_NUMWORD}(?:(?:[\s-]+|\s+and\s+(?:a\s+)?){_NUMWORD})*\b"
# Digits not glued to a word ("p99", "Q2") or part of "24/7"; optional sign, currency, grouping.
_DIGITS = r"(?<![\w./:])[~+\-]?[$€£]?\d+(?:,\d{3})*(?:\.\d+)?(?![\d/:])(?:%|[xX]\b|[kKmMbB]\b|bn\b|(?![a-zA-Z]))"
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
    r"partners?|vendors?|sites?|apps?|devices?|projects?|features?|stars?|reviews?|"
    r"patients?|complaints?|sales|sign-?ups?|subscribers?|visitors?|staff|nurses?|"
    rf"volunteers?|interns?|shifts?|classes|lessons?|nights?|weekends?|{_SERVED}"
)
_SCALE_AFTER = rf"(?:\s+(?:{_SCALE}))?"
_UNIT_AFTER = rf"(?:[\s-]+(?:{_UNITS})\b(?:\s+(?:per|a|an|every|each)\s+[a-z]+\b)?)?"
_QUANTITY = rf"(?:{_DIGITS}|{_SPELLED}){_SCALE_AFTER}{_UNIT_AFTER}"
_MULTIPLIER = (
    r"\b(?:doubled|tripled|quadrupled|halved|tenfold|twofold|threefold|cut\s+in\s+half"
    r"|(?:twice|half|a\s+(?:third|quarter)|\w+\s+times)\s+as\s+(?:often|many|much|fast|quickly|"
    r"long|likely|few|big|large|high|low|slow))\b"
)
# Nouns of trouble: none of them at all is a result ("zero downtime", "no lost sales").
_TROUBLE_NOUNS = (
    r"incidents?|outages?|errors?|crashes|complaints?|citations?|exceptions?|recurrences?|"
    r"defects?|escalations?|downtime|sales|regressions?|failures?|injur(?:y|ies)|falls|"
    r"returns|refunds?|leaks?|delays?|rollbacks?|exploitation|exploits?|breach(?:es)?|"
    r"pages|tickets|bugs|misses|mistakes|problems|issues|violations?|accidents?|losses|"
    r"no-?shows|overdoses|readmissions?|infections?|corrections?|data\s+loss"
)
# "zero downtime", "zero customer-facing incidents", "zero failed logins": none at all is a
# result whatever it counts.
_ZERO = (
    rf"\bzero\s+(?:[a-z][\w-]*\s+)?(?:{_TROUBLE_NOUNS})\b"
    r"|\bzero\s+(?:failed|lost|missed|dropped|broken|late|wrong|duplicate)\s+[a-z]+\b"
)
# "one in five to one in twenty", "3 out of 10", "five of the six": a ratio is a rate whatever
# it counts.
_RATIO = (
    rf"\b(?:{_SPELLED}|\d+)\s+(?:in|out\s+of|of\s+(?:the|all|our|their|its))\s+(?:every\s+)?"
    rf"(?:{_SPELLED}|\d+)\b"
)
# A share said in words: "a fifth", "two thirds", "a handful" (an end of a before -> after).
_FRACTION = (
    r"(?:half|a\s+(?:third|quarter|fifth|tenth|handful)|(?:one|two|three)\s+(?:thirds|quarters|"
    r"fifths|tenths)|none|nothing|zero)"
)
# "a tenth of what we'd had", "about half of last term's number": a share of a before is a change.
# Only of a before: "half of the team", "none of the nurses" are a part of a group, not impact.
_SHARE_OF = (
    r"\b(?:half|a\s+(?:third|quarter|fifth|tenth)|(?:one|two|three)\s+(?:thirds|quarters|fifths|"
    r"tenths))\s+of\s+(?:what|last|previous|the\s+(?:previous|old|last)|(?:our|its|their)\s+old)\b"
)
# How often, in words: "several a day", "most weeks", "almost never" (an end of a before -> after).
_HOW_OFTEN = (
    rf"(?:(?:{_SPELLED}|\d+|several|a\s+few|a\s+couple|once|twice)\s+(?:a|an|per|every|in\s+an?)\s+"
    r"(?:day|week|month|year|shift|night)|(?:most|every|all)\s+(?:days?|weeks?|months?|nights?|"
    r"shifts?)|(?:almost\s+|nearly\s+)?never|rarely|daily|weekly|monthly)"
)
# A length of time said in words: "most of a morning", "a couple of minutes".
_VAGUE_TIME = (
    r"(?:(?:most|half|all|much|part)\s+of\s+(?:a|an|the)\s+(?:morning|afternoon|evening|day|night|"
    r"week|month|year|shift)|a\s+(?:couple|few)\s+(?:of\s+)?(?:seconds|minutes|hours|days|weeks))"
)
# An end of a before -> after: a quantity, a share, a frequency or a time in words.
_END = rf"(?:{_VAGUE_TIME}\b|{_HOW_OFTEN}\b|{_FRACTION}\b(?:\s+(?:a|an|per|each|every)\s+[a-z]+\b)?|{_QUANTITY})"
# Impact said in words: the guide's "describe directionality and scale" when numbers are secret.
_WORDED = (
    r"\b(?:by|in)\s+(?:(?:about|roughly|around|almost|nearly|over|more\s+than|less\s+than|"
    r"just\s+over|just\s+under)\s+)?(?:half|a\s+third|a\s+quarter|two\s+thirds)\b(?!\s+past)"
    r"|\b(?:an|one|two|several)\s+orders?\s+of\s+magnitude\b"
    r"|\b(?:a\s+couple|a\s+few|several)\s+(?:of\s+)?(?:percentage\s+)?points\b"
    r"|\b(?:single|double|triple)[\s-]digits?(?:\s+percent(?:age)?)?\b"
    r"|\b(?:millions|thousands|hundreds|tens)\s+of\s+[a-z]+\b"
)
# Hedges before a number: "from maybe one in five to about one in twenty".
_APPROX = (
    r"(?:(?:just\s+)?(?:about|around|roughly|maybe|nearly|almost|under|over|just|some|only|"
    r"(?:fewer|less|more)\s+than)\s+)?"
)
# "no lost sales", "not one merchant escalated": none of a trouble at all is a result, like "zero".
_NONE = (
    rf"\bno\s+(?:[a-z][\w-]*\s+)?(?:{_TROUBLE_NOUNS})\b"
    r"|\bnot\s+(?:a\s+single|one)\s+[a-z]+(?:\s+[a-z]+)?"
    # "we haven't walked a single guest since", "never lost a single order".
    r"|\b(?:never|not|\w+n't)\s+(?:[a-z]+\s+){1,2}a\s+single\s+[a-z]+(?:\s+[a-z]+)?"
    # "no double bookings since", "nobody misses a dose", "none of them had to be revised".
    r"|\bno\s+(?:double|duplicate|failed|lost|missed|dropped|broken|late|wrong)[\s-]+[a-z]+"
    r"|\b(?:nobody|no\s+one)\s+(?:missed|misses|lost|loses|fell|falls)\b"
    r"|\bnone\s+of\s+(?:them|the\s+[a-z]+)\s+(?:had\s+to\s+be|was|were|needed\s+to\s+be)\s+"
    r"(?:revised|redone|returned|reopened|rejected|corrected|recalled|resent)\b"
)
# A rank: "placed second out of about 60 teams".
_RANK = (
    r"\b(?:first|second|third|fourth|fifth|top\s+\w+|\d+(?:st|nd|rd|th))\s+out\s+of\s+"
    rf"{_APPROX}(?:\d+|{_SPELLED})\b"
)
# "in under a day instead of five", "14 first-time contributors compared with three".
_COMPARE = (
    rf"(?:{_QUANTITY}|\ban?\s+(?:{_UNITS}))(?:\s+[a-z-]+){{0,4}}?\s+"
    rf"(?:instead\s+of|compared\s+(?:with|to)|versus)\s+{_APPROX}{_QUANTITY}"
)
# "the check caught 11 risky migrations", "blocked four bad deploys": what a safeguard stopped
# is its impact, whatever it counts (a mechanism's result; the guide asks for one).
_TIMES = r"(?:seconds|minutes|hours|days|weeks|months|years|mornings|afternoons|evenings|nights)"
_CAUGHT = (
    r"\b(?:caught|blocked|prevented|stopped|flagged|averted|intercepted|rejected)\s+"
    rf"{_APPROX}(?:{_SPELLED}|\d+)(?:\s+[a-z-]+)??\s+(?!{_TIMES}\b)[a-z-]+s\b"
)
METRIC_PATTERN = re.compile(
    rf"\bfrom\s+{_APPROX}{_QUANTITY}\s+(?:to|down\s+to|up\s+to)\s+{_APPROX}{_QUANTITY}"
    rf"|\bfrom\s+{_APPROX}{_RATIO}\s+to\s+{_APPROX}{_RATIO}"
    rf"|\bfrom\s+{_APPROX}{_END}(?:\s+[a-z'-]+){{0,4}}?\s+(?:to|down\s+to|up\s+to)\s+"
    rf"{_APPROX}{_END}|{_SHARE_OF}|{_COMPARE}|{_RANK}|{_NONE}|{_CAUGHT}"
    rf"|{_RATIO}(?:\s+(?:to|down\s+to|up\s+to)\s+{_RATIO})?|{_WORDED}"
    rf"|{_ZERO}|{_MULTIPLIER}|{_QUANTITY}(?:\s*[-\u2013]\s*{_QUANTITY})?",
    re.IGNORECASE,
)
_UNIT_WORD = re.compile(rf"[\s-](?:{_UNITS})\b|%|\d[xXkKmMbB]\b|\$|{_SCALE}", re.IGNORECASE)
_MULTIPLIER_RE = re.compile(_MULTIPLIER, re.IGNORECASE)
# "One of the three customers wrote", "the wrong one of our nine queues": one member of a group
# ("only one of the twelve slipped" stays a count of an outcome).
_MEMBER = re.compile(r"one\s+of\s+(?:the|our|their|its|all)\b", re.IGNORECASE)
_BARE_YEAR = re.compile(r"^\d{4}$")
_WORDED_RE = re.compile(_WORDED, re.IGNORECASE)
_RATIO_RE = re.compile(_RATIO, re.IGNORECASE)
_NONE_RE = re.compile(_NONE, re.IGNORECASE)
_RANK_RE = re.compile(_RANK, re.IGNORECASE)
_SHARE_OF_RE = re.compile(_SHARE_OF, re.IGNORECASE)
_CAUGHT_RE = re.compile(_CAUGHT, re.IGNORECASE)
_BEFORE_AFTER = re.compile(r"^from\s", re.I)
_COMPARE_WORDS = re.compile(r"\b(?:instead\s+of|compared\s+(?:with|to)|versus)\b", re.I)


def _is_context_number(phrase: str) -> bool:
    """Whether a match is not an impact: a bare year, or a small spelled number with no unit."""
    text = phrase.strip()
    if _MULTIPLIER_RE.fullmatch(text) or text.lower().startswith("zero "):
        return False
    if _WORDED_RE.fullmatch(text) or _RATIO_RE.match(text) or _NONE_RE.fullmatch(text):
        return False
    if _RANK_RE.fullmatch(text) or text.lower().startswith("from ") or _SHARE_OF_RE.match(text):
        return False
    if _COMPARE_WORDS.search(text) or _CAUGHT_RE.match(text):
        return False
    if _BARE_YEAR.match(text) and YEAR_MIN <= int(text) <= YEAR_MAX:
        return True
    # "one of the", "the two of us": a spelled count only matters with what it counts.
    return not re.search(r"\d", text) and not _UNIT_WORD.search(text)


def quantities(text: str) -> list[tuple[str, int, int]]:
    """Every quantity in a text with its character span, in order (repeats kept)."""
    found = []
    for match in METRIC_PATTERN.finditer(text):
        phrase = match.group(0).strip(" -\u2013")
        if not _is_context_number(phrase):
            start = match.start() + match.group(0).index(phrase)
            found.append((phrase, start, start + len(phrase)))
    return found


def find_metrics(text: str) -> list[str]:
    """The quantities an answer states, as written, in order and without repeats."""
    return _unique(phrase for phrase, _, _ in quantities(text))


def _unique(phrases) -> list[str]:
    """The phrases in order, each once (ignoring case)."""
    seen: set[str] = set()
    out = []
    for phrase in phrases:
        if phrase.lower() not in seen:
            seen.add(phrase.lower())
            out.append(phrase)
    return out


# --- impact or context ----------------------------------------------------------------------

# Harm: what a failure cost, said with verbs of loss and inability ("we lost 1,800 orders",
# "12% of users couldn't log in", "that cost us nine days", "3,000 orders sat there stuck").
# fmt: off
HARM = family(
    r"lost", r"los(?:e|ing)", r"couldn't", r"could\s+not", r"cost\s+(?:us|me|them|the)",
    r"wasted", r"had\s+to\s+(?:mark|throw|write|scrap|refund|pay|cancel|redo)", r"spoil\w*",
    r"affected", r"were\s+(?:hit|stuck|stranded)", r"was\s+down", r"gone", r"corrupt\w*",
    r"(?:sat|got|left)\s+(?:\w+\s+)?stuck", r"(?:was|were|went)\s+missing", r"missing\s+from",
    r"overwr(?:ote|itten)",
    r"(?:was|were)\s+(?:\w+\s+)?(?:wrong|overstated|understated|misreported)",
)
# fmt: on
_TIME_UNIT = re.compile(
    r"(?:\b|\d|-)(?:ms|milliseconds?|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|"
    r"months?|quarters?|years?|sprints?|shifts?|nights?|weekends?)\b",
    re.IGNORECASE,
)
_PEOPLE_UNIT = re.compile(
    r"\b(?:engineers?|people|developers?|teams?|members?|staff|nurses?|volunteers?|interns?|"
    r"designers?|contractors?|analysts?|colleagues?|hires?|"
    # people served, outside engineering: reach when they use it, else only context
    rf"students?|{_SERVED})\b",
    re.IGNORECASE,
)
# What users, customers and the business feel: counting these is measuring the outcome.
_OUTCOME_UNIT = re.compile(
    r"\b(?:users?|customers?|clients?|requests?|queries|calls|transactions?|orders?|"
    r"incidents?|tickets?|bugs?|errors?|crashes|outages?|alerts?|downloads?|stars?|reviews?|"
    r"dau|mau|rps|qps|patients?|complaints?|sales|sign-?ups?|subscribers?|visitors?|"
    r"downtime|failures?|defects?|escalations?|returns|refunds?)\b",
    re.IGNORECASE,
)
_RATE = re.compile(
    r"%|percent|per\s?cent|points|\d[xX]\b|\btimes\b|fold\b|\bper\s+\w+|\ba\s+(?:day|week|"
    r"month|year|night|shift)\b|^zero\b",
    re.IGNORECASE,
)
# Milliseconds measure a system, never the effort of the people.
_LATENCY_UNIT = re.compile(r"\d\s*ms\b|\bmilliseconds?\b", re.IGNORECASE)
# "200,000 times a month", "30 orders a day": a count per unit of time is a rate.
_FREQUENCY = re.compile(
    r"\s+(?:per|a|an|each|every)\s+(?:day|week|month|year|quarter|night|shift|hour|minute)s?$",
    re.IGNORECASE,
)
_MONEY = re.compile(r"[$€£]|\b(?:dollars?|bucks|euros?|pounds?|grand)\b")
# "the labels cost under £400", "we spent $2,000 on": what a fix cost is its price, not its impact.
_SPENT = re.compile(r"\b(?:cost|costs|costing|spent|spend|spending|paid|pay|paying)\b", re.I)
# Thousands, millions, billions: the scale the guide names ("across millions of requests").
_MAGNITUDE = re.compile(r"\d[kKmMbB]\b|bn\b|\b(?:thousands?|millions?|billions?)\b", re.I)
# Before a duration these make it the story's timeline or effort, not a measured outcome.
TIMELINE_BEFORE = frozenset(
    {"over", "within", "for", "after", "during", "every", "in", "took", "spent", "a", "an", "each"}
)
TIMELINE_AFTER = frozenset({"later", "ago", "earlier", "before", "after", "window", "deadline"})
# After a quantity these compare it: "two days faster", "ten minutes shorter".
COMPARATIVE_AFTER = frozenset(
    {"faster", "sooner", "earlier", "quicker", "shorter", "less", "fewer", "lower", "higher"}
)
# Verbs of reach: people counted as adopters are an outcome ("adopted by 10 teams").
REACH = re.compile(
    r"\b(?:adopt\w*|use[sd]?|using|reach\w*|serv\w*|onboard\w*|across|rolled\s+out\s+to|"
    r"moved\s+over|switched|migrated|joined|signed\s+up|enrolled|attended|trained|passed)\b",
    re.IGNORECASE,
)


@dataclass
class Metric:
    """One quantity stated in the answer: where, what kind, and whether the check counts it."""

    text: str
    sentence: int  # index of the sentence that states it
    kind: str  # "change", "rate", "money", "outcome", "reach", "scale", "time", "effort", ...
    impact: bool  # an impact quantity, wherever it was said
    counted: bool = False  # an impact stated in the Result or Learning: what the check counts
    why: str = ""  # for people: why it counted or not


def classify(phrase: str, sentence: str, start: int, end: int) -> tuple[str, bool, str]:
    """(kind, impact, why) of the quantity at sentence[start:end]."""
    low = phrase.lower()
    before = tokens(sentence[:start])[-LOCAL_WORDS:]
    after = tokens(sentence[end:])[:1]
    changed = bool(CHANGE.search(" ".join(before))) or "now" in before
    if low.startswith("from ") or " to " in low and _RATIO_RE.match(phrase):
        return "change", True, "a before → after"
    if _COMPARE_WORDS.search(phrase):
        return "change", True, "compared with what it was"
    if _SHARE_OF_RE.match(phrase):
        return "change", True, "a share of what it was before"
    if _CAUGHT_RE.match(phrase):
        return "outcome", True, "what a safeguard caught or stopped"
    if _NONE_RE.fullmatch(phrase) or low.startswith("zero "):
        return "outcome", True, "none of a problem at all"
    if HARM.search(sentence) and not changed:
        return "harm", False, "what the failure cost: its harm, not an improvement"
    if _MEMBER.match(phrase) and not (before and before[-1] in ("only", "just")):
        return "scale", False, "'one of the N' names one of a group, not a share"
    if _RATIO_RE.match(phrase) or _RANK_RE.fullmatch(phrase):
        return "rate", True, "a ratio or a rank"
    if _LATENCY_UNIT.search(phrase):
        return "rate", True, "a latency: nobody spends milliseconds of effort"
    if _FREQUENCY.search(phrase) and not _TIME_UNIT.search(_FREQUENCY.sub("", phrase)):
        return "rate", True, "how often, per unit of time"
    if re.match(r"(?:millions|thousands|hundreds|tens)\s+of", low):
        return "reach", True, "scale said in words"
    if _WORDED_RE.fullmatch(phrase) or _MULTIPLIER_RE.fullmatch(phrase):
        return "change", True, "a change said in words"
    if _MONEY.search(phrase):
        if _SPENT.search(" ".join(before)) and not changed:
            return "cost", False, "what it cost: money spent, not an improvement"
        return "money", True, "money"
    if _MAGNITUDE.search(phrase) and not _TIME_UNIT.search(phrase):
        return "reach", True, "scale: thousands, millions"
    if _TIME_UNIT.search(phrase) and not re.search(r"%|percent", low):
        return _duration(before, after, changed)
    if _RATE.search(phrase):
        return "rate", True, "a percentage or rate"
    if _OUTCOME_UNIT.search(phrase):
        return "outcome", True, "counts an outcome (users, incidents, errors ...)"
    if _PEOPLE_UNIT.search(phrase):
        if REACH.search(sentence):
            return "reach", True, "people reached or adopting"
        return "effort", False, "how many people worked on it: effort, not impact"
    if changed or (after and after[0] in (*COMPARATIVE_AFTER, "more")):
        return "change", True, "a quantity that changed"
    if MECHANISM_VERB.search(sentence) and (
        SAFEGUARD_NOUN.search(sentence) or PREVENTION.search(sentence)
    ):  # "added those tracks as a test set, about 300 of them, so nobody can break it again"
        return "scale", False, "the size of a safeguard put in place, not what it achieved"
    if OUTCOME.search(sentence) or re.search(r"\ball\s+(?:of\s+)?(?:the\s+)?\S*\d", sentence, re.I):
        return "outcome", True, "a count of what the outcome reached or completed"
    return "scale", False, "a count with no change stated: context"


def _duration(before: list[str], after: list[str], changed: bool) -> tuple[str, bool, str]:
    """A length of time: the timeline or effort, unless it is what changed ("now 8 minutes")."""
    if after and after[0] in COMPARATIVE_AFTER:
        return "change", True, "time saved or gained"
    if "now" in before and not (after and after[0] in TIMELINE_AFTER):
        return "change", True, "what a time is now (latency, turnaround)"
    if (before and before[-1] in TIMELINE_BEFORE) or (after and after[0] in TIMELINE_AFTER):
        return "time", False, "when or how long it took: timeline, not impact"
    if changed:
        return "change", True, "a time that changed (latency, turnaround)"
    return "time", False, "a length of time with no change stated: timeline, not impact"


def metric_details(
    texts: list[str],
    labels: list[str],
    counted_labels: tuple[str, ...],
    read_as: list[str] | None = None,
) -> list:
    """Every quantity in the answer, classified, and counted when it is an impact stated in one of
    the counted_labels parts (the Result and Learning), or in a sentence whose own content reads
    as one of them (read_as: the label each sentence's words score best, before the order of
    the parts is imposed), so an outcome is not lost to a neighbour's label; a before → after
    counts wherever it is said."""
    out = []
    # In a story, the setup told before its first action states the before, not an outcome.
    first_action = labels.index("action") if "action" in labels else -1
    for index, (text, label) in enumerate(zip(texts, labels, strict=False)):
        reads = read_as[index] if read_as is not None else label
        if index < first_action and label in SETUP_LABELS:
            reads = label
        for phrase, start, end in quantities(text):
            kind, impact, why = classify(phrase, text, start, end)
            counted = impact and (label in counted_labels or reads in counted_labels)
            # A before -> after is an outcome by its own words, whatever the label (dev: 4 answers'
            # only impact, labelled task or situation; none in a true situation of 662 answers).
            counted = counted or bool(impact and _BEFORE_AFTER.match(phrase))
            if impact and not counted:
                why += f"; said in the {label or 'answer'}, not the result"
            elif counted and reads in counted_labels and label not in counted_labels:
                why += f"; labelled {label}, but the sentence reads as a {reads}"
            elif counted and label not in counted_labels:
                why += f"; labelled {label}, but a before → after is an outcome wherever said"
            out.append(Metric(phrase, index, kind, impact, counted, why))
    return out


def counted(details: list[Metric]) -> list[str]:
    """The impact quantities the result-metrics check counts, each once."""
    return _unique(m.text for m in details if m.counted)
