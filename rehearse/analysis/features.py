"""What one sentence says, as named features for the STAR labeller: its grammar (who acts, in which
tense, aspect and mood, negated or not), the cue families of English it uses (cues.py), and its
words (reduced to a crude stem) and word pairs. Nothing here depends on where the sentence sits in
the answer. Feature names are "group:name"; the groups are listed in GROUPS, and
bench/train_star.py chooses among them by cross-validation across writers: a group ships only if
it carries over to answers by a writer the model never saw. A word's weight is fitted on the
development corpus like any other weight; no word is listed by hand here."""

from __future__ import annotations

from .content import is_learning, is_mechanism, puts_in_place
from .cues import (
    ALTERNATIVES,
    BACKGROUND,
    CAUSAL,
    CHANGE,
    CONSTRAINT,
    FUNCTION_WORDS,
    HABIT,
    INTENT,
    INTERVENERS,
    MODALS,
    NEGATIONS,
    OUTCOME,
    PRESENT_AUX,
    SEQUENCE,
    STATIVE_PAST,
    SUBJECTS_I,
    SUBJECTS_I_BE,
    SUBJECTS_OTHER,
    SUBJECTS_WE,
    SUBJECTS_WE_BE,
    TASK,
    TROUBLE,
    is_participle,
    is_past,
    subject_verbs,
    tokens,
)
from .metrics import classify
from .quantities import quantities

# The feature groups: "subj" who acts and how, "gram" tense/aspect/mood/negation of the whole
# sentence, "cue" the cue families, "num" impact or context numbers, "open" the discourse family
# of the sentence's first words, "fw" each closed-class word of English (pronouns, auxiliaries,
# conjunctions, prepositions) on its own.
# "lex" each word's stem, "bi" each adjacent pair of stems.
GROUPS = ("subj", "gram", "cue", "num", "open", "fw", "lex", "bi")
STEM_SUFFIXES = ("ing", "ed", "es", "s")  # stripped when at least MIN_STEM letters remain
MIN_STEM = 3
SHORT_WORDS = 5  # a sentence this short or shorter is a fragment ("Um.", "That was it.")
LONG_WORDS = 28  # past this many words a sentence usually chains several steps
OPEN_WORDS = 3  # words at the start of a sentence read for its discourse opener
# Openers skipped to find the sentence's first real word ("So, um, then I ...").
OPENERS = frozenset(
    {
        "so", "and", "then", "um", "uh", "first", "next", "also", "after", "that", "finally",
        "ok", "okay", "well", "yeah", "like", "basically", "honestly", "but", "now", "right",
    }
)  # fmt: skip
# Discourse openers, by what they announce (closed classes of English connectives).
OPEN_FAMILIES = {
    "sequence": frozenset({"then", "next", "first", "after", "afterwards", "second", "later"}),
    "result": frozenset({"so", "eventually", "finally", "ultimately", "overall", "by"}),
    "contrast": frozenset({"but", "however", "although", "though", "instead", "still"}),
    "time": frozenset({"when", "last", "back", "at", "in", "during", "while", "before", "once"}),
    "reflection": frozenset({"since", "now", "today", "nowadays", "looking", "what", "if"}),
}
OPENING_WORDS = frozenset().union(*OPEN_FAMILIES.values())
# Closed-class words (the "fw" group): grammar, not subject matter, so they carry across trades.
CLOSED_CLASS = FUNCTION_WORDS | PRESENT_AUX | MODALS | NEGATIONS
PERSON = (
    ("i", SUBJECTS_I | SUBJECTS_I_BE),
    ("we", SUBJECTS_WE | SUBJECTS_WE_BE),
    ("other", SUBJECTS_OTHER),
)


SUBJECT_WORDS = frozenset().union(*(subjects for _, subjects in PERSON))


def _verb_kind(subject: str, verb: str, nxt: str) -> str:
    """Tense, aspect and mood of a subject's verb: deed (simple past), state (stative past),
    progressive, pluperfect, perfect, passive, modal, present_state, present, or ""."""
    if subject in SUBJECTS_I_BE | SUBJECTS_WE_BE:  # "I'm leading", "I'm the lead", "we'll ship"
        if subject.endswith("'ll"):
            return "modal"
        return "progressive" if verb.endswith("ing") else "present_state"
    if subject.endswith("'d"):  # "I'd upgraded" (pluperfect) or "I'd ask" (conditional)
        return "pluperfect" if is_participle(verb) else "modal"
    if subject.endswith("'ve"):
        return "perfect" if is_participle(verb) else "present_state"
    if verb in {"was", "were"} and nxt.endswith("ing"):
        return "progressive"  # "I was running the shift": background, not a step
    if verb in {"was", "were"} and is_participle(nxt):
        return "passive"
    if verb == "had" and is_participle(nxt):
        return "pluperfect"  # "I had tested it": before the story's time
    if verb in {"have", "has"} and is_participle(nxt):
        return "perfect"
    if verb in STATIVE_PAST:
        return "state"
    if is_past(verb):
        return "deed"
    if verb in MODALS:
        return "modal"
    if verb in PRESENT_AUX:
        return "present_state"
    if verb.isalpha() and verb not in FUNCTION_WORDS and not verb.endswith(("ing", "ly")):
        return "present"
    return ""


def _main_clause(toks: list[str]) -> tuple[str, str]:
    """(who, verb kind) of the first finite verb: the main clause of most spoken sentences.
    A subject that is not a pronoun is a noun phrase ("np": "My biggest failure was ...")."""
    pronouns = dict.fromkeys(SUBJECTS_I | SUBJECTS_I_BE, "i")
    pronouns |= dict.fromkeys(SUBJECTS_WE | SUBJECTS_WE_BE, "we")
    pronouns |= dict.fromkeys(SUBJECTS_OTHER, "other")
    for k, tok in enumerate(toks):
        if tok in pronouns:
            j = k + 1
            while j < len(toks) and toks[j] in INTERVENERS:
                j += 1
            verb = toks[j] if j < len(toks) else ""
            nxt = toks[j + 1] if j + 1 < len(toks) else ""
            kind = _verb_kind(tok, verb, nxt) if verb else ""
            if kind:
                return pronouns[tok], kind
            continue
        finite = is_past(tok) or tok in MODALS or tok in PRESENT_AUX
        if not finite or k == 0 or tok in {"always", "never", "usually", "often"}:
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else ""
        return "np", _verb_kind(toks[k - 1], tok, nxt)
    return "none", ""


def _subject_features(toks: list[str], out: set[str]) -> None:
    """Who acts and how, in every clause (subj:i_deed, subj:we_present ...) and in the main
    clause (main:np_state, main:i_pluperfect ...)."""
    for who, subjects in PERSON:
        for subject, verb, nxt in subject_verbs(toks, subjects, following=True):
            kind = _verb_kind(subject, verb, nxt)
            if kind:
                out.add(f"subj:{who}_{kind}")
    if not any(f.startswith("subj:") for f in out):
        out.add("subj:none")
    who, kind = _main_clause(toks)
    out.add(f"main:{who}_{kind}" if kind else f"main:{who}")


def _grammar_features(toks: list[str], out: set[str]) -> None:
    """Tense, aspect, mood and negation of the whole sentence, and its length."""
    past = [t for t in toks if is_past(t)]
    out.add("gram:past" if past else "gram:no_past")
    if any(t in MODALS for t in toks):
        out.add("gram:modal")
    if any(t in NEGATIONS or t.endswith("n't") for t in toks):
        out.add("gram:negation")
    if len(toks) <= SHORT_WORDS:
        out.add("gram:short")
    elif len(toks) >= LONG_WORDS:
        out.add("gram:long")
    lead = next((t for t in toks if t not in OPENERS), "")
    if lead and lead not in SUBJECT_WORDS:
        if is_past(lead) and lead not in STATIVE_PAST:
            out.add("gram:opens_past_verb")  # an outline bullet: "Traced timeouts to ..."
        elif (
            not past
            and lead not in FUNCTION_WORDS | OPENING_WORDS
            and not lead.endswith(("ing", "s"))
        ):
            out.add("gram:opens_bare")  # a goal or a rule: "Stabilize ...", "Prefer ..."


def _cue_features(text: str, out: set[str]) -> None:
    """The cue families of cues.py the sentence uses, and learning or mechanism as content.py
    reads them."""
    for name, pattern in (
        ("task", TASK),
        ("constraint", CONSTRAINT),
        ("background", BACKGROUND),
        ("trouble", TROUBLE),
        ("sequence", SEQUENCE),
        ("alternatives", ALTERNATIVES),
        ("change", CHANGE),
        ("outcome", OUTCOME),
        ("causal", CAUSAL),
        ("habit", HABIT),
        ("intent", INTENT),
    ):
        if pattern.search(text):
            out.add(f"cue:{name}")
    if is_learning(text):
        out.add("cue:learning")
    if puts_in_place(text):
        out.add("cue:mechanism")
    if is_mechanism(text):  # the stricter reading: a safeguard, or a change made so it can't recur
        out.add("cue:safeguard")


def _number_features(text: str, out: set[str]) -> None:
    """Whether the sentence states an impact quantity, or only context numbers."""
    kinds = [classify(q, text, a, b) for q, a, b in quantities(text)]
    # What went through a safeguard since is told as a result, though it counts no impact.
    if any(impact or kind == "use" for kind, impact, _ in kinds):
        out.add("num:impact")
    elif kinds:
        out.add("num:context")


def _opener_features(toks: list[str], out: set[str]) -> None:
    """The discourse family of the sentence's first words ("Then ...", "Since then ...")."""
    for tok in toks[:OPEN_WORDS]:
        for name, words in OPEN_FAMILIES.items():
            if tok in words:
                out.add(f"open:{name}")


def stem(word: str) -> str:
    """A crude stem ("traced" -> "trac", "alerts" -> "alert"); any number is "#"."""
    if any(ch.isdigit() for ch in word):
        return "#"
    word = word.removesuffix("'s")
    for suffix in STEM_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            return word[: -len(suffix)]
    return word


def _word_features(toks: list[str], groups: tuple[str, ...], out: set[str]) -> None:
    """Each word's stem ("lex") and each adjacent pair of stems ("bi")."""
    stems = [stem(t) for t in toks]
    if "lex" in groups:
        out.update(f"lex:{s}" for s in stems)
    if "bi" in groups:
        out.update(f"bi:{a}_{b}" for a, b in zip(stems, stems[1:], strict=False))


def answer_features(texts: list[str], groups: tuple[str, ...] = GROUPS) -> list[set[str]]:
    """The features of every sentence of an answer, each from its own words only. (The
    neighbours' features were tried: with nothing before the first sentence they told the
    model which sentence was first — a third of their gain was first sentences, 0.93 -> 0.99 —
    and padding the ends with the sentence's own features mislabelled a sentence standing alone;
    with words and word pairs in, padded neighbours added nothing across writers: 0.870 either
    way.)"""
    return [features(text, groups) for text in texts]


def features(text: str, groups: tuple[str, ...] = GROUPS) -> set[str]:
    """The named features of one sentence on its own (see the module docstring)."""
    toks = tokens(text)
    out: set[str] = {"bias"}
    if not toks:
        return out
    if "subj" in groups:
        _subject_features(toks, out)
    if "gram" in groups:
        _grammar_features(toks, out)
        if "?" in text:
            out.add("gram:question")
    if "cue" in groups:
        _cue_features(text, out)
    if "num" in groups:
        _number_features(text, out)
    if "open" in groups:
        _opener_features(toks, out)
    if "fw" in groups:
        out.update(f"fw:{tok}" for tok in toks if tok in CLOSED_CLASS)
    _word_features(toks, groups, out)
    return out
