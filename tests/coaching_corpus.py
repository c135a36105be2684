"""The labelled coaching corpus (tests/data/coaching/*.yaml): load it, split it, validate it.

`load_all()` reads every answer. The corpus has one hundred and eight parts (tests/data/coaching/README.md):

- `dev` — the development part the labeller and the checks were fitted on;
- `heldout` — the first held-out part. Its figures were reported once (README, "The split"); since
  the rules keep being improved, it has been folded into development and is no longer a hold-out;
- `heldout2` to `heldout105` — each written by another writer who never read the rules (most
  kept unread as the reserve until the part before them was folded in), reported on
  (heldout9 to heldout105 once each, as rounds 3 to 99 of README "Coaching"), then folded into
  development in the same way; the corpus README says when and how each was written;
- `heldout106` — written after heldout104 was reported on, by another such writer, and kept unread
  as the reserve until heldout105 was folded in: the held-out part (round 100);
- `heldout107` — written after heldout105 was reported on, by another such writer: the reserve,
  kept unread and unmeasured until heldout106 is reported on and folded in.

`dev()` returns dev and heldout to heldout105 (everything one may now tune on), `heldout()`
returns heldout106 only (the part figures come from), `first_heldout()` to `hundred_fifth_heldout()`
the older parts, for the record; `reserve()` returns the next unread part (heldout107).
Loading validates the schema and raises CorpusError naming the file, the answer and the problem.
Nothing may be tuned on `heldout()`: word lists, weights and thresholds are fitted on `dev()`;
figures come from `heldout()`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = ROOT / "tests" / "data" / "coaching"
PROMPTS_FILE = ROOT / "prompts.yaml"

LABELS = ("situation", "task", "action", "result", "learning")
REGISTERS = (
    "engineering",
    "nursing",
    "retail",
    "teaching",
    "hospitality",
    "logistics",
    "student",
    "open-source",
    "internship",
    "other",
)
STYLES = ("formal", "casual", "present-tense", "guide-example", "content-free")
SPLITS = (
    "dev",
    "heldout",
    "heldout2",
    "heldout3",
    "heldout4",
    "heldout5",
    "heldout6",
    "heldout7",
    "heldout8",
    "heldout9",
    "heldout10",
    "heldout11",
    "heldout12",
    "heldout13",
    "heldout14",
    "heldout15",
    "heldout16",
    "heldout17",
    "heldout18",
    "heldout19",
    "heldout20",
    "heldout21",
    "heldout22",
    "heldout23",
    "heldout24",
    "heldout25",
    "heldout26",
    "heldout27",
    "heldout28",
    "heldout29",
    "heldout30",
    "heldout31",
    "heldout32",
    "heldout33",
    "heldout34",
    "heldout35",
    "heldout36",
    "heldout37",
    "heldout38",
    "heldout39",
    "heldout40",
    "heldout41",
    "heldout42",
    "heldout43",
    "heldout44",
    "heldout45",
    "heldout46",
    "heldout47",
    "heldout48",
    "heldout49",
    "heldout50",
    "heldout51",
    "heldout52",
    "heldout53",
    "heldout54",
    "heldout55",
    "heldout56",
    "heldout57",
    "heldout58",
    "heldout59",
    "heldout60",
    "heldout61",
    "heldout62",
    "heldout63",
    "heldout64",
    "heldout65",
    "heldout66",
    "heldout67",
    "heldout68",
    "heldout69",
    "heldout70",
    "heldout71",
    "heldout72",
    "heldout73",
    "heldout74",
    "heldout75",
    "heldout76",
    "heldout77",
    "heldout78",
    "heldout79",
    "heldout80",
    "heldout81",
    "heldout82",
    "heldout83",
    "heldout84",
    "heldout85",
    "heldout86",
    "heldout87",
    "heldout88",
    "heldout89",
    "heldout90",
    "heldout91",
    "heldout92",
    "heldout93",
    "heldout94",
    "heldout95",
    "heldout96",
    "heldout97",
    "heldout98",
    "heldout99",
    "heldout100",
    "heldout101",
    "heldout102",
    "heldout103",
    "heldout104",
    "heldout105",
    "heldout106",
    "heldout107",
)
HELDOUT_SPLITS = ("heldout106",)  # figures come from here; nothing is tuned on it
RESERVE_SPLITS = ("heldout107",)  # the next held-out part, unread and unmeasured
# The parts one may tune on: every part but those two, each folded in once its figures were
# reported.
DEV_SPLITS = tuple(s for s in SPLITS if s not in HELDOUT_SPLITS + RESERVE_SPLITS)
FAULTS = ("long_setup", "we_heavy", "no_metric", "no_learning", "blame", "off_prompt")

# The guide's per-prompt elements (interview-guide.txt, one section per prompt).
RUBRIC_ELEMENTS = {
    "why-amazon": ("principles_named", "role_fit", "personal_example", "add_value"),
    "simple-solution": ("complexity", "simpler_alternative", "why_safe"),
    "failure": ("owns_it", "root_cause", "impact", "prevention"),
    "deadline": ("early_risk", "rebaseline", "stakeholders", "prevention"),
    "above-and-beyond": ("beyond_scope", "customer_impact"),
    "tight-deadline": ("prioritization", "tradeoffs", "safety"),
    "proudest": ("why_it_matters", "scale_of_impact"),
}

BOOL_CHECKS = (
    "metric_in_result",
    "learning",
    "mechanism",
    "long_setup",
    "we_heavy",
    "blame",
    "addresses_prompt",
    "alternatives",
)
LIST_CHECKS = ("impact_quantities", "effort_quantities")
CHECK_KEYS = BOOL_CHECKS + LIST_CHECKS + ("action_steps", "rubric")

# long_setup is true when Situation+Task take more than this share of the answer's words, or the
# Situation alone runs to SETUP_MAX_SITUATION sentences or more (the guide: "1–2 sentences").
SETUP_MAX_SHARE = 0.30  # fraction of words
SETUP_MAX_SITUATION = 3  # sentences

# Filler words and phrases the corpus marks where they carry no meaning (`fillers` of a sentence);
# an unmarked occurrence is a meaningful use ("tools, like Jira").
FILLER_TERMS = (
    "like",
    "you know",
    "kind of",
    "sort of",
    "actually",
    "basically",
    "um",
    "uh",
    "I mean",
    "literally",
    "right",
)
ALWAYS_FILLERS = ("um", "uh")  # never meaningful: every occurrence must be marked

ANSWER_REQUIRED = ("id", "prompt", "register", "style", "split", "sentences", "checks")
ANSWER_KEYS = ANSWER_REQUIRED + ("domain", "base", "seeded_fault", "note")
SENTENCE_KEYS = ("text", "label", "fillers")

# A digit that follows a letter belongs to a name (p99, Q2, log4j), not a quantity.
QUANTITY_DIGIT = re.compile(r"(?<![A-Za-z\d])\d")


class CorpusError(ValueError):
    """The corpus files break the schema; the message names file, answer and problem."""


@dataclass(frozen=True)
class Sentence:
    """One sentence of an answer with its STAR label and the fillers it contains."""

    text: str
    label: str
    fillers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Answer:
    """One spoken answer with its per-sentence labels and the truth for every check."""

    id: str
    prompt: str
    register: str
    style: str
    split: str
    sentences: tuple[Sentence, ...]
    checks: dict
    file: str
    domain: str | None = None
    base: str | None = None
    seeded_fault: str | None = None
    note: str | None = None

    @property
    def text(self) -> str:
        """The answer as one string, sentences joined by a space."""
        return " ".join(s.text for s in self.sentences)

    @property
    def words(self) -> int:
        """Number of whitespace-separated words in the answer."""
        return len(self.text.split())

    def word_labels(self) -> list[str]:
        """The STAR label of every word, in order (what word-level accuracy compares)."""
        return [s.label for s in self.sentences for _ in s.text.split()]


@cache
def prompt_ids() -> tuple[str, ...]:
    """The prompt ids of the repo's prompts.yaml."""
    data = yaml.safe_load(PROMPTS_FILE.read_text(encoding="utf-8"))
    return tuple(p["id"] for p in data["prompts"])


def setup_is_long(sentences: tuple[Sentence, ...]) -> bool:
    """The long_setup rule of the README, from the labels."""
    total = sum(len(s.text.split()) for s in sentences)
    setup = sum(len(s.text.split()) for s in sentences if s.label in ("situation", "task"))
    situations = sum(1 for s in sentences if s.label == "situation")
    return total > 0 and (setup / total > SETUP_MAX_SHARE or situations >= SETUP_MAX_SITUATION)


@cache
def load_all(directory: Path = CORPUS_DIR) -> tuple[Answer, ...]:
    """Every answer of every *.yaml file under directory, validated."""
    answers: list[Answer] = []
    files = sorted(directory.glob("*.yaml"))
    if not files:
        raise CorpusError(f"{directory}: no *.yaml corpus files")
    for path in files:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not isinstance(data.get("answers"), list):
            raise CorpusError(f"{path.name}: expected a mapping with an 'answers' list")
        answers.extend(_answer(path.name, raw) for raw in data["answers"])
    validate(answers)
    return tuple(answers)


def dev() -> list[Answer]:
    """The development part (splits dev and heldout to heldout105): fit word lists, weights and
    thresholds here.

    The first held-out part (split `heldout`) was reported on once and then folded into
    development, so it is tuned on from now on; `first_heldout()` still returns it alone.
    """
    return [a for a in load_all() if a.split in DEV_SPLITS]


def heldout() -> list[Answer]:
    """The held-out part (split heldout106): report figures from it; never tune on it."""
    return [a for a in load_all() if a.split in HELDOUT_SPLITS]


def part(split: str) -> list[Answer]:
    """One part alone (a split of SPLITS): the earlier held-out parts, for the record — their
    figures were reported before they were folded into `dev()`."""
    if split not in SPLITS:
        raise ValueError(f"no part {split!r}: one of {', '.join(SPLITS)}")
    return [a for a in load_all() if a.split == split]


# The earlier held-out parts by name, for the record (the bench prints the last one beside the
# held-out figures).
first_heldout = partial(part, "heldout")
second_heldout = partial(part, "heldout2")
third_heldout = partial(part, "heldout3")
fourth_heldout = partial(part, "heldout4")
fifth_heldout = partial(part, "heldout5")
sixth_heldout = partial(part, "heldout6")
seventh_heldout = partial(part, "heldout7")
eighth_heldout = partial(part, "heldout8")
ninth_heldout = partial(part, "heldout9")
tenth_heldout = partial(part, "heldout10")
eleventh_heldout = partial(part, "heldout11")
twelfth_heldout = partial(part, "heldout12")
thirteenth_heldout = partial(part, "heldout13")
fourteenth_heldout = partial(part, "heldout14")
fifteenth_heldout = partial(part, "heldout15")
sixteenth_heldout = partial(part, "heldout16")
seventeenth_heldout = partial(part, "heldout17")
eighteenth_heldout = partial(part, "heldout18")
nineteenth_heldout = partial(part, "heldout19")
twentieth_heldout = partial(part, "heldout20")
twenty_first_heldout = partial(part, "heldout21")
twenty_second_heldout = partial(part, "heldout22")
twenty_third_heldout = partial(part, "heldout23")
twenty_fourth_heldout = partial(part, "heldout24")
twenty_fifth_heldout = partial(part, "heldout25")
twenty_sixth_heldout = partial(part, "heldout26")
twenty_seventh_heldout = partial(part, "heldout27")
twenty_eighth_heldout = partial(part, "heldout28")
twenty_ninth_heldout = partial(part, "heldout29")
thirtieth_heldout = partial(part, "heldout30")
thirty_first_heldout = partial(part, "heldout31")
thirty_second_heldout = partial(part, "heldout32")
thirty_third_heldout = partial(part, "heldout33")
thirty_fourth_heldout = partial(part, "heldout34")
thirty_fifth_heldout = partial(part, "heldout35")
thirty_sixth_heldout = partial(part, "heldout36")
thirty_seventh_heldout = partial(part, "heldout37")
thirty_eighth_heldout = partial(part, "heldout38")
thirty_ninth_heldout = partial(part, "heldout39")
fortieth_heldout = partial(part, "heldout40")
forty_first_heldout = partial(part, "heldout41")
forty_second_heldout = partial(part, "heldout42")
forty_third_heldout = partial(part, "heldout43")
forty_fourth_heldout = partial(part, "heldout44")
forty_fifth_heldout = partial(part, "heldout45")
forty_sixth_heldout = partial(part, "heldout46")
forty_seventh_heldout = partial(part, "heldout47")
forty_eighth_heldout = partial(part, "heldout48")
forty_ninth_heldout = partial(part, "heldout49")
fiftieth_heldout = partial(part, "heldout50")
fifty_first_heldout = partial(part, "heldout51")
fifty_second_heldout = partial(part, "heldout52")
fifty_third_heldout = partial(part, "heldout53")
fifty_fourth_heldout = partial(part, "heldout54")
fifty_fifth_heldout = partial(part, "heldout55")
fifty_sixth_heldout = partial(part, "heldout56")
fifty_seventh_heldout = partial(part, "heldout57")
fifty_eighth_heldout = partial(part, "heldout58")
fifty_ninth_heldout = partial(part, "heldout59")
sixtieth_heldout = partial(part, "heldout60")
sixty_first_heldout = partial(part, "heldout61")
sixty_second_heldout = partial(part, "heldout62")
sixty_third_heldout = partial(part, "heldout63")
sixty_fourth_heldout = partial(part, "heldout64")
sixty_fifth_heldout = partial(part, "heldout65")
sixty_sixth_heldout = partial(part, "heldout66")
sixty_seventh_heldout = partial(part, "heldout67")
sixty_eighth_heldout = partial(part, "heldout68")
sixty_ninth_heldout = partial(part, "heldout69")
seventieth_heldout = partial(part, "heldout70")
seventy_first_heldout = partial(part, "heldout71")
seventy_second_heldout = partial(part, "heldout72")
seventy_third_heldout = partial(part, "heldout73")
seventy_fourth_heldout = partial(part, "heldout74")
seventy_fifth_heldout = partial(part, "heldout75")
seventy_sixth_heldout = partial(part, "heldout76")
seventy_seventh_heldout = partial(part, "heldout77")
seventy_eighth_heldout = partial(part, "heldout78")
seventy_ninth_heldout = partial(part, "heldout79")
eightieth_heldout = partial(part, "heldout80")
eighty_first_heldout = partial(part, "heldout81")
eighty_second_heldout = partial(part, "heldout82")
eighty_third_heldout = partial(part, "heldout83")
eighty_fourth_heldout = partial(part, "heldout84")
eighty_fifth_heldout = partial(part, "heldout85")
eighty_sixth_heldout = partial(part, "heldout86")
eighty_seventh_heldout = partial(part, "heldout87")
eighty_eighth_heldout = partial(part, "heldout88")
eighty_ninth_heldout = partial(part, "heldout89")
ninetieth_heldout = partial(part, "heldout90")
ninety_first_heldout = partial(part, "heldout91")
ninety_second_heldout = partial(part, "heldout92")
ninety_third_heldout = partial(part, "heldout93")
ninety_fourth_heldout = partial(part, "heldout94")
ninety_fifth_heldout = partial(part, "heldout95")
ninety_sixth_heldout = partial(part, "heldout96")
ninety_seventh_heldout = partial(part, "heldout97")
ninety_eighth_heldout = partial(part, "heldout98")
ninety_ninth_heldout = partial(part, "heldout99")
hundredth_heldout = partial(part, "heldout100")
hundred_first_heldout = partial(part, "heldout101")
hundred_second_heldout = partial(part, "heldout102")
hundred_third_heldout = partial(part, "heldout103")
hundred_fourth_heldout = partial(part, "heldout104")
hundred_fifth_heldout = partial(part, "heldout105")


def reserve() -> list[Answer]:
    """The reserve: the next held-out part, kept unread and unmeasured until `heldout()` has been
    reported on and folded into `dev()` (heldout107)."""
    return [a for a in load_all() if a.split in RESERVE_SPLITS]


def by_id() -> dict[str, Answer]:
    """Every answer keyed by its id."""
    return {a.id: a for a in load_all()}


def _fail(file: str, aid: object, problem: str) -> CorpusError:
    """A CorpusError naming where the problem is."""
    return CorpusError(f"{file}: answer {aid!r}: {problem}")


def _answer(file: str, raw: object) -> Answer:
    """One answer from its YAML mapping, with field-level checks."""
    if not isinstance(raw, dict):
        raise CorpusError(f"{file}: an answer is not a mapping: {raw!r:.60}")
    aid = raw.get("id")
    missing = [k for k in ANSWER_REQUIRED if k not in raw]
    unknown = [k for k in raw if k not in ANSWER_KEYS]
    if missing or unknown:
        raise _fail(file, aid, f"missing keys {missing}, unknown keys {unknown}")
    for key, allowed in (
        ("prompt", prompt_ids()),
        ("register", REGISTERS),
        ("style", STYLES),
        ("split", SPLITS),
    ):
        if raw[key] not in allowed:
            raise _fail(file, aid, f"{key} {raw[key]!r} is not one of {list(allowed)}")
    sentences = tuple(_sentence(file, aid, s) for s in raw["sentences"])
    if not sentences:
        raise _fail(file, aid, "no sentences")
    return Answer(
        id=str(aid),
        prompt=raw["prompt"],
        register=raw["register"],
        style=raw["style"],
        split=raw["split"],
        sentences=sentences,
        checks=_checks(file, aid, raw["prompt"], raw["checks"]),
        file=file,
        domain=raw.get("domain"),
        base=raw.get("base"),
        seeded_fault=raw.get("seeded_fault"),
        note=raw.get("note"),
    )


def _sentence(file: str, aid: object, raw: object) -> Sentence:
    """One labelled sentence; its fillers must be listed terms that occur in its text."""
    if not isinstance(raw, dict) or set(raw) - set(SENTENCE_KEYS) or "text" not in raw:
        raise _fail(file, aid, f"bad sentence {raw!r:.80}")
    if raw.get("label") not in LABELS:
        raise _fail(file, aid, f"label {raw.get('label')!r} not in {LABELS}: {raw['text']!r}")
    fillers = tuple(raw.get("fillers") or ())
    low = f" {raw['text'].lower()} "
    for term in fillers:
        if term not in FILLER_TERMS or not re.search(rf"\b{re.escape(term.lower())}\b", low):
            raise _fail(file, aid, f"filler {term!r} not a term or not in {raw['text']!r}")
    for term in ALWAYS_FILLERS:
        found = len(re.findall(rf"\b{term}\b", low))
        if found != fillers.count(term):
            raise _fail(file, aid, f"{found} {term!r} but {fillers.count(term)} marked")
    return Sentence(text=raw["text"], label=raw["label"], fillers=fillers)


def _checks(file: str, aid: object, prompt: str, raw: object) -> dict:
    """The per-check truth: every key present, right types, rubric keys of the prompt."""
    if not isinstance(raw, dict) or set(raw) != set(CHECK_KEYS):
        got = sorted(raw) if isinstance(raw, dict) else raw
        raise _fail(file, aid, f"checks must have exactly {sorted(CHECK_KEYS)}, got {got}")
    for key in BOOL_CHECKS:
        if not isinstance(raw[key], bool) and not (key == "long_setup" and raw[key] is None):
            raise _fail(file, aid, f"check {key} must be true/false, got {raw[key]!r}")
    for key in LIST_CHECKS:
        if not isinstance(raw[key], list) or not all(isinstance(q, str) for q in raw[key]):
            raise _fail(file, aid, f"check {key} must be a list of strings")
    if not isinstance(raw["action_steps"], int) or raw["action_steps"] < 0:
        raise _fail(file, aid, "action_steps must be a count")
    rubric = raw["rubric"]
    if not isinstance(rubric, dict) or set(rubric) != set(RUBRIC_ELEMENTS[prompt]):
        raise _fail(file, aid, f"rubric must have exactly {list(RUBRIC_ELEMENTS[prompt])}")
    if not all(isinstance(v, bool) for v in rubric.values()):
        raise _fail(file, aid, "rubric values must be true/false")
    return dict(raw)


def validate(answers: list[Answer]) -> None:
    """Cross-answer rules: unique ids, bases exist, quantities occur, derived checks agree."""
    seen: set[str] = set()
    for a in answers:
        if a.id in seen:
            raise _fail(a.file, a.id, "duplicate id")
        seen.add(a.id)
    index = {a.id: a for a in answers}
    for a in answers:
        _validate_variant(a, index)
        _validate_quantities(a)
        _validate_derived(a)


def _validate_variant(a: Answer, index: dict[str, Answer]) -> None:
    """A fault variant names an existing base answer with the same prompt, register and split."""
    if (a.base is None) != (a.seeded_fault is None):
        raise _fail(a.file, a.id, "base and seeded_fault go together")
    if a.base is None:
        return
    base = index.get(a.base)
    if base is None or base.base is not None:
        raise _fail(a.file, a.id, f"base {a.base!r} is not a base answer")
    fault = a.seeded_fault
    if fault not in FAULTS and not (
        base.style == "guide-example"
        and fault.startswith("missing_")
        and fault[len("missing_") :] in RUBRIC_ELEMENTS[a.prompt]
    ):
        raise _fail(a.file, a.id, f"seeded_fault {fault!r} unknown")
    if a.id != f"{a.base}-{fault}":
        raise _fail(a.file, a.id, f"a variant's id is '<base>-<fault>': {a.base}-{fault}")
    for key in ("prompt", "register", "split", "domain"):
        if getattr(a, key) != getattr(base, key):
            raise _fail(a.file, a.id, f"{key} differs from its base {a.base}")
    if a.sentences == base.sentences:
        raise _fail(a.file, a.id, "a variant must change its base's sentences")


def _validate_quantities(a: Answer) -> None:
    """Impact phrases occur in a Result/Learning sentence, effort phrases in some sentence, and
    every number in the answer is inside one of them (so none is left unclassified)."""
    closing = " ".join(s.text for s in a.sentences if s.label in ("result", "learning"))
    for q in a.checks["impact_quantities"]:
        if q not in closing:
            raise _fail(a.file, a.id, f"impact {q!r} is not in a result/learning sentence")
    for q in a.checks["effort_quantities"]:
        if q not in a.text:
            raise _fail(a.file, a.id, f"effort {q!r} is not in the answer")
    phrases = sorted(a.checks["impact_quantities"] + a.checks["effort_quantities"], key=len)
    for s in a.sentences:
        rest = s.text
        for q in reversed(phrases):
            rest = rest.replace(q, " ")
        if QUANTITY_DIGIT.search(rest):
            raise _fail(a.file, a.id, f"a number is in no quantity list: {s.text!r}")


def _validate_derived(a: Answer) -> None:
    """metric_in_result and long_setup agree with what the labels and quantities say."""
    c = a.checks
    if c["metric_in_result"] != bool(c["impact_quantities"]):
        raise _fail(a.file, a.id, "metric_in_result must be true exactly when impacts are listed")
    if a.prompt == "why-amazon":
        if c["long_setup"] is not None:
            raise _fail(a.file, a.id, "why-amazon has no setup share: long_setup is null")
    elif c["long_setup"] != setup_is_long(a.sentences):
        raise _fail(a.file, a.id, f"long_setup should be {setup_is_long(a.sentences)}")
