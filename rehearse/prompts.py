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

FORMAT_VERSION = 1
ENV_VAR = "REHEARSE_PROMPTS"  # a path that overrides the default prompts file

PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_PATH = PACKAGE_DIR.parent / "prompts.yaml"  # the repo's copy (checkouts, editable installs)
PACKAGED_PATH = PACKAGE_DIR / "prompts.yaml"  # a copy shipped inside the package (wheel installs)

# The analyzer grades every one of these, so a prompts file must give a range for each.
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
)
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
    "s": " s",
    "wpm": " wpm",
    "per_min": " /min",
    "share": "%",
    "count": "",
    "flag": "",
}

TOP_KEYS = ("version", "prompts", "targets")
PROMPT_REQUIRED = ("id", "text", "principles")
PROMPT_KEYS = PROMPT_REQUIRED + ("looks_for", "tips", "themes", "skip_checks")
TARGET_REQUIRED = ("unit", "pass", "reason", "source")
TARGET_KEYS = TARGET_REQUIRED + ("warn",)
RANGE_KEYS = ("min", "max")
# Ids typed on the command line (prompts, stories): lower-case kebab, so lookups can fold case.
KEBAB_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

MERGE_TAG = "tag:yaml.org,2002:merge"

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

    def status(self, value: float) -> Status:
        """Grade one measured value: "pass", "warn" or "fail"."""
        value = float(value)
        if math.isnan(value):
            return "fail"  # an undefined measurement must never look like a pass
        if _within(value, self.pass_min, self.pass_max):
            return "pass"
        warn_min = self.pass_min if self.warn_min is None else self.warn_min
        warn_max = self.pass_max if self.warn_max is None else self.warn_max
        return "warn" if _within(value, warn_min, warn_max) else "fail"

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
class Prompt:
    """One interview question and what the guide says a good answer to it shows."""

    id: str
    text: str
    principles: tuple[str, ...]
    looks_for: str = ""
    tips: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    skip_checks: tuple[str, ...] = ()  # targets that do not apply to this prompt


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
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RehearseError(
            f"prompts file not found: {path} (give the path of a prompts.yaml or set {ENV_VAR})"
        ) from None
    except UnicodeDecodeError as err:
        raise RehearseError(
            f"{path}: not UTF-8 text (byte {err.start}); save it as UTF-8"
        ) from None
    except OSError as err:
        raise RehearseError(f"cannot read prompts file {path}: {err.strerror or err}") from None
    return _parse(text, path)


def _parse(text: str, path: Path) -> Guide:
    """Compose the YAML (keeping line numbers), then check it and build the Guide."""
    try:
        loader = yaml.SafeLoader(text)
        try:
            root = loader.get_single_node()
            _reject_duplicate_keys(root, path)  # before construction merges '<<' keys into mappings
            if root is not None:
                loader.construct_document(root)  # safe_load semantics: unknown tags stop here
        finally:
            loader.dispose()
        return _Checker(path).guide(root)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = f"{mark.line + 1}:" if mark is not None else ""
        kind = (
            "unsupported YAML"
            if isinstance(err, yaml.constructor.ConstructorError)
            else "invalid YAML"
        )
        # PyYAML splits a message as context + problem ("expected a single document in the
        # stream" + "but found another document"); either may be None.
        detail = ", ".join(part for part in (err.context, err.problem) if part)
        hint = " (remove the tag: only plain YAML is read)" if "tag" in detail else ""
        raise RehearseError(f"{path}:{line} {kind}: {detail}{hint}") from None
    except yaml.YAMLError as err:
        # A ReaderError (e.g. a control character) carries a character offset, not a mark.
        position = getattr(err, "position", None)
        where = ""
        if position is not None:
            line_number = text.count("\n", 0, position) + 1
            where = f"{line_number}:"
        if isinstance(err, yaml.reader.ReaderError):
            reason = f"unacceptable character #x{err.character:04x}: {err.reason}"
        else:
            reason = str(err).splitlines()[0]
        raise RehearseError(f"{path}:{where} invalid YAML: {reason}") from None


def _reject_duplicate_keys(root: yaml.Node | None, path: Path) -> None:
    """Fail on a key repeated in one mapping, which yaml.safe_load would silently let win."""
    seen_nodes: set[int] = set()  # aliases can make the tree a graph, even a cyclic one
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if id(node) in seen_nodes or isinstance(node, yaml.ScalarNode):
            continue
        seen_nodes.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
            continue
        first_line: dict[object, int] = {}
        for key, value in node.value:
            stack.append(value)
            if not isinstance(key, yaml.ScalarNode) or key.tag == MERGE_TAG:
                continue
            if key.value in first_line:
                raise _error(
                    path,
                    key,
                    f"duplicate key '{key.value}' (first at line {first_line[key.value]}); "
                    "keep one",
                )
            first_line[key.value] = key.start_mark.line + 1


def _error(path: Path, node: yaml.Node, message: str) -> RehearseError:
    """A RehearseError pointing at the line where node starts."""
    return RehearseError(f"{path}:{node.start_mark.line + 1}: {message}")


def _within(value: float, low: float | None, high: float | None) -> bool:
    """Whether value lies in the inclusive range, a None bound being no limit."""
    return (low is None or value >= low) and (high is None or value <= high)


def _show(bound: float | None, unit: str) -> str | None:
    """A bound as describe() prints it: shares as percentages, no trailing zeros."""
    if bound is None:
        return None
    return f"{bound * 100:g}" if unit == "share" else f"{bound:g}"


def _peek_id(node: yaml.Node) -> str | None:
    """The raw text of a mapping's id entry, if it has a plain one."""
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == "id":
                return value.value if isinstance(value, yaml.ScalarNode) else None
    return None


def _found(node: yaml.Node) -> str:
    """What a node is, for "found ..." in an error message."""
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if node.tag == "tag:yaml.org,2002:null":
        return "nothing"
    return repr(node.value)


class _Checker:
    """Walks the composed document, turning each node into typed values or a located error."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.constructor = yaml.constructor.SafeConstructor()

    def guide(self, root: yaml.Node | None) -> Guide:
        """The whole file: version, prompts and targets."""
        fields = self.top(root, TOP_KEYS, "version, prompts, targets", "a prompts file")
        prompts = self.prompts(*fields["prompts"])
        targets = self.targets(*fields["targets"])
        return Guide(prompts=prompts, targets=targets, path=self.path)

    def prompts(self, key: yaml.Node, node: yaml.Node) -> tuple[Prompt, ...]:
        """The prompts list: at least one, ids unique."""
        if self.is_null(node) or (isinstance(node, yaml.SequenceNode) and not node.value):
            raise _error(self.path, key, "prompts list is empty (add at least one prompt)")
        if not isinstance(node, yaml.SequenceNode):
            raise _error(
                self.path, node, f"prompts must be a list of prompts, found {_found(node)}"
            )
        result: list[Prompt] = []
        first_line: dict[str, int] = {}
        for index, item in enumerate(node.value, start=1):
            prompt = self.prompt(item, index)
            if prompt.id in first_line:
                raise _error(
                    self.path,
                    item,
                    f"duplicate prompt id '{prompt.id}' (first at line {first_line[prompt.id]}); "
                    "ids must be unique",
                )
            first_line[prompt.id] = item.start_mark.line + 1
            result.append(prompt)
        return tuple(result)

    def prompt(self, node: yaml.Node, index: int) -> Prompt:
        """One prompt entry; named by its id in errors once the id is known."""
        # Name the prompt by its id in every error, even one found before the id is checked.
        peeked = _peek_id(node)
        what = f"prompt '{peeked}'" if peeked else f"prompt {index}"
        fields = self.mapping(node, what, PROMPT_KEYS)
        if "id" in fields:
            prompt_id = self.kebab_id(fields["id"][1], what, "prompt", "tight-deadline")
            what = f"prompt '{prompt_id}'"
        self.require(node, fields, PROMPT_REQUIRED, what, "prompt")
        themes = self.themes(fields["themes"][1], what) if "themes" in fields else ()
        return Prompt(
            id=prompt_id,
            text=self.string(fields["text"][1], f"{what} text"),
            principles=self.strings(fields["principles"][1], f"{what} principles", empty=False),
            looks_for=(
                self.string(fields["looks_for"][1], f"{what} looks_for")
                if "looks_for" in fields
                else ""
            ),
            tips=self.strings(fields["tips"][1], f"{what} tips") if "tips" in fields else (),
            themes=themes,
            skip_checks=self.skip_checks(fields["skip_checks"][1], what)
            if "skip_checks" in fields
            else (),
        )

    def skip_checks(self, node: yaml.Node, what: str) -> tuple[str, ...]:
        """Target ids a prompt is not graded on, each a known target."""
        ids = self.strings(node, f"{what} skip_checks")
        for id_node, target_id in zip(node.value, ids, strict=True):
            if target_id not in TARGET_IDS:
                raise _error(
                    self.path,
                    id_node,
                    f"{what} skips unknown check '{target_id}' (one of {', '.join(TARGET_IDS)})",
                )
        return ids

    def themes(self, node: yaml.Node, what: str) -> tuple[str, ...]:
        """A prompt's story-bank themes, each one of the guide's THEMES."""
        themes = self.strings(node, f"{what} themes")
        for theme_node, theme in zip(node.value, themes, strict=True):
            if theme not in THEMES:
                raise _error(
                    self.path,
                    theme_node,
                    f"{what} has unknown theme '{theme}' (use one of: {', '.join(THEMES)})",
                )
        return themes

    def targets(self, key: yaml.Node, node: yaml.Node) -> dict[str, Target]:
        """The targets mapping: exactly the ids in TARGET_IDS, returned in that order."""
        fields = self.mapping(node, "targets", TARGET_IDS, known="known targets")
        # A missing entry is reported at the "targets:" line: a block mapping starts a line later.
        self.require(key, fields, TARGET_IDS, "targets", "the analyzer", needs="grades all of")
        return {tid: self.target(tid, *fields[tid]) for tid in TARGET_IDS}

    def target(self, tid: str, key: yaml.Node, node: yaml.Node) -> Target:
        """One target: unit, pass range, optional warn range, reason, source."""
        what = f"target '{tid}'"
        fields = self.mapping(node, what, TARGET_KEYS)
        self.require(key, fields, TARGET_REQUIRED, what, "target")
        unit_node, source_node = fields["unit"][1], fields["source"][1]
        unit = self.string(unit_node, f"{what} unit")
        if unit not in UNIT_SUFFIXES:
            raise _error(
                self.path,
                unit_node,
                f"{what} has unknown unit '{unit}' (use one of: {', '.join(UNIT_SUFFIXES)})",
            )
        source = self.string(source_node, f"{what} source")
        if source not in SOURCES:
            raise _error(
                self.path, source_node, f"{what} source must be guide or convention, not '{source}'"
            )
        pass_node = fields["pass"][1]
        pass_min, pass_max = self.range(pass_node, f"{what} pass")
        if pass_min is None and pass_max is None:
            raise _error(self.path, pass_node, f"{what} pass range has no bounds (give min or max)")
        warn_min = warn_max = None
        if "warn" in fields and not self.is_null(fields["warn"][1]):
            warn_node = fields["warn"][1]
            warn_min, warn_max = self.range(warn_node, f"{what} warn")
            self.check_widens(warn_node, what, "min", pass_min, warn_min)
            self.check_widens(warn_node, what, "max", pass_max, warn_max)
        return Target(
            id=tid,
            unit=unit,
            pass_min=pass_min,
            pass_max=pass_max,
            warn_min=warn_min,
            warn_max=warn_max,
            reason=self.string(fields["reason"][1], f"{what} reason"),
            source=source,
        )

    def range(self, node: yaml.Node, what: str) -> tuple[float | None, float | None]:
        """A {min, max} mapping of finite numbers or nulls, min not above max."""
        fields = self.mapping(node, what, RANGE_KEYS)
        low = self.bound(fields["min"][1], f"{what}.min") if "min" in fields else None
        high = self.bound(fields["max"][1], f"{what}.max") if "max" in fields else None
        if low is not None and high is not None and low > high:
            raise _error(
                self.path, node, f"{what} range is inverted: min {low:g} > max {high:g} (swap them)"
            )
        return low, high

    def bound(self, node: yaml.Node, what: str) -> float | None:
        """One range bound: a finite number, or null for none."""
        value = self.scalar(node)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise _error(self.path, node, f"{what} must be a number or null, found {_found(node)}")
        if not math.isfinite(value):
            raise _error(self.path, node, f"{what} must be finite (use null for no limit)")
        return float(value)

    def check_widens(
        self, node: yaml.Node, what: str, side: str, pass_bound: float | None, warn: float | None
    ) -> None:
        """The warn band must contain the pass band, and only widen a side that has a pass bound."""
        if warn is None:
            return
        if pass_bound is None:
            raise _error(
                self.path,
                node,
                f"{what} warn.{side} {warn:g} has no pass.{side} to widen (remove it or add one)",
            )
        narrower = warn > pass_bound if side == "min" else warn < pass_bound
        if narrower:
            raise _error(
                self.path,
                node,
                f"{what} warn.{side} {warn:g} is inside the pass range (pass.{side} is "
                f"{pass_bound:g}); the warn range must contain the pass range",
            )

    def mapping(
        self, node: yaml.Node, what: str, allowed: tuple[str, ...], known: str = "expected"
    ) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        """A mapping's entries by key, refusing keys outside allowed (typos would pass silently)."""
        if not isinstance(node, yaml.MappingNode):
            raise _error(
                self.path,
                node,
                f"{what} must be a mapping of {', '.join(allowed)}, found {_found(node)}",
            )
        self.constructor.flatten_mapping(node)  # apply '<<' merge keys as safe_load would
        fields: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key_node, value_node in node.value:
            key = self.scalar(key_node) if isinstance(key_node, yaml.ScalarNode) else None
            if key not in allowed:
                shown = f"'{key}'" if isinstance(key, str) else _found(key_node)
                raise _error(
                    self.path,
                    key_node,
                    f"{what} has unknown key {shown} ({known}: {', '.join(allowed)})",
                )
            fields[key] = (key_node, value_node)
        return fields

    def require(
        self,
        node: yaml.Node,
        fields: dict[str, tuple[yaml.Node, yaml.Node]],
        required: tuple[str, ...],
        what: str,
        noun: str,
        needs: str = "needs",
    ) -> None:
        """Fail at the mapping's line on the first required key it lacks."""
        for key in required:
            if key not in fields:
                every = noun if noun.startswith(("a ", "the ")) else f"every {noun}"
                raise _error(
                    self.path,
                    node,
                    f"{what} has no '{key}' ({every} {needs} {', '.join(required)})",
                )

    def scalar(self, node: yaml.Node) -> object:
        """The Python value of a scalar node, typed as yaml.safe_load would (int, str, ...)."""
        if not isinstance(node, yaml.ScalarNode):
            return node  # callers type-check the result; a node is never a valid scalar
        return self.constructor.construct_object(node)

    def is_null(self, node: yaml.Node) -> bool:
        """Whether the node is an explicit or empty null."""
        return isinstance(node, yaml.ScalarNode) and self.scalar(node) is None

    def top(self, root: yaml.Node | None, keys: tuple[str, ...], needs: str, kind: str) -> dict:
        """The top-level mapping of a file: not empty, every key there, a version we read."""
        if root is None:
            raise RehearseError(f"{self.path}:1: file is empty (it needs {needs})")
        fields = self.mapping(root, "the file", keys)
        self.require(root, fields, keys, "the file", kind)
        node = fields["version"][1]
        version = self.scalar(node)
        if version != FORMAT_VERSION or isinstance(version, bool):
            raise _error(
                self.path,
                node,
                f"unsupported version {_found(node)} (rehearse reads version {FORMAT_VERSION})",
            )
        return fields

    def kebab_id(self, node: yaml.Node, what: str, kind: str, example: str) -> str:
        """An id a user types on the command line: lower-case words joined by '-'."""
        value = self.string(node, f"{what} id")
        if not KEBAB_ID.fullmatch(value):
            raise _error(
                self.path,
                node,
                f"{kind} id '{value}' is not kebab-case (lower-case words joined by '-', "
                f"e.g. {example})",
            )
        return value

    def string(self, node: yaml.Node, what: str) -> str:
        """Non-empty text, stripped of the whitespace folded scalars leave."""
        value = self.scalar(node)
        if not isinstance(value, str) or not value.strip():
            raise _error(self.path, node, f"{what} must be text, found {_found(node)}")
        return value.strip()

    def strings(self, node: yaml.Node, what: str, empty: bool = True) -> tuple[str, ...]:
        """A list of non-empty texts; an empty list only where empty is allowed."""
        if not isinstance(node, yaml.SequenceNode):
            raise _error(self.path, node, f"{what} must be a list, found {_found(node)}")
        if not node.value and not empty:
            raise _error(self.path, node, f"{what} is empty (give at least one)")
        return tuple(self.string(item, f"{what} entry") for item in node.value)
