"""What one sentence says, as named features for the STAR labeller: who acts, in which tense and
mood, and which cue families (rehearse/analysis/cues.py) it uses. Nothing here depends on where the
sentence sits in the answer."""

from __future__ import annotations

from .content import is_learning, is_mechanism
from .cues import (
    ALTERNATIVES,
    BACKGROUND,
    CHANGE,
    CONSTRAINT,
    FUNCTION_WORDS,
    OUTCOME,
    PRESENT_AUX,
    SEQUENCE,
    STATIVE_PAST,
    SUBJECTS_I,
    SUBJECTS_OTHER,
    SUBJECTS_WE,
    TASK,
    TROUBLE,
    is_past,
    subject_verbs,
    tokens,
)
from .metrics import classify, quantities

# Closed-class words: pronouns, auxiliaries, modals, conjunctions, prepositions and discourse
# adverbs. They carry the grammar of a sentence (tense, mood, who acts, how it links to the last
# one) in any trade, so the model may weigh each of them; open-class words (nouns, verbs) it
# only sees through the cue families.
CLOSED_CLASS = FUNCTION_WORDS | PRESENT_AUX | frozenset(
    {
        "i'm", "i've", "we're", "we've", "they're", "afterwards", "since", "ago", "later",
        "eventually", "finally", "first", "next", "still", "already", "yet", "never", "ever",
        "always", "now", "today", "instead", "because", "although", "though", "until", "whenever",
        "would", "could", "might", "should", "will", "going", "mine", "myself", "ourselves",
        "whole", "every", "nobody", "everyone", "none", "again", "before", "after", "during",
    }
)  # fmt: skip
# Openers skipped to find the sentence's first real word ("So, um, then I ...").
OPENERS = frozenset(
    {
        "so", "and", "then", "um", "uh", "first", "next", "also", "after", "that", "finally",
        "ok", "okay", "well", "yeah", "like", "basically", "honestly", "but", "now", "right",
    }
)  # fmt: skip


def _verb_kind(verb: str) -> str:
    """How a verb after a subject reads: "state", "deed" (past), "present", "modal" or ""."""
    if verb in STATIVE_PAST:
        return "state"
    if is_past(verb):
        return "deed"
    if verb in PRESENT_AUX:
        return "modal"
    if verb.isalpha() and verb not in FUNCTION_WORDS and not verb.endswith(("ing", "ly")):
        return "present"
    return ""


def _subject_features(toks: list[str], out: set[str]) -> None:
    """Who acts and how: i_deed, we_present, other_state ..."""
    for who, subjects in (("i", SUBJECTS_I), ("we", SUBJECTS_WE), ("other", SUBJECTS_OTHER)):
        for verb in subject_verbs(toks, subjects):
            kind = _verb_kind(verb)
            if kind:
                out.add(f"{who}_{kind}")


def features(text: str) -> set[str]:
    """The named features of one sentence (see the module docstring)."""
    toks = tokens(text)
    out: set[str] = {"bias"}
    if not toks:
        return out | {"empty"}
    _subject_features(toks, out)
    lead = next((t for t in toks if t not in OPENERS), "")
    past = [t for t in toks if is_past(t)]
    if lead and lead not in SUBJECTS_I | SUBJECTS_WE | SUBJECTS_OTHER:
        if is_past(lead) and lead not in STATIVE_PAST:
            # An outline bullet, "Traced timeouts to ...": the speaker is the elided subject.
            out.update({"opens_past_verb", "i_deed"})
        elif not past and lead not in FUNCTION_WORDS and not lead.endswith(("ing", "s")):
            out.add("opens_bare")  # a goal or a rule: "Stabilize ...", "Prefer ..."
    out.add("has_past" if past else "no_past")
    if any(t in PRESENT_AUX for t in toks) and not past:
        out.add("generic_present")
    for name, pattern in (
        ("task", TASK),
        ("constraint", CONSTRAINT),
        ("background", BACKGROUND),
        ("trouble", TROUBLE),
        ("sequence", SEQUENCE),
        ("alternatives", ALTERNATIVES),
        ("change", CHANGE),
        ("outcome", OUTCOME),
    ):
        if pattern.search(text):
            out.add(name)
    if is_learning(text):
        out.add("learning")
    if is_mechanism(text):
        out.add("mechanism")
    kinds = [classify(q, text, a, b) for q, a, b in quantities(text)]
    if any(impact for _, impact, _ in kinds):
        out.add("impact_number")
    elif kinds:
        out.add("context_number")
    out.update(f"w:{tok}" for tok in toks if tok in CLOSED_CLASS)
    if toks[0] in CLOSED_CLASS:
        out.add(f"first:{toks[0]}")
    if "?" in text:
        out.add("question")
    if len(toks) <= 4:
        out.add("short")
    return out
