"""Split an answer into sentences and label each as one STAR part, in the order STAR allows.

Each sentence gets a score per label from what it says (tense, who acts, task, outcome and
learning words, stated numbers) plus where it sits in the answer; a monotone dynamic programme
then picks the best labelling whose labels never go backwards (S -> T -> A -> R -> L, parts may
be skipped). `score_sentence` returns the per-label scores, so every label can be explained.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..transcript import Region, Word
from .content import LEARNING_CUES, find_metrics
from .timing import bridge

LABELS = ("situation", "task", "action", "result", "learning")

# Sentence splitting.
SENTENCE_END = (".", "?", "!")
ABBREVIATIONS = frozenset({"e.g.", "i.e.", "vs.", "etc.", "mr.", "mrs.", "ms.", "dr.", "approx."})
LONG_RUN_WORDS = 30  # an unpunctuated run longer than this is split at clause openers
MIN_PIECE_WORDS = 6  # never cut a run into a piece shorter than this
# Words that open a new clause in run-on speech ("... and then I ...", "... so we ...").
CLAUSE_OPENERS = frozenset({"so", "but", "then", "eventually", "finally", "afterwards"})
CLAUSE_SUBJECTS = frozenset({"i", "we", "they", "my", "our"})
# A subject right after these is inside a clause ("the cache that we had"), not opening one.
SUBORDINATORS = frozenset(
    {
        "that", "because", "cause", "when", "where", "if", "so", "and", "as", "while", "until",
        "before", "after", "which", "who", "what", "how", "why", "then", "since", "but", "or",
        "once", "whether", "than",
    }
)  # fmt: skip
SUBJECT_FOLLOWERS = frozenset({"was", "had", "also", "then", "need", "needed", "wanted", "learned"})
CLAUSE_PHRASES = (
    "as a result", "in the end", "since then", "next time", "these days", "going forward",
    "in hindsight", "looking back", "my goal", "my job", "the lesson", "after that",
)  # fmt: skip

# Position prior: where in the answer (0 = start, 1 = end) each part usually sits.
POSITION_CENTER = {"situation": 0.0, "task": 0.2, "action": 0.5, "result": 0.8, "learning": 1.0}
POSITION_WEIGHT = 4.0  # score lost per squared fraction of the answer away from the centre

# Feature weights: score points added to a label when the sentence shows the feature.
W_I_ACTS = 2.0  # "I traced", "so I replaced": the speaker doing something, in the past
W_ACTION_VERB = 0.5  # the verb is a typical engineering action (built, led, shipped ...)
W_BULLET_ACTION = 1.5  # a sentence that opens with a past verb: "Traced timeouts to ..."
W_WE_ACTS = 0.75  # "we shipped": an action, but also how results are reported
W_SEQUENCE = 0.5  # "first", "then", "after that": narrating steps
W_STATE = 1.0  # past description without the speaker acting: "the service was slow"
W_CONTEXT = 0.5  # per context or problem word, up to CONTEXT_CAP
CONTEXT_CAP = 1.5
W_TASK_CUE = 1.5  # "my goal was", "I was asked to", "I had to"
W_CONSTRAINT = 0.5  # "within two weeks", "without downtime", "by the deadline"
W_GOAL_VERB = 1.0  # opens with a bare verb: "Stabilize timeouts ..." (a goal or a rule)
W_METRIC = 0.75  # per stated quantity, up to METRIC_CAP
METRIC_CAP = 1.5
W_OUTCOME = 1.0  # outcome words: dropped, reduced, as a result, on time ...
W_LEARNING_CUE = 2.5  # "I learned", "lesson", "next time", "since then I always" ...
W_GENERAL = 0.75  # present tense or modal with no past verb: a general rule, not a story

SKIP_OPENERS = frozenset(
    {"so", "and", "then", "um", "uh", "first", "next", "also", "after", "that", "finally", "ok"}
)
# Past verbs that describe a state or a realisation rather than the speaker doing something.
STATE_VERBS = frozenset(
    {
        "was", "were", "had", "wanted", "needed", "got", "felt", "knew", "learned", "learnt",
        "realized",
    }
)  # fmt: skip
IRREGULAR_PAST = frozenset(
    {
        "built", "led", "wrote", "rewrote", "ran", "made", "took", "found", "saw", "had", "did",
        "got", "went", "set", "put", "cut", "brought", "began", "drove", "knew", "thought",
        "told", "spent", "sent", "kept", "felt", "gave", "chose", "caught", "became", "came",
        "held", "left", "met", "paid", "said", "sold", "stood", "taught", "understood", "won",
        "broke", "fell", "grew", "rose", "dug", "split", "shut", "threw", "bought", "fought",
        "sought", "lost", "meant", "heard", "overcame", "drew", "was", "were", "hit", "quit",
    }
)  # fmt: skip
NOT_PAST = frozenset({"need", "speed", "feed", "seed", "indeed", "hundred", "red", "bed", "shed"})
ACTION_VERBS = frozenset(
    {
        "built", "traced", "proposed", "implemented", "led", "shipped", "negotiated", "designed",
        "wrote", "rewrote", "added", "replaced", "ran", "created", "automated", "migrated",
        "refactored", "profiled", "debugged", "investigated", "analyzed", "analysed", "met",
        "talked", "convinced", "organized", "organised", "scheduled", "prioritized", "ranked",
        "coordinated", "escalated", "drafted", "deployed", "launched", "fixed", "decided",
        "introduced", "pushed", "paired", "reviewed", "measured", "benchmarked", "dug",
        "instrumented", "identified", "split", "moved", "tested", "communicated", "published",
        "presented", "started", "enabled", "staffed", "integrated", "tracked", "set", "went",
        "rolled", "reached", "pulled", "wired", "documented", "quantified", "trained", "asked",
        "suggested", "explained", "sat", "called", "mapped", "removed", "cached", "switched",
    }
)  # fmt: skip
# A sentence opening with a bare verb or a rule states a goal early on and a principle late.
GOAL_VERBS = frozenset(
    {
        "stabilize", "restore", "minimize", "reduce", "improve", "patch", "fix", "ship",
        "deliver", "increase", "migrate", "prevent", "ensure", "make", "get", "keep", "bring",
        "launch", "lower", "cut", "scale", "meet", "hit", "find", "figure", "build", "prefer",
        "don't", "never", "always", "bake", "use", "avoid", "invest", "pre-invest", "start",
    }
)  # fmt: skip
SEQUENCE_WORDS = frozenset({"first", "then", "next", "afterwards", "after", "started", "decided"})
CONTEXT_WORDS = frozenset(
    {
        "team", "company", "project", "service", "services", "product", "startup", "internship",
        "customers", "platform", "client", "role", "ago", "during", "last", "year", "there",
        "problem", "issue", "issues", "timeouts", "timing", "crash", "crashing", "crashes",
        "failing", "failed", "slow", "outage", "incident", "flaky", "broken", "leak",
        "complaints", "vulnerability", "bug", "bugs", "down", "kept", "legacy", "work", "works",
        "situation", "context", "background",
    }
)  # fmt: skip
TASK_CUES = re.compile(
    r"\b(?:goals?|responsib\w+|my\s+job|my\s+role|my\s+part|in\s+charge|owner\s+of"
    r"|(?:i|we)\s+(?:\w+\s+)?(?:need|needed|had|have|wanted)\s+to|(?:on|up\s+to|fell\s+to)\s+me"
    r"|asked\s+(?:me\s+)?to|was\s+asked|tasked|assigned|objective|aim\s+was|target"
    r"|supposed\s+to|expected\s+to|make\s+sure|challenge\s+was|mandate|was\s+to\s+\w+)\b",
    re.IGNORECASE,
)
CONSTRAINT_CUES = re.compile(r"\b(?:within|without|deadline|by\s+the\s+end|before\s+the)\b", re.I)
OUTCOME_CUES = re.compile(
    r"\b(?:result(?:ed|s)?|outcome|in\s+the\s+end|ended\s+up|eventually|dropped|reduced"
    r"|increased|improved|went\s+(?:down|up|from)|fell|rose|grew|saved|down\s+\d|up\s+\d"
    r"|zero|no\s+more|on\s+time|adopted|restored|praised|recognized|promoted|happy"
    r"|unaffected|haven't|hasn't|since|consistently|successfully|now\s+\w+s|back\s+(?:to|within)"
    r"|passed|caught|prevented|finishes|doubled|halved|tripled)\b",
    re.IGNORECASE,
)
PRESENT_MARKERS = frozenset(
    {
        "is", "are", "am", "can", "should", "don't", "doesn't", "always", "never", "usually",
        "tend", "i'd", "would", "will", "multiplies", "beats", "beat", "matters", "helps",
    }
)  # fmt: skip


@dataclass
class Sentence:
    """A sentence of the answer: its words [first, last), its time span and its STAR label."""

    text: str
    first: int
    last: int
    start: float | None
    end: float | None
    label: str = ""


def ends_sentence(text: str) -> bool:
    """Whether a word closes a sentence: ends in . ? or ! and is not an abbreviation or '...'."""
    text = text.rstrip("\"')]\u201d\u2019")
    if not text.endswith(SENTENCE_END) or text.endswith(("...", "\u2026")):
        return False
    return text.lower() not in ABBREVIATIONS and not re.fullmatch(r"(?:[A-Za-z]\.){2,}", text)


def _tokens(text: str) -> list[str]:
    """Lowercase words of a sentence with surrounding punctuation removed."""
    raw = text.lower().replace("\u2019", "'").split()
    return [t for t in (re.sub(r"^[^\w$~+]+|[^\w%]+$", "", r) for r in raw) if t]


def _is_clause_start(toks: list[str], k: int) -> bool:
    """Whether toks[k] likely opens a new clause in unpunctuated speech."""
    tok, nxt, prev = toks[k], toks[k + 1], toks[k - 1]
    if tok in CLAUSE_OPENERS:
        # "so it could roll back" states a purpose, it does not start a new step.
        purpose = k + 2 < len(toks) and toks[k + 2] in {"could", "would", "can", "will"}
        return nxt not in {"that", "much", "many", "far"} and not purpose
    if tok == "and":
        return nxt in CLAUSE_SUBJECTS or nxt == "then"
    if tok in {"i", "we"} and prev not in SUBORDINATORS:
        # "... our service kept timing out | we had ..." : a subject with its verb.
        return _is_past(nxt) or nxt in SUBJECT_FOLLOWERS
    return " ".join(toks[k : k + 3]).startswith(CLAUSE_PHRASES)


def _cut_points(words: list[Word], first: int, last: int) -> list[int]:
    """Where to split a long unpunctuated run: before clause openers, keeping pieces long enough."""
    toks = [(_tokens(w.text) or [""])[0] for w in words[first:last]]
    cuts = []
    prev_cut = first
    for k in range(1, len(toks) - 1):
        i = first + k
        roomy = i - prev_cut >= MIN_PIECE_WORDS and last - i >= MIN_PIECE_WORDS // 2
        if roomy and _is_clause_start(toks, k):
            cuts.append(i)
            prev_cut = i
    return cuts


def _sentence(words: list[Word], first: int, last: int) -> Sentence:
    """Build the Sentence covering words[first:last]."""
    text = " ".join(w.text for w in words[first:last])
    return Sentence(text, first, last, words[first].start, words[last - 1].end)


def split_sentences(words: list[Word]) -> list[Sentence]:
    """Split on . ? ! ending a word; unpunctuated runs over LONG_RUN_WORDS split at clause openers.

    Decimals ("2.3%") never split because the dot is inside the word; "e.g." and initialisms
    do not split; a trailing "..." is a trailing-off, not an end.
    """
    bounds = []
    first = 0
    for i, word in enumerate(words):
        if ends_sentence(word.text) or i == len(words) - 1:
            bounds.append((first, i + 1))
            first = i + 1
    sentences = []
    for first, last in bounds:
        edges = [first]
        if last - first > LONG_RUN_WORDS:
            edges += _cut_points(words, first, last)
        edges.append(last)
        sentences += [_sentence(words, a, b) for a, b in zip(edges, edges[1:], strict=False)]
    return sentences


def _is_past(tok: str) -> bool:
    """Whether a token looks like a past-tense verb."""
    if tok in IRREGULAR_PAST:
        return True
    return tok.endswith("ed") and len(tok) > 4 and tok not in NOT_PAST and not tok.endswith("eed")


def _acts(toks: list[str], subject: str) -> str:
    """The past non-state verb the subject takes within two words ("I then traced"), or ""."""
    for j, tok in enumerate(toks):
        if tok != subject:
            continue
        for verb in toks[j + 1 : j + 3]:
            if verb in STATE_VERBS:
                break
            if _is_past(verb):
                return verb
    return ""


def _first_content(toks: list[str]) -> str:
    """The first word after openers like "so", "um", "then"."""
    for tok in toks:
        if tok not in SKIP_OPENERS:
            return tok
    return ""


def score_sentence(text: str) -> dict[str, float]:
    """Content score of one sentence for each label, before position and ordering."""
    toks = _tokens(text)
    score = dict.fromkeys(LABELS, 0.0)
    lead = _first_content(toks)
    past = [t for t in toks if _is_past(t)]
    i_verb = _acts(toks, "i")
    if i_verb:
        score["action"] += W_I_ACTS + (W_ACTION_VERB if i_verb in ACTION_VERBS else 0.0)
    elif lead != "i" and _is_past(lead) and lead not in STATE_VERBS:
        score["action"] += W_BULLET_ACTION + (W_ACTION_VERB if lead in ACTION_VERBS else 0.0)
    if _acts(toks, "we"):
        score["action"] += W_WE_ACTS
    if any(t in SEQUENCE_WORDS for t in toks):
        score["action"] += W_SEQUENCE
    if past and not i_verb:
        score["situation"] += W_STATE
    context = sum(t in CONTEXT_WORDS for t in toks)
    score["situation"] += min(CONTEXT_CAP, W_CONTEXT * context)
    if TASK_CUES.search(text):
        score["task"] += W_TASK_CUE
    if CONSTRAINT_CUES.search(text):
        score["task"] += W_CONSTRAINT
    if lead in GOAL_VERBS:
        score["task"] += W_GOAL_VERB
        score["learning"] += W_GOAL_VERB
    metrics = find_metrics(text)
    score["result"] += min(METRIC_CAP, W_METRIC * len(metrics))
    if OUTCOME_CUES.search(text):
        score["result"] += W_OUTCOME
    if LEARNING_CUES.search(text):
        score["learning"] += W_LEARNING_CUE
    if not past and not metrics and any(t in PRESENT_MARKERS for t in toks):
        score["learning"] += W_GENERAL
    return score


def _position_prior(index: int, count: int) -> dict[str, float]:
    """Score each label gets from the sentence's place in the answer."""
    where = (index + 0.5) / count
    return {
        label: -POSITION_WEIGHT * (where - center) ** 2 for label, center in POSITION_CENTER.items()
    }


def label_sentences(texts: list[str]) -> list[str]:
    """One STAR label per sentence: the best-scoring labelling that never goes backwards."""
    if not texts:
        return []
    count = len(texts)
    scores = []
    for i, text in enumerate(texts):
        content, prior = score_sentence(text), _position_prior(i, count)
        scores.append([content[label] + prior[label] for label in LABELS])
    # best[i][k]: best total for sentences 0..i with sentence i labelled LABELS[k].
    best = [scores[0][:]]
    back: list[list[int]] = [list(range(len(LABELS)))]
    for i in range(1, count):
        row, ptr = [], []
        for k in range(len(LABELS)):
            j = max(range(k + 1), key=lambda j: (best[i - 1][j], j))
            row.append(best[i - 1][j] + scores[i][k])
            ptr.append(j)
        best.append(row)
        back.append(ptr)
    k = max(range(len(LABELS)), key=lambda k: (best[-1][k], -k))
    path = [k]
    for i in range(count - 1, 0, -1):
        k = back[i][k]
        path.append(k)
    return [LABELS[k] for k in reversed(path)]


def _overlap(start: float, end: float, regions: list[Region]) -> float:
    """Seconds of [start, end] covered by the regions."""
    return sum(max(0.0, min(end, r.end) - max(start, r.start)) for r in regions)


def star_shares(
    sentences: list[Sentence],
    regions: list[Region] | None,
    weights: list[float] | None = None,
) -> dict[str, dict]:
    """How much of the answer each STAR part takes: speech seconds for audio, else word weights.

    Audio: a sentence runs from its first word to the next sentence's first word (its own end
    for the last), counted only where the voice activity detector heard speech (regions bridged
    over breaths, as in timing), so pauses between parts go to nobody. With an empty region
    list the spans count whole. Text (regions None or any sentence untimed): shares follow
    `weights`, one per sentence, default its word count. Unlabelled sentences count for no part.
    """
    timed = regions is not None and all(s.start is not None for s in sentences)
    # Bridged like the timing analysis, so the parts add up to its speaking time.
    speech = bridge(regions) if regions else []
    amounts = dict.fromkeys(LABELS, 0.0)
    for i, sentence in enumerate(sentences):
        if sentence.label not in amounts:
            continue
        if timed:
            nxt = sentences[i + 1].start if i + 1 < len(sentences) else None
            own_end = sentence.end if sentence.end is not None else sentence.start
            end = nxt if nxt is not None else own_end
            heard = speech or [Region(sentence.start, end)]
            amounts[sentence.label] += _overlap(sentence.start, end, heard)
        else:
            weight = weights[i] if weights is not None else sentence.last - sentence.first
            amounts[sentence.label] += weight
    total = sum(amounts.values())
    return {
        label: {
            "seconds": amounts[label] if timed else None,
            "share": amounts[label] / total if total > 0 else 0.0,
        }
        for label in LABELS
    }
