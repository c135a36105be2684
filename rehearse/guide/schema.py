"""Reading the guide's YAML files: plain YAML in, typed values or one error naming file and line out.

prompts.yaml and stories.yaml share this. PyYAML composes the document into nodes, which keep their
line numbers; a Reader then walks those nodes, so that every mistake is a RehearseError pointing at
the line to fix rather than a KeyError halfway through a command.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import yaml

from rehearse.errors import RehearseError

FORMAT_VERSION = 1  # the only version of either file rehearse reads
# Ids typed on the command line (prompts, stories): lower-case kebab, so lookups can fold case.
KEBAB_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MERGE_TAG = "tag:yaml.org,2002:merge"
NULL_TAG = "tag:yaml.org,2002:null"

T = TypeVar("T")
Fields = dict[str, tuple[yaml.Node, yaml.Node]]  # a mapping's entries: key -> (key node, value)


def read(path: Path, missing: str, noun: str = "") -> str:
    """A file's UTF-8 text; missing is the message for a file that is not there."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RehearseError(missing) from None
    except UnicodeDecodeError as err:
        raise RehearseError(
            f"{path}: not UTF-8 text (byte {err.start}); save it as UTF-8"
        ) from None
    except OSError as err:
        raise RehearseError(f"cannot read {noun}{path}: {err.strerror or err}") from None


def parse(
    text: str, path: Path, build: Callable[[Reader, yaml.Node | None], T], explain_tags: bool = True
) -> T:
    """Compose the YAML (keeping line numbers) and build from it, any YAML error one located line.

    explain_tags: call a constructor (tag) error "unsupported YAML" and add a hint to remove the tag
    to any message about a tag (prompts.yaml does; stories.yaml has always said plain "invalid YAML").
    """
    try:
        loader = yaml.SafeLoader(text)
        try:
            root = loader.get_single_node()
            _reject_duplicate_keys(root, path)  # before construction merges '<<' keys into mappings
            if root is not None:
                loader.construct_document(root)  # safe_load semantics: unknown tags stop here
        finally:
            loader.dispose()
        return build(Reader(path), root)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = f"{mark.line + 1}:" if mark is not None else ""
        # PyYAML splits a message as context + problem ("expected a single document in the
        # stream" + "but found another document"); either may be None.
        detail = ", ".join(part for part in (err.context, err.problem) if part)
        kind, hint = "invalid YAML", ""
        if explain_tags:
            if isinstance(err, yaml.constructor.ConstructorError):
                kind = "unsupported YAML"
            if "tag" in detail:
                hint = " (remove the tag: only plain YAML is read)"
        raise RehearseError(f"{path}:{line} {kind}: {detail}{hint}") from None
    except yaml.YAMLError as err:
        # A ReaderError (e.g. a control character) carries a character offset, not a mark.
        position = getattr(err, "position", None)
        line = "" if position is None else str(text.count("\n", 0, position) + 1) + ":"
        raise RehearseError(f"{path}:{line} invalid YAML: {str(err).splitlines()[0]}") from None


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
                raise error(
                    path,
                    key,
                    f"duplicate key {key.value!r} (first at line {first_line[key.value]}); "
                    "keep one",
                )
            first_line[key.value] = key.start_mark.line + 1


def error(path: Path, node: yaml.Node, message: str) -> RehearseError:
    """A RehearseError pointing at the line where node starts."""
    return RehearseError(f"{path}:{node.start_mark.line + 1}: {message}")


def found(node: yaml.Node) -> str:
    """What a node is, for "found ..." in an error message."""
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if node.tag == NULL_TAG:
        return "nothing"
    return repr(node.value)


def peek_id(node: yaml.Node) -> str | None:
    """The raw text of a mapping's id entry, if it has a plain one."""
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == "id":
                return value.value if isinstance(value, yaml.ScalarNode) else None
    return None


class Reader:
    """Turns the nodes of one file into typed values, or a RehearseError at the node's line."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.constructor = yaml.constructor.SafeConstructor()

    def error(self, node: yaml.Node, message: str) -> RehearseError:
        """A RehearseError at node's line in this file."""
        return error(self.path, node, message)

    def top(self, root: yaml.Node | None, keys: tuple[str, ...], needs: str, kind: str) -> Fields:
        """The top-level mapping of a file: not empty, every key there, a version we read."""
        if root is None:
            raise RehearseError(f"{self.path}:1: file is empty (it needs {needs})")
        fields = self.mapping(root, "the file", keys)
        self.require(root, fields, keys, "the file", kind)
        node = fields["version"][1]
        version = self.scalar(node)
        if version != FORMAT_VERSION or isinstance(version, bool):
            raise self.error(
                node, f"unsupported version {found(node)} (rehearse reads version {FORMAT_VERSION})"
            )
        return fields

    def mapping(
        self, node: yaml.Node, what: str, allowed: tuple[str, ...], known: str = "expected"
    ) -> Fields:
        """A mapping's entries by key, refusing keys outside allowed (typos would pass silently)."""
        if not isinstance(node, yaml.MappingNode):
            raise self.error(
                node, f"{what} must be a mapping of {', '.join(allowed)}, found {found(node)}"
            )
        self.constructor.flatten_mapping(node)  # apply '<<' merge keys as safe_load would
        fields: Fields = {}
        for key_node, value_node in node.value:
            key = self.scalar(key_node) if isinstance(key_node, yaml.ScalarNode) else None
            if key not in allowed:
                shown = repr(key) if isinstance(key, str) else found(key_node)  # repr: one line
                raise self.error(
                    key_node, f"{what} has unknown key {shown} ({known}: {', '.join(allowed)})"
                )
            fields[key] = (key_node, value_node)
        return fields

    def require(
        self,
        node: yaml.Node,
        fields: Fields,
        required: tuple[str, ...],
        what: str,
        noun: str,
        needs: str = "needs",
    ) -> None:
        """Fail at the mapping's line on the first required key it lacks."""
        every = noun if noun.startswith(("a ", "the ")) else f"every {noun}"
        for key in required:
            if key not in fields:
                raise self.error(
                    node, f"{what} has no '{key}' ({every} {needs} {', '.join(required)})"
                )

    def entries(
        self,
        node: yaml.SequenceNode,
        build: Callable[[yaml.Node, int], T],
        noun: str,
        why: str = "",
    ) -> tuple[T, ...]:
        """Build each item of a list (numbered from 1), refusing a repeated id."""
        result: list[T] = []
        first_line: dict[str, int] = {}
        for index, item in enumerate(node.value, start=1):
            entry = build(item, index)
            if entry.id in first_line:
                raise self.error(
                    item,
                    f"duplicate {noun} id '{entry.id}' (first at line {first_line[entry.id]}){why}",
                )
            first_line[entry.id] = item.start_mark.line + 1
            result.append(entry)
        return tuple(result)

    def scalar(self, node: yaml.Node) -> object:
        """The Python value of a scalar node, typed as yaml.safe_load would (int, str, ...)."""
        if not isinstance(node, yaml.ScalarNode):
            return node  # callers type-check the result; a node is never a valid scalar
        return self.constructor.construct_object(node)

    def is_null(self, node: yaml.Node) -> bool:
        """Whether the node is an explicit or empty null."""
        return isinstance(node, yaml.ScalarNode) and self.scalar(node) is None

    def kebab_id(self, node: yaml.Node, what: str, kind: str, example: str) -> str:
        """An id a user types on the command line: lower-case words joined by '-'."""
        value = self.string(node, f"{what} id")
        if not KEBAB_ID.fullmatch(value):
            raise self.error(
                node,
                f"{kind} id '{value}' is not kebab-case (lower-case words joined by '-', "
                f"e.g. {example})",
            )
        return value

    def string(self, node: yaml.Node, what: str) -> str:
        """Non-empty text, stripped of the whitespace folded scalars leave."""
        value = self.scalar(node)
        if not isinstance(value, str) or not value.strip():
            raise self.error(node, f"{what} must be text, found {found(node)}")
        return value.strip()

    def number(self, node: yaml.Node, what: str) -> float | None:
        """A finite number, or null for none."""
        value = self.scalar(node)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.error(node, f"{what} must be a number or null, found {found(node)}")
        if not math.isfinite(value):
            raise self.error(node, f"{what} must be finite (use null for no limit)")
        return float(value)

    def strings(self, node: yaml.Node, what: str, empty: bool = True) -> tuple[str, ...]:
        """A list of non-empty texts; an empty list only where empty is allowed."""
        if not isinstance(node, yaml.SequenceNode):
            raise self.error(node, f"{what} must be a list, found {found(node)}")
        if not node.value and not empty:
            raise self.error(node, f"{what} is empty (give at least one)")
        return tuple(self.string(item, f"{what} entry") for item in node.value)

    def choices(
        self, node: yaml.Node, what: str, allowed: tuple[str, ...], unknown: Callable[[str], str]
    ) -> tuple[str, ...]:
        """A list of texts each in allowed; unknown(value) is the message for one that is not."""
        values = self.strings(node, what)
        for item, value in zip(node.value, values, strict=True):
            if value not in allowed:
                raise self.error(item, unknown(value))
        return values
