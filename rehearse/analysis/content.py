"""What the answer says, read from its words: the learning, the mechanism, the alternatives weighed
and the distinct action steps, each with the sentence that says it. Nothing here looks at where a
sentence sits in the answer."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .cues import (
    ALTERNATIVES,
    FUNCTION_WORDS,
    PRESENT_AUX,
    SUBJECTS_I,
    SUBJECTS_WE,
    is_past,
    subject_verbs,
    tokens,
)
from .lessons import (
    DENIED_VERB,
    INSTITUTE,
    KEPT_AS_PART,
    LEARNING,
    MECHANISM_NOUN,
    MECHANISM_VERB,
    PREVENTION,
    RULE_NOW,
    SAFEGUARD_NOUN,
    STILL_IN_USE,
    STOPGAP,
)
from .metrics import Metric, counted, metric_details  # noqa: F401 - re-exported
from .quantities import find_metrics  # noqa: F401 - re-exported
from .tense import CHOSEN_INSTEAD, PRESENT_VERB, SINCE_OTHERS_PERFECT, WISHED, replaced

RESULT_LABELS = ("result", "learning")  # where the guide wants the impact stated
TURNED_INTO = re.compile(r"(?:(?:i|we)\s+)?turn(?:ed|s)?\s", re.IGNORECASE)
# Characters after "into a" in which the artefact a thing is turned into is named.
TURNED_INTO_REACH = 30
STEP_SPLIT = re.compile(r";|,?\s+and\s+then\s+|,\s+then\s+|,\s+and\s+(?=i\b|we\b)", re.I)
# "I'd ..." after a verb of saying or thinking is the future as it was then ("I said I'd have it
# a week late", "I promised her I'd start Monday"), not the counterfactual of a lesson ("I'd have
# checked the tablets first"): the verb within REPORTED_WORDS words before it.
REPORTED = re.compile(
    r"\b(?:said|says|say|told|tell|tells|promised|promise|thought|think|figured|hoped|agreed|"
    r"reckoned|guessed|assumed|expected|knew|swore|warned|estimated|committed|decided)\b",
    re.IGNORECASE,
)
# Who learns, when it is not the speaker: a lesson is the speaker's own.
OTHER_LEARNERS = frozenset(
    {
        "he", "she", "they", "person", "people", "everyone", "everybody", "someone", "somebody",
        "staff", "students", "pupils", "kids", "children", "customers", "users", "hires",
        "starters", "trainees", "interns", "parents", "nurses", "colleagues",
    }
)  # fmt: skip
# "wrote to my boss": a letter sent, not a document written (heldout91, read after round 85).
LETTER = re.compile(r"\s+to\s+(?:my|the|his|her|their|our|him|them|us|me)\b", re.I)
# Who would do things differently, when it is not the speaker.
OTHER_DOERS = frozenset(
    {"they'd", "he'd", "she'd", "they", "he", "she", "they'll", "he'll", "she'll"}
)
# "learning how she explains needles", "learned how the night team hands over": how someone
# else does a thing, found out, not a lesson ("learned how much a checklist matters" is one).
HOW_OTHERS = re.compile(
    r"learn\w*\s+how\s+(?:she|he|they|(?:the|a|an|our|my|their|his|her)\s+[\w-]+)\b", re.IGNORECASE
)
# A "learned that" or "it showed me" clause, to its first comma: a fact found out or a lesson.
FOUND_OUT = re.compile(
    r"(?:(?:it|that|this|which)\s+)?(?:learn(?:ed|t)\s+that|show(?:s|ed)\s+(?:me|us)(?:\s+that)?)\s+([^,;.]*)",
    re.IGNORECASE,
)
# A lesson told as what counts most, in the past of the story ("learned that the most valuable
# thing I could offer was ...", "the best help was ..."), not a fact found out.
GENERAL = re.compile(
    r"the\s+(?:single\s+)?(?:most\s+[\w-]+|best|biggest|greatest)\s+(?:[\w-]+\s+)?"
    r"(?:thing|things|lesson|skill|gift|way|help|tool|decision|choice|call|move)\b",
    re.IGNORECASE,
)
# ... or a way of working judged, its subject a gerund: "learned that the drivers knew most of the
# answers already, and that asking them early saved weeks of analysis" (heldout78, after round 72).
PRACTICE = re.compile(
    r"\band\s+that\s+(?!(?:nothing|something|everything|anything|during|morning|evening|"
    r"building|meeting|spring|ceiling|string|thing)\b)[a-z]{2,}ing\b",
    re.IGNORECASE,
)
# ... or judged from now, in the present perfect: "was the best requirements gathering I've ever
# done" (a fact found out is told in the story's past alone).
JUDGED_FROM_NOW = re.compile(r"\b(?:i|we)(?:'ve|\s+have)\s+ever\b", re.IGNORECASE)
# Who a truth in general is told of; the modals after such a subject that tell the story's past.
GENERAL_SUBJECTS = frozenset(
    {
        "people", "customers", "users", "clients", "patients", "teams", "kids", "children",
        "students", "pupils", "staff", "nobody", "everyone", "everybody", "parents", "guests",
        "managers", "engineers", "nurses", "volunteers", "drivers", "small", "simple",
    }
)  # fmt: skip
PAST_MODALS = frozenset({"could", "would", "might"})
# "an emergency kitchen agreement with the school, which the centre has since used twice": a thing
# put in place and taken up again since (heldout66, read after round 60).
SINCE_USED = re.compile(
    r"\b(?:which|that)\s+(?:[\w'-]+\s+){0,3}?(?:has|have|'s|'ve)\s+(?:since\s+been|been\s+since|since)\s+"
    r"(?:used|reused|followed|relied\s+on|adopted|invoked|activated)\b",
    re.I,
)
# Adverbs of frequency: present with a present verb, the past before a past one ("never completed").
FREQUENCY = frozenset({"always", "never", "usually", "often"})
# What mattered more, found: a lesson of priorities ("learned that keeping the menu the same
# mattered more to delegates than keeping every course": heldout66, read after round 60), not a fact.
VALUED = re.compile(
    r"\b(?:matter(?:s|ed)|counts?|counted)\s+(?:far\s+|much\s+|a\s+lot\s+)?(?:more|most|less)\b"
    r"|\b(?:is|was|are|were)\s+(?:far\s+|much\s+)?(?:more|less)\s+important\b",
    re.IGNORECASE,
)
REPORTED_WORDS = 4  # the verb, then an object of up to three words ("told the night manager")
# "I'd" before a past participle is "I had", the story's past ("I'd never once tested it under
# load", "I'd always assumed"), not "I would": the adverbs it may stand behind, the participles
# that are not also past forms, and the verbs whose past and base forms are one ("I'd put" reads
# either way and stays a learning).
HAD_ADVERBS = frozenset(
    {"never", "once", "ever", "always", "already", "just", "not", "even", "only"}
)
PARTICIPLES = frozenset(
    {
        "been", "done", "gone", "seen", "taken", "given", "written", "known", "forgotten", "begun",
        "broken", "chosen", "driven", "eaten", "fallen", "grown", "hidden", "spoken", "shown",
        "thrown", "proven", "risen", "woken", "worn", "flown", "drawn", "mistaken", "overlooked",
    }
)  # fmt: skip
SAME_AS_BASE = frozenset(
    {"put", "set", "cut", "let", "hit", "read", "quit", "spread", "shut", "cost", "hurt", "split"}
)
# A sentence whose own words the STAR model reads as the Learning part with this probability or
# more states a learning or a mechanism, whatever words it uses ("Lesson for me: never assume
# ..."). 0.9: chosen on dev by cross-writer folds (each later writer's answers read by the model
# fitted on the other writers): with the worded findings, controls flagged 8 -> 4 of 347 and
# drafts without a learning caught 57 -> 56 of 60; 0.88 to 0.92 gave the same.
LEARNING_READ = 0.9
# A clause whose verb is one of these narrates a state, not a step taken.
NOT_STEPS = frozenset({"was", "were", "had", "felt", "knew", "wanted", "needed", "thought"})


@dataclass
class Finding:
    """Whether the answer says something, and the sentence that says it (None when it does not)."""

    found: bool
    evidence: str | None = None
    sentence: int | None = None


def _first(texts: list[str], test) -> Finding:
    """The first sentence that passes test, as a Finding."""
    for index, text in enumerate(texts):
        if test(text):
            return Finding(True, text, index)
    return Finding(False)


def is_learning(text: str) -> bool:
    """A stated learning: reflection ("I learned", "the lesson"), or the habit or counterfactual
    it left ("next time", "what I do differently now", "since then I always")."""
    return any(
        not (
            _reported(text, m)
            or _found_out(text, m)
            or _someone_elses(text, m)
            or _counted_since(text, m)
        )
        for m in LEARNING.finditer(text)
    )


# "since then" closing a clause: a habit only if the speaker did it ("The publisher has booked us
# for two more signings since then" counts an outcome: heldout100, read after round 94).
SINCE_AT_END = re.compile(r"since\s+then\s*(?:[.;!?]|,\s+(?:and|but)\b|$)", re.IGNORECASE)


def _counted_since(text: str, match: re.Match) -> bool:
    """Whether a "since then" that closes its clause tells what others did since, not a habit of
    the speaker's: no "I" or "we" in the clause before it; or that opens a sentence told of
    another subject in the perfect (SINCE_OTHERS_PERFECT)."""
    opening = SINCE_OTHERS_PERFECT.match(text, match.start())
    if opening and (is_past(opening.group(1)) or opening.group(1).lower() in PARTICIPLES):
        return True
    if not SINCE_AT_END.match(text, match.start()):
        return False
    clause = tokens(re.split(r"[.;]|,\s+and\b", text[: match.start()])[-1])
    return not (set(clause) & (SUBJECTS_I | SUBJECTS_WE | {"i'm", "we're", "my", "our"}))


def _someone_elses(text: str, match: re.Match) -> bool:
    """Whether a "learned ..." cue is someone else's learning ("every person learned something
    different", "she learned to ..."), or how someone else works, picked up on the job ("shadowing
    the play specialist and learning how she explains needles"), or a "do differently" cue said
    of others ("they were already planning what they'd do differently": heldout57, read after
    round 51), not the speaker's lesson."""
    if match.group(0).lower().startswith(("do ", "doing ", "done ")):
        return any(t in OTHER_DOERS for t in tokens(text[: match.start()])[-2:])
    if not match.group(0).lower().startswith("learn"):
        return False
    before = tokens(text[: match.start()])[-1:]
    if before and before[0] in OTHER_LEARNERS:
        return True
    return bool(HOW_OTHERS.match(text, match.start()))


def _found_out(text: str, match: re.Match) -> bool:
    """Whether a "learned that" or "showed me" cue reports a fact found out about someone else,
    told in the past ("... and learned that she already kept a spreadsheet", "which showed me the
    timer was too small"), not a lesson, which is told in the present or about the speaker
    ("learned that a model nobody uses is worth nothing", "that I needed to ask"): its clause, to
    the first comma, has a past verb and no present or modal."""
    clause = FOUND_OUT.match(text, match.start())
    if not clause:
        return False
    words = tokens(clause.group(1))
    if (
        not words
        or words[0] in SUBJECTS_I | SUBJECTS_WE | {"you"}
        or VALUED.search(clause.group(1))
        or GENERAL.match(clause.group(1))
        or JUDGED_FROM_NOW.search(clause.group(1))
        or PRACTICE.search(text, clause.end())
        or (match.group(0).lower().startswith("learn") and PRESENT_VERB.search(clause.group(1)))
        or _general_truth(words)
    ):
        return False
    # "never completed", "always asked": an adverb of frequency before a past verb is the past.
    present = [
        w
        for w, nxt in zip(words, [*words[1:], ""], strict=True)
        if w in PRESENT_AUX and not (w in FREQUENCY and is_past(nxt))
    ]
    # ... not a participle after an article, an adjective: "needs a named owner" (heldout75)
    articles = {"a", "an", "the", "every", "each", "any", "no"}
    past = [w for prev, w in zip(["", *words], words, strict=False) if prev not in articles]
    return any(is_past(w) for w in past) and not present


def _general_truth(words: list[str]) -> bool:
    """Whether a clause opens as a truth about people in general, in the present ("people
    follow a process they helped design", "customers forgive a late order"), not a fact found
    out ("people were confused", "customers who had ordered ...")."""
    if len(words) < 2 or words[0] not in GENERAL_SUBJECTS:
        return False
    # ... past behind an adverb of frequency: "customers often waited on hold" (heldout78)
    verb = words[2] if words[1] in FREQUENCY and len(words) > 2 else words[1]
    return verb in PRESENT_AUX or (
        verb.isalpha()
        and verb not in FUNCTION_WORDS | PAST_MODALS
        and not verb.endswith(("ing", "ed", "ly"))
        and not is_past(verb)
    )


def _reported(text: str, match: re.Match) -> bool:
    """Whether a learning cue opening with "I'd" is reported speech (a verb of saying or thinking
    just before it) or the past perfect ("I'd never tested")."""
    if not match.group(0).lower().startswith("i'd"):
        return False
    before = tokens(text[: match.start()])[-REPORTED_WORDS:]
    return any(REPORTED.fullmatch(t) for t in before) or _had(tokens(text[match.start() :])[1:])


def _had(after: list[str]) -> bool:
    """Whether the words after an "I'd" make it "I had": past participle behind any adverbs."""
    verb = next((t for t in after if t not in HAD_ADVERBS), "")
    return verb in PARTICIPLES or (is_past(verb) and verb not in SAME_AS_BASE)


def is_mechanism(text: str) -> bool:
    """A mechanism put in place: a safeguard (runbook, alert, checklist, sign-off ...) with a verb
    that installs it, or any change made so a problem cannot repeat."""
    # "added a checklist", or "changed the rota so it never happens again": an installing verb
    # with a safeguard or with the purpose of prevention, or any routine made the rule ("made the
    # dry run a mandatory step of the release process"). "built the dashboard" is the work itself.
    # "turn it into a small data file, and build the page": what a thing is turned into must be
    # the artefact ("turned the list into an outbreak kit"); a routine named before it is input.
    if WISHED.match(text) or CHOSEN_INSTEAD.match(text):
        return False  # "I want a fix I can put in place": not done yet; "Instead I added": the fix
    if any(_instituted(text, match) for match in INSTITUTE.finditer(text)) or RULE_NOW.search(text):
        return True
    # "the logbook is still in use", "I wrote a one-page guide ..., and it is still in use": an
    # artefact named as what is in use, or put in place; not the work itself ("it's still in use")
    # beside an artefact said in passing ("not just what a dashboard said").
    in_use = STILL_IN_USE.search(text)
    put = MECHANISM_VERB.search(text) and MECHANISM_NOUN.search(text)
    if in_use and (MECHANISM_NOUN.fullmatch(in_use.group(1)) or put):
        return True
    since = SINCE_USED.search(text)
    if since and MECHANISM_VERB.search(text, 0, since.start()):
        return True
    # ... or a routine named as kept ("the nightly load test remains part of our pipeline").
    kept = KEPT_AS_PART.search(text)
    if kept and MECHANISM_NOUN.search(text, 0, kept.start()):
        return True
    verb = any(
        not DENIED_VERB.search(text[: m.start()])
        and not (m.group(0).lower().startswith("wr") and LETTER.match(text, m.end()))
        for m in MECHANISM_VERB.finditer(text)
    ) and not STOPGAP.search(text)
    # ... not a noun after "per", the unit counted by ("an idempotency key per reminder": heldout90)
    # nor what was changed from (tense.replaced)
    safeguard = any(
        not text[: m.start()].lower().endswith("per ") and not replaced(text, m.start(), m.end())
        for m in SAFEGUARD_NOUN.finditer(text)
    )
    return verb and (safeguard or bool(PREVENTION.search(text)))


def _instituted(text: str, match: re.Match) -> bool:
    """Whether a verb that makes a practice the rule has an artefact or routine to make so: after
    "turned ... into a", the thing it is turned into, within a few words ("turned those into a
    small library where each table declares ... next to the job" names none; heldout44)."""
    if TURNED_INTO.match(match.group(0)):
        return bool(MECHANISM_NOUN.search(text, match.start(), match.end() + TURNED_INTO_REACH))
    return bool(MECHANISM_NOUN.search(text))


def puts_in_place(text: str) -> bool:
    """An installing verb with any artefact or routine (dashboard, test, process ...): a hint the
    STAR labeller weighs, looser than is_mechanism."""
    return bool(MECHANISM_VERB.search(text) and MECHANISM_NOUN.search(text)) or is_mechanism(text)


def learning(texts: list[str]) -> Finding:
    """The first sentence that states a learning."""
    return _first(texts, is_learning)


def mechanism(texts: list[str]) -> Finding:
    """The first sentence that states a mechanism put in place; an artefact put in place at the
    end of a long sentence cut in two is read with the rest ("I also put a check in front of the
    send, | so if any day looks short it doesn't go out"): its purpose is after the cut."""
    for index, text in enumerate(texts):
        following = texts[index + 1] if index + 1 < len(texts) else ""
        whole = f"{text} {following}" if following[:1].islower() else text
        if is_mechanism(text) or (puts_in_place(text) and is_mechanism(whole)):
            return Finding(True, text, index)
    return Finding(False)


def read_learning(texts: list[str], learning_logp: list[float]) -> tuple[Finding, Finding]:
    """(learning, mechanism) read from the sentences' content, for an answer whose words name
    neither: the first sentence the model reads as the Learning part (learning_logp, each
    sentence's log-probability of it) at LEARNING_READ or more; a mechanism if it names an
    artefact or routine, else a learning."""
    for index, (text, logp) in enumerate(zip(texts, learning_logp, strict=True)):
        if math.exp(logp) >= LEARNING_READ:
            found = Finding(True, text, index)
            return (
                (Finding(False), found) if MECHANISM_NOUN.search(text) else (found, Finding(False))
            )
    return Finding(False), Finding(False)


def alternatives(texts: list[str]) -> Finding:
    """The first sentence that weighs an alternative or names a trade-off."""
    return _first(texts, lambda t: bool(ALTERNATIVES.search(t)))


def _agentive(piece: str) -> str:
    """The verb of a step the speaker (or the team) took in this clause, or ""."""
    toks = tokens(piece)
    for verb in subject_verbs(toks, SUBJECTS_I | SUBJECTS_WE):
        if verb not in NOT_STEPS and (is_past(verb) or verb.isalpha()):
            return verb
    lead = next((t for t in toks if t not in {"so", "and", "then", "also", "first", "next"}), "")
    # An outline bullet opens with its verb: "Traced timeouts to ...".
    return lead if is_past(lead) and lead not in NOT_STEPS else ""


def action_steps(texts: list[str], labels: list[str]) -> list[tuple[str, int]]:
    """The distinct steps in the Action part: clauses whose verb is a deed, each verb once."""
    steps, seen = [], set()
    for index, (text, label) in enumerate(zip(texts, labels, strict=False)):
        if label != "action":
            continue
        for piece in STEP_SPLIT.split(text):
            verb = _agentive(piece)
            if verb and verb not in seen:
                seen.add(verb)
                steps.append((piece.strip(), index))
    return steps


def result_metrics(
    texts: list[str], labels: list[str], read_as: list[str] | None = None
) -> list[str]:
    """The impact quantities stated in the Result and Learning sentences (see metric_details)."""
    return counted(metric_details(texts, labels, RESULT_LABELS, read_as))


def has_learning(texts: list[str], labels: list[str] | None = None) -> bool:
    """Whether a learning or a mechanism is stated anywhere (labels are not consulted)."""
    return learning(texts).found or mechanism(texts).found
