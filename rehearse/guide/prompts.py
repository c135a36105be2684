"""The interview guide as data: the prompts to rehearse and the targets an answer is graded against.

Everything comes from prompts.yaml. load() validates the whole file up front so that a mistake in it
is one RehearseError naming the file and line, not a KeyError halfway through an analysis.
"""

from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import yaml

from rehearse.errors import RehearseError

from .schema import Reader, found, parse, peek_id, read

ENV_VAR = "REHEARSE_PROMPTS"  # a path that overrides the default prompts file

PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_PATH = PACKAGE_DIR.parents[1] / "prompts.yaml"  # the repo's copy (checkouts, editable)
PACKAGED_PATH = PACKAGE_DIR / "prompts.yaml"  # a copy shipped inside the package (wheel installs)

# The analyzer grades every one of these, so a prompts file must give a range for each; the
# template's three (TEMPLATE_IDS) may be left out, and are then not graded.
TARGET_IDS = (
    "answer_length_s",
    "pace_wpm",
    "setup_share",
    "action_result_share",
    "result_metrics",
    "learning",
    "i_share",
    "fillers_per_minute",
    "long_pauses",
    "action_steps",
    "alternatives",
    "template_metrics",
)
TEMPLATE_IDS = ("action_steps", "alternatives", "template_metrics")
# Named cue families a rubric element may use (rehearse/analysis/rubric.py defines each).
RUBRIC_FAMILIES = (
    "impact_metric", "any_metric", "learning", "mechanism", "alternatives", "ownership", "blame",
    "trouble", "change", "outcome", "task", "constraint", "sequence", "we_heavy", "elements",
    "in_scope", "others_job", "error",
)  # fmt: skip
ELEMENT_REQUIRED = ("id", "name", "advice")
ELEMENT_KEYS = ELEMENT_REQUIRED + (
    "cues", "families", "unless", "unless_families", "shown_by", "at_least",
)  # fmt: skip
FIRST_ELEMENT = "addresses_prompt"  # the rubric's first element for every prompt
# The story-bank themes of the guide's "General strategy".
THEMES = (
    "conflict",
    "failure",
    "simplification",
    "tight deadlines",
    "leadership",
    "delivering results",
    "going above and beyond",
)
SOURCES = ("guide", "convention")
# How describe() writes a value of each unit: share is a 0–1 fraction shown as a percentage.
UNIT_SUFFIXES = {
    "s": " s", "wpm": " wpm", "per_min": " /min", "share": "%", "count": "", "flag": "",
}  # fmt: skip

TOP_KEYS = ("version", "prompts", "targets")
PROMPT_REQUIRED = ("id", "text", "principles")
PROMPT_KEYS = PROMPT_REQUIRED + ("looks_for", "tips", "themes", "skip_checks", "rubric")
TARGET_REQUIRED = ("unit", "pass", "reason", "source")
TARGET_KEYS = TARGET_REQUIRED + ("warn", "at_worst")
RANGE_KEYS = ("min", "max")

Status = Literal["pass", "warn", "fail"]


@dataclass(frozen=True)
class Target:
    """A graded check: inside the pass range passes, inside the warn range warns, else it fails.

    Bounds are inclusive. A None pass bound means no limit on that side; a None warn bound means no
    warn band on that side, so anything past the pass bound there fails.
    """

    id: str
    unit: str
    pass_min: float | None
    pass_max: float | None
    warn_min: float | None
    warn_max: float | None
    reason: str
    source: str
    at_worst: Status = "fail"  # "warn" for advice the guide gives as a template, not a pitfall

    def status(self, value: float) -> Status:
        """Grade one measured value: "pass", "warn" or "fail" (no worse than at_worst)."""
        value = float(value)
        if math.isnan(value):
            return self.at_worst  # an undefined measurement must never look like a pass
        if _within(value, self.pass_min, self.pass_max):
            return "pass"
        warn_min = self.pass_min if self.warn_min is None else self.warn_min
        warn_max = self.pass_max if self.warn_max is None else self.warn_max
        return "warn" if _within(value, warn_min, warn_max) else self.at_worst

    def describe(self) -> str:
        """The pass range for people, e.g. "60–120 s", "≤ 3 /min", "≥ 50%", "yes"."""
        if self.unit == "flag" and self.pass_min is not None and self.pass_min > 0:
            return "yes"
        suffix = UNIT_SUFFIXES.get(self.unit, f" {self.unit}")
        low, high = _show(self.pass_min, self.unit), _show(self.pass_max, self.unit)
        if low is not None and high is not None:
            return f"{low}–{high}{suffix}"
        if low is not None:
            return f"≥ {low}{suffix}"
        if high is not None:
            return f"≤ {high}{suffix}"
        return "any"


@dataclass(frozen=True)
class Element:
    """One thing the guide says an answer to a prompt should show, and the cues that show it.

    Found when a sentence matches a cue or a named family, unless a sentence matches `unless`
    (e.g. the failure story that blames others). cues are regular expressions matched as words.
    """

    id: str
    name: str
    advice: str
    cues: tuple[str, ...] = ()
    families: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    unless_families: tuple[str, ...] = ()
    shown_by: tuple[str, ...] = ()  # other elements of the prompt whose finding also shows it
    at_least: int = 1  # how many different cues must be found ("2–3 principles")


@dataclass(frozen=True)
class Prompt:
    """One interview question and what the guide says a good answer to it shows."""

    id: str
    text: str
    principles: tuple[str, ...]
    looks_for: str = ""
    tips: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    skip_checks: tuple[str, ...] = ()  # targets that do not apply to this prompt
    rubric: tuple[Element, ...] = ()  # the guide's elements for this prompt, in order


@dataclass(frozen=True)
class Guide:
    """A loaded prompts file: its prompts in file order and its targets by id."""

    prompts: tuple[Prompt, ...]
    targets: dict[str, Target] = field(default_factory=dict)
    path: Path = DEFAULT_PATH

    def prompt(self, prompt_id: str) -> Prompt:
        """The prompt with this id, ignoring case; an unknown id is a RehearseError listing all."""
        wanted = prompt_id.strip().lower()
        for prompt in self.prompts:
            if prompt.id == wanted:
                return prompt
        choices = ", ".join(p.id for p in self.prompts)
        raise RehearseError(f"unknown prompt '{prompt_id}': choose one of {choices}")


def default_path() -> Path:
    """$REHEARSE_PROMPTS if set, else the repo's prompts.yaml, else the copy inside the package."""
    override = os.environ.get(ENV_VAR, "").strip()
    if override:
        return Path(override).expanduser()
    if DEFAULT_PATH.is_file() or not PACKAGED_PATH.is_file():
        return DEFAULT_PATH  # when neither exists, the error should name the primary location
    return PACKAGED_PATH


def load(path: str | Path | None = None) -> Guide:
    """Read and validate a prompts file (default: default_path()); a problem is a RehearseError."""
    path = default_path() if path is None else Path(path).expanduser()
    missing = f"prompts file not found: {path} (give the path of a prompts.yaml or set {ENV_VAR})"
    return parse(read(path, missing, "prompts file "), path, _guide)


def read_themes(r: Reader, node: yaml.Node, what: str) -> tuple[str, ...]:
    """A prompt's or a story's story-bank themes, each one of the guide's THEMES."""
    return r.choices(
        node,
        f"{what} themes",
        THEMES,
        lambda theme: f"{what} has unknown theme '{theme}' (use one of: {', '.join(THEMES)})",
    )


def _within(value: float, low: float | None, high: float | None) -> bool:
    """Whether value lies in the inclusive range, a None bound being no limit."""
    return (low is None or value >= low) and (high is None or value <= high)


def _show(bound: float | None, unit: str) -> str | None:
    """A bound as describe() prints it: shares as percentages, no trailing zeros."""
    if bound is None:
        return None
    return f"{bound * 100:g}" if unit == "share" else f"{bound:g}"


def _guide(r: Reader, root: yaml.Node | None) -> Guide:
    """The whole file: version, prompts and targets."""
    fields = r.top(root, TOP_KEYS, "version, prompts, targets", "a prompts file")
    prompts = _prompts(r, *fields["prompts"])
    targets = _targets(r, *fields["targets"])
    return Guide(prompts=prompts, targets=targets, path=r.path)


def _prompts(r: Reader, key: yaml.Node, node: yaml.Node) -> tuple[Prompt, ...]:
    """The prompts list: at least one, ids unique."""
    if r.is_null(node) or (isinstance(node, yaml.SequenceNode) and not node.value):
        raise r.error(key, "prompts list is empty (add at least one prompt)")
    if not isinstance(node, yaml.SequenceNode):
        raise r.error(node, f"prompts must be a list of prompts, found {found(node)}")
    return r.entries(node, lambda item, i: _prompt(r, item, i), "prompt", "; ids must be unique")


def _prompt(r: Reader, node: yaml.Node, index: int) -> Prompt:
    """One prompt entry; named by its id in errors once the id is known."""
    # Name the prompt by its id in every error, even one found before the id is checked.
    peeked = peek_id(node)
    what = f"prompt '{peeked}'" if peeked else f"prompt {index}"
    fields = r.mapping(node, what, PROMPT_KEYS)
    if "id" in fields:
        prompt_id = r.kebab_id(fields["id"][1], what, "prompt", "tight-deadline")
        what = f"prompt '{prompt_id}'"
    r.require(node, fields, PROMPT_REQUIRED, what, "prompt")
    themes = read_themes(r, fields["themes"][1], what) if "themes" in fields else ()
    return Prompt(
        id=prompt_id,
        text=r.string(fields["text"][1], f"{what} text"),
        principles=r.strings(fields["principles"][1], f"{what} principles", empty=False),
        looks_for=(
            r.string(fields["looks_for"][1], f"{what} looks_for") if "looks_for" in fields else ""
        ),
        tips=r.strings(fields["tips"][1], f"{what} tips") if "tips" in fields else (),
        themes=themes,
        skip_checks=(
            _skip_checks(r, fields["skip_checks"][1], what) if "skip_checks" in fields else ()
        ),
        rubric=_rubric(r, *fields["rubric"], what) if "rubric" in fields else (),
    )


def _rubric(r: Reader, key: yaml.Node, node: yaml.Node, what: str) -> tuple[Element, ...]:
    """A prompt's rubric: elements with unique ids, the first one FIRST_ELEMENT."""
    if not isinstance(node, yaml.SequenceNode) or not node.value:
        raise r.error(key, f"{what} rubric must be a non-empty list of elements")
    elements = r.entries(node, lambda item, i: _element(r, item, f"{what} rubric {i}"), "element")
    if elements[0].id != FIRST_ELEMENT:
        raise r.error(node, f"{what} rubric must start with '{FIRST_ELEMENT}'")
    ids = {e.id for e in elements}
    for e in elements:
        if set(e.shown_by) - ids or e.id in e.shown_by:
            raise r.error(node, f"{what} element '{e.id}' shown_by names no other element of it")
    return elements


def _element(r: Reader, node: yaml.Node, what: str) -> Element:
    """One rubric element: id, name, advice, and at least one cue or family."""
    fields = r.mapping(node, what, ELEMENT_KEYS)
    r.require(node, fields, ELEMENT_REQUIRED, what, "rubric element")
    lists: dict = {k: () for k in ELEMENT_KEYS[len(ELEMENT_REQUIRED) : -1]}
    at_least = r.number(fields["at_least"][1], f"{what} at_least") if "at_least" in fields else 1
    for k in ("cues", "unless"):
        if k in fields:
            lists[k] = r.strings(fields[k][1], f"{what} {k}")
            for item, cue in zip(fields[k][1].value, lists[k], strict=True):
                _pattern(r, item, cue, f"{what} {k}")
    if "shown_by" in fields:
        lists["shown_by"] = r.strings(fields["shown_by"][1], f"{what} shown_by")
    for k in ("families", "unless_families"):
        if k in fields:
            bad = lambda f: f"{what} has unknown family '{f}' ({', '.join(RUBRIC_FAMILIES)})"  # noqa: E731
            lists[k] = r.choices(fields[k][1], f"{what} {k}", RUBRIC_FAMILIES, bad)
    if not lists["cues"] and not lists["families"]:
        raise r.error(node, f"{what} needs cues or families to be found by")
    return Element(
        id=r.string(fields["id"][1], f"{what} id"),
        name=r.string(fields["name"][1], f"{what} name"),
        advice=r.string(fields["advice"][1], f"{what} advice"),
        at_least=int(at_least or 1),
        **lists,
    )


def _pattern(r: Reader, node: yaml.Node, cue: str, what: str) -> None:
    """Refuse a cue that is not a valid regular expression, at its line."""
    try:
        re.compile(cue)
    except re.error as e:
        raise r.error(node, f"{what} entry {cue!r} is not a valid pattern ({e})") from None


def _skip_checks(r: Reader, node: yaml.Node, what: str) -> tuple[str, ...]:
    """Target ids a prompt is not graded on, each a known target."""
    return r.choices(
        node,
        f"{what} skip_checks",
        TARGET_IDS,
        lambda tid: f"{what} skips unknown check '{tid}' (one of {', '.join(TARGET_IDS)})",
    )


def _targets(r: Reader, key: yaml.Node, node: yaml.Node) -> dict[str, Target]:
    """The targets mapping: exactly the ids in TARGET_IDS, returned in that order."""
    fields = r.mapping(node, "targets", TARGET_IDS, known="known targets")
    # A missing entry is reported at the "targets:" line: a block mapping starts a line later.
    required = tuple(t for t in TARGET_IDS if t not in TEMPLATE_IDS)
    r.require(key, fields, required, "targets", "the analyzer", needs="grades all of")
    return {tid: _target(r, tid, *fields[tid]) for tid in TARGET_IDS if tid in fields}


def _target(r: Reader, tid: str, key: yaml.Node, node: yaml.Node) -> Target:
    """One target: unit, pass range, optional warn range, reason, source."""
    what = f"target '{tid}'"
    fields = r.mapping(node, what, TARGET_KEYS)
    r.require(key, fields, TARGET_REQUIRED, what, "target")
    unit_node, source_node = fields["unit"][1], fields["source"][1]
    unit = r.string(unit_node, f"{what} unit")
    if unit not in UNIT_SUFFIXES:
        raise r.error(
            unit_node, f"{what} has unknown unit '{unit}' (use one of: {', '.join(UNIT_SUFFIXES)})"
        )
    source = r.string(source_node, f"{what} source")
    if source not in SOURCES:
        raise r.error(source_node, f"{what} source must be guide or convention, not '{source}'")
    pass_node = fields["pass"][1]
    pass_min, pass_max = _range(r, pass_node, f"{what} pass")
    if pass_min is None and pass_max is None:
        raise r.error(pass_node, f"{what} pass range has no bounds (give min or max)")
    warn_min = warn_max = None
    if "warn" in fields and not r.is_null(fields["warn"][1]):
        warn_node = fields["warn"][1]
        warn_min, warn_max = _range(r, warn_node, f"{what} warn")
        _check_widens(r, warn_node, what, "min", pass_min, warn_min)
        _check_widens(r, warn_node, what, "max", pass_max, warn_max)
    at_worst = "fail"
    if "at_worst" in fields:
        at_worst = r.string(fields["at_worst"][1], f"{what} at_worst")
        if at_worst not in ("warn", "fail"):
            raise r.error(fields["at_worst"][1], f"{what} at_worst must be warn or fail")
    return Target(
        id=tid,
        at_worst=at_worst,
        unit=unit,
        pass_min=pass_min,
        pass_max=pass_max,
        warn_min=warn_min,
        warn_max=warn_max,
        reason=r.string(fields["reason"][1], f"{what} reason"),
        source=source,
    )


def _range(r: Reader, node: yaml.Node, what: str) -> tuple[float | None, float | None]:
    """A {min, max} mapping of finite numbers or nulls, min not above max."""
    fields = r.mapping(node, what, RANGE_KEYS)
    low = r.number(fields["min"][1], f"{what}.min") if "min" in fields else None
    high = r.number(fields["max"][1], f"{what}.max") if "max" in fields else None
    if low is not None and high is not None and low > high:
        raise r.error(node, f"{what} range is inverted: min {low:g} > max {high:g} (swap them)")
    return low, high


def _check_widens(
    r: Reader, node: yaml.Node, what: str, side: str, pass_bound: float | None, warn: float | None
) -> None:
    """The warn band must contain the pass band, and only widen a side that has a pass bound."""
    if warn is None:
        return
    if pass_bound is None:
        raise r.error(
            node, f"{what} warn.{side} {warn:g} has no pass.{side} to widen (remove it or add one)"
        )
    narrower = warn > pass_bound if side == "min" else warn < pass_bound
    if narrower:
        raise r.error(
            node,
            f"{what} warn.{side} {warn:g} is inside the pass range (pass.{side} is "
            f"{pass_bound:g}); the warn range must contain the pass range",
        )
