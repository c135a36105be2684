"""The per-prompt rubric of prompts.yaml: each element the guide asks of an answer, found or missing,
with the sentence that shows it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..guide import Prompt
from ..guide.prompts import FIRST_ELEMENT, Element
from . import content, cues, stance
from .metrics import classify
from .quantities import quantities
from .tense import past_reading

WE_HEAVY_SHARE = 0.5  # a sentence is "we-heavy" when fewer than this share of its pronouns are "I"
# The "elements" family: the answer shows what the question asks when this share of the prompt's
# other elements are found (a story with the complexity, the simpler alternative and why it was
# safe is about a simple solution, whatever words it uses).
ELEMENTS_SHARE = 1.0
# A cue denied by one of these words just before it is not said ("nobody's code broke").
NEGATOR = re.compile(r"(?:nobody(?:'s)?|nothing|never|no|none|not|no-one|\w+n't)\b", re.IGNORECASE)
# 3, not 2: "no report was wrong" (dev: off-prompt caught +1, no new false alarm).
NEGATION_WORDS = 3
# The scope set out before an appositive that narrows it: "my job was stripping the straw, nothing
# more than that" says what the job was, not that the work stayed inside it.
SCOPE_SET_OUT = re.compile(
    r"\b(?:my|our)\s+(?:job|role|remit|brief|responsibility|task|part)\s+(?:is|was)\b[^.;]*,\s*$",
    re.IGNORECASE,
)
# The job introduced in the same breath as what it covered sets the scope out: "I worked weekends
# as a sales assistant, and my role covered the tills and the watering".
JOB_INTRO = re.compile(
    r"\bi\s+(?:worked|work|was|am)\s+(?:[\w-]+\s+){0,3}?as\s+(?:an?|the)\b", re.IGNORECASE
)
COVERED = re.compile(
    r"(?:my|our|the)\s+(?:job|brief|role|remit|contract|duties)\s+(?:covered|covers|included|includes)",
    re.IGNORECASE,
)
# A cue in a clause of what had not happened yet is not told as happening: "I caught it before it
# failed", "I ask the kids before I assume anything".
NOT_YET = re.compile(
    r"\b(?:before|until|unless)\s+(?:(?:i|we|it|they|he|she|you|anyone|anybody|anything|"
    r"someone|something)\s+)?$",
    re.IGNORECASE,
)
# ... set against work said to be someone else's ("my role covered their treatment, and transport
# was formally the responsibility of the patient services team": heldout46, read after round 40).
# ... or to lie outside it ("the restaurant and the concierge desk sat outside it": heldout47, read
# after round 41).
OTHERS_JOB = re.compile(
    r"\b(?:was|is|were|are)\s+(?:[a-z]+ly\s+)?(?:the\s+)?(?:job|responsibility|remit|role|duty)\s+of\s+"
    r"(?:a|an|the|another|their|his|her)\b"
    # ... "food was entirely the kitchen's responsibility" (heldout49, read after round 43), or a
    # group's: "the grounds were the brothers' responsibility" (heldout104, read after round 98)
    r"|\b(?:was|is|were|are)\s+(?:[a-z]+ly\s+)?the\s+[\w-]+(?:'s|s')\s+(?:job|responsibility|remit|role|duty|area)\b"
    r"|\b(?:sat|sits|lay|lies|fell|falls|was|were|is|are)\s+(?:well\s+|completely\s+|entirely\s+)?outside\s+"
    r"(?:it|that|of\s+it|my\s+(?:role|job|remit|brief|duties|scope|area))\b"
    # ... or said to hold none of it ("nothing in it concerned what those families ate": heldout48)
    r"|\b(?:nothing|none)\s+(?:in|of)\s+(?:it|that|them)\s+(?:concerned|covered|included|touched|mentioned|involved)\b"
    # ... or said to belong to another ("visitor programmes belonged to the education officer":
    # heldout53, read after round 47)
    r"|\bbelong(?:ed|s)?\s+to\s+(?:the|a|an|another|our)\s+(?:[\w-]+\s+){0,2}?(?:officer|team|department|"
    r"manager|colleague|nurse|teacher|staff|office|desk|planner|coordinator|lead|supervisor|shift)\b"
    # ... or done by another: "transport is arranged by a separate team" (heldout79, round 73)
    r"|\b(?:was|is|were|are)\s+(?:arranged|handled|managed|run|organi[sz]ed|covered|done|booked)\s+by\s+"
    r"(?:a|an|the|another)\s+(?:separate\s+|different\s+|other\s+)?(?:[\w-]+\s+)?(?:team|department|office|"
    r"service|company|contractor|desk|unit)\b",
    re.IGNORECASE,
)
# The work said to lie inside the speaker's job: "it was part of my role", "that was in my job
# description", "my brief also covered checking the sizes", "it was assigned to me".
IN_SCOPE = re.compile(
    r"\b(?:was|were|is|are|'s)\s+(?:(?:all|always|also|squarely|clearly|just|simply|still)\s+)?"
    r"(?:part\s+of|in|within|(?:written|built|put)\s+into)\s+(?:my|our)\s+(?:[\w-]+\s+)?"
    r"(?:job|role|brief|duties|remit|responsibilit\w*|scope|contract|timetable|schedule|rota|"
    r"hours|objectives|job\s+description)\b"
    r"|\b(?:my|our|the)\s+(?:job|brief|role|remit|contract|duties)\s+(?:also\s+|already\s+)?"
    r"(?:covered|covers|included|includes)\b"
    # "the ticket's assigned to me", "sorting it out was one of my written objectives"
    r"|\b(?:was|is|'s|were|are)\s+(?:(?!not\b|never\b)\w+\s+)?assigned\s+to\s+(?:me|us)\b"
    r"|\bone\s+of\s+(?:my|our)\s+(?:[\w-]+\s+)?(?:objectives|duties|responsibilities|goals|targets|"
    r"tasks|kpis)\b"
    # "that was just my job", "it's what I'm paid to do", "as part of the job"
    r"|\b(?:was|is|'s)\s+(?:just|simply|only)\s+(?:my|our)\s+(?:job|role|duty|duties)\b"
    # ... not "what I was paid for was lessons and marking": the narrow scope set out
    r"|\bwhat\s+(?:i|we)(?:'m|'re|\s+am|\s+are|\s+was|\s+were)\s+(?:paid|hired|employed)\s+(?:to\s+do|for)\b"
    r"(?!\s+(?:was|is|were|are)\b)"
    r"|\bas\s+part\s+of\s+(?:the|that|my)\s+(?:job|role|brief)\b"
    # ... "which was all part of the job", "what the owner had asked us to do" (heldout106, read after
    # round 100)
    r"|\b(?:was|were|is|are|'s)\s+(?:(?:all|always|also|just|simply)\s+)?part\s+of\s+the\s+(?:job|role)\b"
    r"|\bwhat\s+(?:my|our|the)\s+(?:manager|boss|owner|supervisor|lead|director|head|team\s+lead|line\s+manager)\s+"
    r"(?:had\s+)?(?:asked|told|wanted)\s+(?:me|us)\s+to\s+do\b"
    # "part of what I was there to do", the work "put on my task list" (heldout62, round 56)
    r"|\bpart\s+of\s+what\s+(?:i|we)\s+(?:was|were|am|are)\s+(?:there|here|hired|paid|employed)\s+(?:to\s+do|for)\b"
    r"|\bput\s+(?:[\w-]+\s+){1,4}?on\s+(?:my|our)\s+(?:task\s+list|to-?do\s+list|list|plate|objectives)\b"
    # ... "the breakfast bag was simply my assigned project", "my manager had put me in charge of
    # it" (heldout49, read after round 43)
    r"|\b(?:was|is|'s)\s+(?:just\s+|simply\s+|only\s+)?(?:my|our)\s+assigned\s+(?:project|task|job|work)\b"
    r"|\b(?:manager|boss|lead|supervisor|director|head)\s+(?:had\s+)?put\s+(?:me|us)\s+in\s+charge\s+of\b"
    # The work handed over by one's manager ("my manager asked me to do it"), or the same as anyone
    # in the role would have done ("anyone in my role would have done the same").
    r"|\b(?:my|our|the)\s+(?:manager|boss|lead|supervisor|director|team\s+lead|line\s+manager|head)\s+"
    r"(?:had\s+)?(?:asked|told|assigned|instructed|wanted)\s+(?:me|us)\s+to"
    r"(?:\s+(?:do|handle|take\s+on|run|own|fix|build|sort\s+out)\s+(?:it|this|that|the\s+(?:job|work|task))\b"
    # ... not asked to do it again or wider after it went well ("asked me to run it again"); or
    # "asked me to" ending its clause ("my manager asked me to, so I did").
    r"(?![^.]*\b(?:again|next|afterwards|later|whole|every|other|rest|too|as\s+well)\b)"
    r"|(?=\s*[,.;!?]|\s*$|\s+and\b))"
    r"|\b(?:anyone|anybody|any\s+[\w-]+)\s+(?:else\s+)?in\s+my\s+(?:role|position|job|shoes|place|seat)\s+would\s+"
    r"have\s+done\s+the\s+same\b"
    # ... or told as what the speaker does for anyone ("the same as I would for anyone", "like we do
    # for every piece of work": heldout105, read after round 99)
    r"|\b(?:(?:the\s+)?same\s+as|like|just\s+as)\s+(?:i|we)\s+(?:would|do|did|always\s+do)(?:\s+do)?\s+"
    r"(?:for|with)\s+(?:anyone|anybody|everyone|everybody|any\s+(?:other\s+)?[\w-]+|every\s+(?:other\s+)?[\w-]+)\b"
    # ... and in other everyday words: "the task I'd been assigned",
    # "nothing extra", "normal for the role", "everyone on the team was expected to do the same",
    # "it was on the rota", "I was paid for it", "only doing what was expected", "the core of my
    # contract".
    r"|\b(?:task|job|work|project|ticket)\s+(?:i|we)(?:'d|\s+had)?\s+(?:been\s+)?(?:assigned|given)\b"
    # ... not the scope set out ("nothing beyond that was expected of me")
    # ... nor what was asked of the speaker ("my supervisor expected nothing beyond the
    # reconciliations": heldout51, read after round 45)
    r"|(?<!\bexpected\s)(?<!\basked\s)(?<!\bwanted\s)(?<!\brequired\s)(?<!\bneeded\s)"
    r"\bnothing\s+(?:extra|beyond|more\s+than|outside)\b"
    r"(?![^.;]{0,20}?\b(?:was|were)\s+(?:expected|asked|required|needed|wanted)\b)"
    r"|\b(?:normal|standard|usual|routine)\s+(?:for|in)\s+(?:the|my|our|a|that)\s+(?:role|job|position)\b"
    r"|\b(?:everyone|everybody|all\s+of\s+us)\s+(?:[\w-]+\s+){0,3}?(?:was|were|is|are)\s+expected\s+to\s+"
    r"do\s+(?:the\s+same|that|this|it)\b"
    r"|\b(?:it\s+was|it's|that\s+was)\s+on\s+the\s+rota\b"
    r"|\b(?:i\s+was|i\s+got|i'm|i\s+am|we\s+were)\s+paid\s+(?:for\s+it|to\s+do\s+it)\b"
    r"|\b(?:only|just|simply|merely)\s+(?:doing|did)\s+(?:what\s+(?:was|i\s+was|we\s+were)\s+"
    r"(?:expected|asked|paid|told)|what\s+(?:the|my|our)\s+(?:[\w-]+\s+)?(?:contract|brief|job|ticket|"
    r"spec|manager|client|boss)\s+(?:had\s+)?(?:asked|required|called|wanted|assigned|gave|set)|my\s+job)\b"
    r"|\b(?:core|heart|bulk|main\s+part)\s+of\s+my\s+(?:job|role|contract|duties|remit)\b"
    # "squarely my own task", "standard for anyone on the team",
    # "it's in the contract", "written into my objectives"
    r"|\bsquarely\s+(?:my|our)\s+own\b"
    r"|\b(?:standard|normal|expected|routine|usual)\s+(?:[\w-]+\s+)?for\s+(?:anyone|everyone|everybody|"
    r"all\s+of\s+us)\s+(?:on|in)\b"
    r"|\b(?:it's|it\s+is|that's|it\s+was)\s+in\s+(?:the|my|our)\s+(?:contract|job\s+description)\b"
    r"|\bwritten\s+into\s+my\s+(?:[\w-]+\s+)?(?:objectives|contract|job\s+description|targets)\b"
    # "it's exactly what my lead has planned the sprint around"
    r"|\bexactly\s+what\s+(?:my|the|our)\s+(?:lead|manager|boss|supervisor|team\s+lead|line\s+manager)\s+"
    r"(?:had\s+|has\s+)?(?:planned|asked\s+for|assigned|scoped)\b"
    # "that was exactly what I was hired to do", "exactly what the nurses had referred her to me for"
    r"|\bexactly\s+what\s+(?:(?!(?:nobody|no|not|never|\w+n't)\b)[\w'-]+\s+){0,5}?(?:referred|asked|hired|sent|assigned|told|paid|employed|"
    r"brought\s+in)\b"
    # "the exact task on my sprint board, no more", "everyone on the ward did the same", "the
    # standard expectation" (read from the fourth probe part, development since round 16).
    r"|\b(?:exact|very|same)\s+(?:task|ticket|job|thing|work)\s+(?:on|in|from)\s+(?:my|our|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:board|backlog|list|plan|rota|ticket)\b"
    r"|\b(?:everyone|everybody|all\s+of\s+us)\s+(?:on|in|at)\s+(?:the|my|our)\s+[\w-]+\s+"
    r"(?:did|does|do|would\s+have\s+done)\s+the\s+same\b"
    r"|\b(?:the\s+)?(?:standard|normal|usual|basic)\s+expectation\b"
    # "every bit of it was my ordinary workload", "what the role required", "it sat squarely inside
    # the job description", "my manager assigned all of it to me", "I only ever touched the tasks
    # on my own ticket", "it was all in scope", "what the agency hired me for" (the sixth probe
    # part, read after it was replaced by a seventh).
    r"|\b(?:was|were|is|are)\s+(?:all\s+|just\s+|simply\s+)?(?:my|our)\s+(?:ordinary|normal|usual|regular|"
    r"everyday|standard|day-to-day)\s+(?:workload|work|duties|job|role|hours|shifts?)\b"
    r"|\bwhat\s+the\s+(?:role|job|contract|position|post)\s+(?:required|demanded|called\s+for|requires|"
    r"demands)\b"
    r"|\b(?:sat|fell|falls|sits)\s+(?:squarely\s+|firmly\s+|well\s+|right\s+|completely\s+)?(?:inside|within)\s+"
    r"(?:the|my|our)\s+(?:job\s+description|remit|brief|role|scope|contract|duties)\b"
    r"|\b(?:manager|boss|lead|supervisor|director|head)\s+(?:had\s+)?assigned\s+(?:all\s+of\s+)?(?:it|this|"
    r"that|them|the\s+[\w-]+)\s+to\s+me\b"
    r"|\bonly\s+(?:ever\s+)?(?:touched|did|worked\s+on|handled)\s+(?:the\s+)?(?:tasks|work|things|items|"
    r"jobs|tickets)\s+(?:on|in)\s+my\s+(?:own\s+)?(?:ticket|list|brief|plan|rota|queue)\b"
    r"|\b(?:was|were|is|are)\s+(?:all\s+|entirely\s+|fully\s+)?in\s+scope\b"
    r"|\bwhat\s+(?:the\s+[\w-]+|they|she|he)\s+(?:had\s+)?(?:hired|paid|employed|contracted)\s+me\s+"
    r"(?:for|to\s+do)\b"
    # The work laid down for the speaker in a plan or an agreement: "as my part of the project's
    # grant", "as the grant plan set out"; or what the post is for: "looking after stranded guests
    # is exactly what that shift exists for".
    r"|\b(?:is|was|'s)\s+(?:exactly\s+|just\s+|precisely\s+)?what\s+(?:that|the|my|our|this)\s+(?:[\w-]+\s+)?"
    r"(?:shift|role|job|post|position|team|desk|rota|service)\s+(?:exists|existed|is\s+there|was\s+there|"
    r"is|was)\s+for\b"
    r"|\bas\s+(?:my|our)\s+(?:part|share|portion)\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?(?:grant|plan|"
    r"project|contract|agreement|deal|brief|job|role|work)\b"
    r"|\bas\s+(?:the|my|our)\s+(?:[\w'-]+\s+){0,2}?(?:plan|brief|contract|spec|specification|agreement|"
    r"proposal|job\s+description|list|rota)\s+(?:had\s+)?(?:set\s+out|laid\s+out|specified|required|said|"
    r"stated|called\s+for)\b"
    # ... or on the speaker's list of jobs: "as the list said", "finishing it was on my list", not
    # "all that's on my list" (the narrow job set out; heldout85, read after round 79)
    r"|(?<!\ball\sthat)(?<!\ball\swhat)(?:\b(?:was|were|is|are)|'s)\s+(?:also\s+|already\s+|still\s+)?"
    r"on\s+(?:my|our)\s+(?:[\w-]+\s+)?(?:list|rota)\b",
    re.IGNORECASE,
)


@dataclass
class RubricItem:
    """One rubric element and what the answer did with it."""

    id: str
    name: str
    found: bool
    evidence: (
        str | None
    )  # the sentence that shows it (or, when missing by `unless`, that breaks it)
    advice: str


def _any_metric(text: str) -> bool:
    """Any quantity at all."""
    return bool(quantities(text))


def _impact_metric(text: str) -> bool:
    """An impact quantity (a percentage, a before → after, users ...)."""
    return any(classify(q, text, a, b)[1] for q, a, b in quantities(text))


def _we_heavy(text: str) -> bool:
    """More "we" than "I" in the sentence."""
    toks = cues.tokens(text)
    i = sum(t in cues.SUBJECTS_I | {"me", "my", "myself"} for t in toks)
    we = sum(t in cues.SUBJECTS_WE | {"us", "our", "ourselves"} for t in toks)
    return we > 0 and i / (i + we) < WE_HEAVY_SHARE


def _in_scope(text: str) -> bool:
    """The work said to be the speaker's own job, so nothing went beyond it; not when denied
    before it ("none of this is in my job plan"), narrowed after it ("covered only the website")
    or turned by a "but" ("it was part of my role, but the parents' evening wasn't"), nor when it
    narrows a job just set out ("my job was X, nothing more") or is set against another's job
    ("my role covered X, and Y was the responsibility of the ward clerks"); not the
    lesson told in the present ("what I take from it is that reading reviews is part of my job")."""
    lesson = content.is_learning(text)
    for match in IN_SCOPE.finditer(text):
        before, after = cues.tokens(text[: match.start()]), text[match.end() :]
        if any(NEGATOR.fullmatch(t) for t in before) or re.match(
            r"[^.;,]{0,40}?\bonly\b|[^.;]{0,60}?,\s+(?:and\s+)?nothing\s+(?:more|else|beyond|further)\b",
            after,
            re.I,
        ):
            continue
        if SCOPE_SET_OUT.search(text[: match.start()]) or OTHERS_JOB.search(after):
            continue
        if COVERED.match(match.group(0)) and JOB_INTRO.search(text[: match.start()]):
            continue  # "I worked weekends as a sales assistant, and my role covered the tills"
        if lesson and re.match(r"(?:is|are|'s)\b", match.group(0), re.I):
            continue
        if not re.search(r"\bbut\b", after, re.IGNORECASE):
            return True
    return False


def _pattern(p: re.Pattern):
    """A test that a compiled cue family matches."""
    return lambda text: bool(p.search(text))


# Every name in guide/prompts.py RUBRIC_FAMILIES (a test holds the two lists equal).
FAMILIES = {
    "impact_metric": _impact_metric,
    "any_metric": _any_metric,
    "learning": content.is_learning,
    # In a failure or a missed deadline, any artefact or routine put in place is the prevention
    # (dev: prevention found 59/82 this way, 49/82 with the learning check's stricter reading).
    "mechanism": content.puts_in_place,
    "alternatives": _pattern(cues.ALTERNATIVES),
    # Owning it: the ownership cues, or any error told in the first person (stance.ERROR as
    # said: "I mixed up two students' grades"), not another's error read in the mirror.
    "ownership": lambda text: bool(stance.OWNERSHIP.search(text) or stance.ERROR.search(text)),
    "blame": stance.blames,
    "trouble": _pattern(cues.TROUBLE),
    "change": _pattern(cues.CHANGE),
    "outcome": _pattern(cues.OUTCOME),
    "task": _pattern(cues.TASK),
    "constraint": _pattern(cues.CONSTRAINT),
    "sequence": _pattern(cues.SEQUENCE),
    "we_heavy": _we_heavy,
    "in_scope": _in_scope,
    # Work said to be another party's job (what keeps it out of the speaker's scope).
    "others_job": _pattern(OTHERS_JOB),
    # An error said of anyone: owned (stance.ERROR as said) or put on another party.
    "error": stance.states_error,
    # Not a test of one sentence: grade() decides it from the prompt's other elements.
    "elements": lambda text: False,
}


def _said(compiled: re.Pattern, text: str, denied: bool) -> bool:
    """Whether a cue is said, in the sentence as told or in its past-tense reading ("Nobody
    expects more" says "nobody expected"; dev: 25 of 26 elements it newly finds are there by the
    corpus truth, and no flag turns on)."""
    reading = past_reading(text)
    return _said_as(compiled, text, denied) or (
        reading != text and _said_as(compiled, reading, denied)
    )


def _said_as(compiled: re.Pattern, text: str, denied: bool) -> bool:
    """Whether a cue is said in these words; with denied, not denied just before ("nobody's code
    broke", "nothing was missed") nor in a clause of what had not happened yet ("before it
    failed"); a cue that carries its own negation ("nobody asked") is read as written."""
    if not denied:
        return compiled.search(text) is not None
    for match in compiled.finditer(text):
        if NOT_YET.search(text[: match.start()]):
            continue
        before = cues.tokens(text[: match.start()])[-NEGATION_WORDS:]
        if NEGATOR.match(match.group(0)) or not any(NEGATOR.fullmatch(t) for t in before):
            return True
    return False


def _matches(
    texts: list[str], patterns: tuple[str, ...], families: tuple[str, ...], denied: bool = False
):
    """(first matching sentence or None, number of different cues or families matched); with
    denied, a cue denied just before it does not count."""
    first, kinds = None, 0
    for pattern in patterns:
        compiled = re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)
        hit = next((t for t in texts if _said(compiled, t, denied)), None)
        if hit is not None:
            kinds += 1
            first = first if first is not None and texts.index(first) <= texts.index(hit) else hit
    for name in families:
        hit = next((t for t in texts if FAMILIES[name](t)), None)
        if hit is not None:
            kinds += 1
            first = first if first is not None and texts.index(first) <= texts.index(hit) else hit
    return first, kinds


def element(texts: list[str], e: Element, others: list[RubricItem] | None = None) -> RubricItem:
    """Whether the answer shows one element, with its evidence sentence. With the "elements"
    family, enough of the prompt's other elements found (others) also finds it."""
    spoiler, _ = _matches(texts, e.unless, e.unless_families)
    if spoiler is not None:
        return RubricItem(e.id, e.name, False, spoiler, e.advice)
    # Whether the story is the one asked for is denied by a "not" ("nobody's code broke" tells no
    # failure); other elements keep theirs ("no downtime" is why it was safe).
    evidence, kinds = _matches(texts, e.cues, e.families, denied=e.id == FIRST_ELEMENT)
    if "elements" in e.families and others:
        shown = [o for o in others if o.found]
        if len(shown) >= ELEMENTS_SHARE * len(others):
            kinds += 1
            evidence = evidence or shown[0].evidence
    by = [o for o in others or [] if o.id in e.shown_by and o.found]
    if by and kinds < e.at_least:  # "beyond the assigned scope" shows "went beyond"
        kinds, evidence = e.at_least, evidence or by[0].evidence
    found = evidence is not None and kinds >= e.at_least
    return RubricItem(e.id, e.name, found, evidence if found else None, e.advice)


def grade(texts: list[str], prompt: Prompt | None) -> list[RubricItem]:
    """The prompt's rubric over the answer's sentences; nothing without a prompt. Elements that
    read the others ("elements" family, shown_by) are graded after them, and keep their place."""
    if prompt is None:
        return []
    reads_others = lambda e: "elements" in e.families or e.shown_by  # noqa: E731
    plain = {e.id: element(texts, e) for e in prompt.rubric if not reads_others(e)}
    items = []
    for e in prompt.rubric:
        if reads_others(e):
            others = [plain[o.id] for o in prompt.rubric if o.id in plain]
            items.append(element(texts, e, others))
        else:
            items.append(plain[e.id])
    return items
