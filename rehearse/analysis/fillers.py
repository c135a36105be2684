"""Filler words and hedges, found from the words around them rather than by spelling alone."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..transcript import Word
from .sentences import ends_sentence

FILLERS = frozenset(
    {
        "um", "uh", "er", "ah", "hmm", "like", "you know", "i mean", "basically", "actually",
        "literally", "so", "kind of", "sort of",
    }
)  # fmt: skip

# Hesitation sounds and the words coaches flag wherever they appear.
ALWAYS_FILLERS = frozenset({"um", "uh", "er", "ah", "hmm", "basically", "actually", "literally"})
# Fillers that may still carry meaning ("our job is basically the night calls"): an answer read
# for what it says keeps them; the others (sounds, "like", "you know", hedges) break its phrases.
MEANING_FILLERS = frozenset({"basically", "actually", "literally", "so"})

# Spelling variants whisper and human transcribers use for the same sound.
SOUND_VARIANTS = (
    (re.compile(r"^u+m+$"), "um"),
    (re.compile(r"^u+h+$"), "uh"),
    (re.compile(r"^e+r+m*$"), "er"),
    (re.compile(r"^a+h+$"), "ah"),
    (re.compile(r"^(h+m+|m{2,}|m+h+m+)$"), "hmm"),
)

# Spoken contractions of the two hedges; they stand for the whole two-word filler.
CONTRACTED_HEDGES = {"kinda": "kind of", "sorta": "sort of", "y'know": "you know"}

# Openers that leave the speaker still at the start of a sentence ("Okay, so ...").
OPENERS = frozenset({"okay", "ok", "yeah", "well", "right", "alright", "now"})

# After these words "like" is the verb or a comparison, never a discourse marker.
LIKE_NOT_AFTER = frozenset(
    {
        "i", "we", "you", "they", "he", "she", "people", "who", "i'd", "we'd", "you'd",
        "they'd", "would", "do", "does", "did", "don't", "doesn't", "didn't", "to", "really",
        "also", "look", "looks", "looked", "looking", "seem", "seems", "seemed", "sound",
        "sounds", "sounded", "feel", "feels", "felt", "act", "acts", "acted", "something",
        "anything", "nothing", "everything", "things", "stuff", "more", "much", "just",
        "exactly", "not", "most", "what", "unlike",
    }
)  # fmt: skip
# After a conjunction, a preposition, an article or "have" it can be neither the verb nor a
# comparison: "and like the whole team", "for like an hour", "has like a screen".
LIKE_AFTER = frozenset(
    {
        "and", "but", "or", "so", "because", "cause", "then", "of", "with", "for", "in", "on",
        "at", "from", "into", "a", "an", "the", "my", "our", "your", "his", "her", "their",
        "its", "whole", "have", "has", "had", "having",
    }
)  # fmt: skip
BE_FORMS = frozenset(
    {
        "is", "was", "were", "are", "am", "be", "been", "being", "it's", "that's", "i'm",
        "we're", "they're", "you're", "he's", "she's", "there's",
    }
)  # fmt: skip
# "was like a maze" compares; "was like really slow" hedges.
DETERMINERS = frozenset(
    {
        "a", "an", "the", "this", "that", "these", "those", "my", "our", "your", "his", "her",
        "their", "its", "some", "any", "every", "each", "another", "what", "which",
        "whatever", "one", "same", "other", "all", "different", "certain", "right", "wrong",
    }
)  # fmt: skip
# "like really", "like twenty minutes": "like" softens what follows.
SOFTENED = frozenset(
    {
        "really", "so", "very", "super", "totally", "just", "somehow", "maybe", "almost",
        "about", "around", "kind", "sort", "kinda", "sorta", "literally", "basically",
        "actually", "um", "uh", "i", "we", "you", "they", "he", "she", "it's", "they're",
        "we're", "i'm", "you're", "there's", "he's", "she's",
    }
)  # fmt: skip
NUMBER_WORDS = frozenset(
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "fifteen",
        "twenty", "thirty", "forty", "fifty", "sixty", "hundred", "thousand", "half",
    }
)  # fmt: skip
WH_WORDS = frozenset({"what", "which", "whether", "who", "how", "where", "if"})
OBJECT_PRONOUNS = frozenset({"me", "us", "him", "them"})
AUXILIARIES = frozenset({"did", "does", "do", "had", "has", "have", "turned", "it's", "that's"})
# After these "you know" is the verb of a clause ("once you know", "until you know").
SUBORDINATE = frozenset(
    {"once", "when", "until", "unless", "because", "since", "after", "before", "whether", "so"}
)
# "like I said" is a fixed phrase, not a filler.
LIKE_I_SAID = frozenset({"said", "mentioned", "say"})
# "So much/many/far" at a sentence start are degree words, not "so" the opener; "so that" is the
# conjunction of purpose or result ("So that it changed, ...").
SO_NOT_BEFORE = frozenset({"much", "many", "far", "long", "few", "little", "that"})
# "I think so." is an answer; "and that was it, so..." trails off.
SO_NOT_AFTER = frozenset(
    {"think", "hope", "guess", "said", "say", "believe", "suppose", "not", "do", "did", "be"}
)
# "you know how/what/the ..." has a real object; "you know, we" does not.
YOU_KNOW_NOT_AFTER = frozenset(
    {"do", "did", "don't", "didn't", "if", "as", "would", "whether", "what", "you'd", "when"}
)
YOU_KNOW_NOT_BEFORE = frozenset(
    {
        "what", "how", "that", "the", "which", "whether", "why", "where", "when", "who",
        "about", "a", "an", "it", "him", "her", "them", "me", "us", "this", "those", "these",
        "exactly", "more", "enough", "anything", "everything", "someone", "somebody", "your",
        "my", "our", "their", "his",
    }
)  # fmt: skip
# "what I mean is", "I mean it", "I mean to": the speaker really means something.
I_MEAN_NOT_AFTER = frozenset({"what", "which", "that"})
I_MEAN_NOT_BEFORE = frozenset({"that", "to", "by", "what", "this", "those", "these"})


@dataclass
class Filler:
    """One filler in a word list: its canonical form and the words it covers."""

    text: str
    index: int
    length: int
    start: float | None
    end: float | None
    source: str = "asr"  # the word's: "asr" (the decoder wrote it) or "acoustic" (heard only)


def normalize(token: str) -> str:
    """Lowercase a word, drop punctuation and hyphens, and map sound spellings to one form."""
    token = token.lower().replace("\u2019", "'")
    token = re.sub(r"[^\w']", "", token).replace("_", "").strip("'")
    for pattern, canonical in SOUND_VARIANTS:
        if pattern.match(token):
            return canonical
    return token


def _trailing_comma(text: str) -> bool:
    """Whether a word is followed by a pause mark in writing (comma, dash, ellipsis)."""
    return text.rstrip("\"')]").endswith((",", ";", ":", "-", "\u2014", "\u2026", "..."))


def _inner_break(text: str) -> bool:
    """Whether any punctuation ends the word, so a two-word phrase cannot run across it."""
    return bool(re.search(r"[^\w']$", text))


def _trails_off(raw: list[str], i: int) -> bool:
    """Whether word i ends the utterance: the last word, or one closed by . ? ! or an ellipsis."""
    text = raw[i].rstrip("\"')]")
    return i == len(raw) - 1 or text.endswith((".", "\u2026", "?", "!"))


def _is_like_filler(toks: list[str], raw: list[str], i: int, at_start: bool, after: str) -> bool:
    """Decide whether "like" at i is a discourse marker or hedge rather than a verb or comparison.

    `after` is the filler just before this word, if any.
    """
    prev = toks[i - 1] if i > 0 else ""
    nxt = toks[i + 1] if i + 1 < len(toks) else ""
    third = toks[i + 2] if i + 2 < len(toks) else ""
    if nxt in LIKE_I_SAID or (nxt == "i" and i + 2 < len(toks) and toks[i + 2] in LIKE_I_SAID):
        return False
    if _trailing_comma(raw[i]):
        return True  # "was, like, really slow": set off by pauses on its own
    if nxt in OBJECT_PRONOUNS or (nxt == "you" and third in {"", "and", "or"}):
        return False  # "engineers like you and me": a comparison with a pronoun object
    if at_start:
        # "Like a lot of startups, we ..." compares; "Like we had no tests" hedges.
        return nxt not in DETERMINERS and nxt not in {"most", "many", "others", "any", "lots"}
    if i > 0 and _trailing_comma(raw[i - 1]):
        # "tools, like Jira", "repos, like three a month": after a pause "like" introduces an
        # example or an apposition (such as), unless a clause follows ("..., like we had").
        return nxt in SOFTENED and not nxt[:1].isdigit()
    if prev in LIKE_NOT_AFTER or after in {"kind of", "sort of"}:
        # "kind of like a cache" is one hedged comparison, already counted.
        return False
    if after or prev in LIKE_AFTER:
        return True
    if prev in BE_FORMS:
        # "what it was like" ends the clause; "was like a maze" compares.
        return nxt not in DETERMINERS and nxt not in {"", "to", "for", "when", "that"}
    # At the end of an utterance, or before a clause, an adverb or a number, it only softens.
    return not nxt or nxt in SOFTENED or nxt[:1].isdigit() or nxt in NUMBER_WORDS


def _in_fact(toks: list[str], i: int) -> bool:
    """Whether "actually" at i means "in reality": after a form of be or an auxiliary ("was
    actually a DNS misconfiguration", "had actually done"), or in a wh- or whether-clause that
    contrasts what is real with what was assumed ("what they actually needed")."""
    prev = toks[i - 1] if i > 0 else ""
    return prev in BE_FORMS | AUXILIARIES or not WH_WORDS.isdisjoint(toks[max(0, i - 3) : i])


def _match_filler(
    toks: list[str], raw: list[str], i: int, at_start: bool, after: str, first: bool = False
) -> tuple[str, int]:
    """Return (canonical filler, words covered) starting at word i, or ("", 0) if none.

    `first`: nothing but fillers and openers comes before word i in the whole answer."""
    tok = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else ""
    third = toks[i + 2] if i + 2 < len(toks) else ""
    prev = toks[i - 1] if i > 0 else ""
    if tok == "actually" and not _trailing_comma(raw[i]) and _in_fact(toks, i):
        return "", 0
    if tok in ALWAYS_FILLERS:
        return tok, 1
    if tok in CONTRACTED_HEDGES:
        return CONTRACTED_HEDGES[tok], 1
    # "So" opening the answer, or "So," with its pause, is a discourse marker; "It broke. So I
    # rolled back." links a result to its cause: a connective, not a filler.
    opening = first or _trailing_comma(raw[i])
    if tok == "so" and at_start and opening and nxt not in SO_NOT_BEFORE:
        return "so", 1
    if tok == "so" and _trails_off(raw, i) and prev not in SO_NOT_AFTER | BE_FORMS:
        return "so", 1
    if tok == "like" and _is_like_filler(toks, raw, i, at_start, after):
        return "like", 1
    if nxt and not _inner_break(raw[i]):
        if tok == "you" and nxt == "know":
            closed = _inner_break(raw[i + 1])
            # "Once you know your p99": after a subordinator "know" is the verb, unless a pause
            # mark sets it off ("because, you know, ...").
            bound = prev in YOU_KNOW_NOT_AFTER or (
                prev in SUBORDINATE and not (i > 0 and _trailing_comma(raw[i - 1]))
            )
            if not bound and (closed or third not in YOU_KNOW_NOT_BEFORE):
                return "you know", 2
        if tok == "i" and nxt == "mean":
            closed = _inner_break(raw[i + 1])
            # "I mean it." is sincere; "I mean it just seems" reformulates.
            meant = third in I_MEAN_NOT_BEFORE or (
                third == "it" and (i + 3 == len(toks) or _inner_break(raw[i + 2]))
            )
            if prev not in I_MEAN_NOT_AFTER and (closed or not meant):
                return "i mean", 2
        # "a new kind of problem": the noun, after a determiner and maybe an adjective.
        before = toks[i - 2] if i > 1 else ""
        if tok in {"kind", "sort"} and nxt == "of" and DETERMINERS.isdisjoint({prev, before}):
            return f"{tok} of", 2
    return "", 0


def find_fillers(words: list[Word]) -> list[Filler]:
    """Find fillers left to right; each word belongs to at most one filler."""
    raw = [w.text for w in words]
    toks = [normalize(t) for t in raw]
    found: list[Filler] = []
    at_start = first = True
    after = ""
    i = 0
    while i < len(words):
        text, length = _match_filler(toks, raw, i, at_start, after, first)
        first = first and (length > 0 or toks[i] in OPENERS)
        if length:
            last = words[i + length - 1]
            found.append(Filler(text, i, length, words[i].start, last.end, words[i].source))
        step = max(length, 1)
        end = i + step - 1
        # A filler or opener at the start of a sentence leaves the next word at the start too.
        stays = at_start and (length > 0 or toks[i] in OPENERS)
        at_start = ends_sentence(raw[end]) or stays
        after = "" if ends_sentence(raw[end]) else text
        i += step
    return found


def filler_indices(fillers: list[Filler]) -> set[int]:
    """All word indices covered by fillers, the `skip` set other analyses take."""
    return {f.index + k for f in fillers for k in range(f.length)}
