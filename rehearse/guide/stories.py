"""The story bank: the user's experiences in stories.yaml, and which of the prompts each one serves.

The guide: "Build a story bank of 6–8 experiences mapped to common themes" and "Draft 6–8 STAR
stories and map them to the seven prompts above; most stories can flex to multiple prompts."
load() validates the whole file, so a mistake is one RehearseError naming the file and line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import yaml

from rehearse.errors import RehearseError

from .prompts import THEMES, Guide, read_themes
from .schema import KEBAB_ID, Reader, found, parse, read

FILE_NAME = "stories.yaml"  # inside the data directory unless --file says otherwise
BANK_MIN, BANK_MAX = 6, 8  # the guide's "story bank of 6–8 experiences"
TOP_KEYS = ("version", "stories")
STORY_REQUIRED = ("id", "title", "star", "prompts")
STORY_KEYS = STORY_REQUIRED + ("metrics", "themes")

HEADER = """\
# Your story bank: the experiences you tell, and which interview prompts each one answers.
# The guide: "Build a story bank of 6–8 experiences" and "map them to the seven prompts".
# `rehearse stories` shows which prompts are covered; `rehearse prompts` lists the prompt ids.
#
# Each story:
#   id:       short kebab-case name, used with `rehearse practice PROMPT --story ID`
#   title:    what you would call it
#   star:     one line: Situation; Task; Action; Result
#   metrics:  the numbers you quote ("Include at least one metric per story")
#   prompts:  the prompt ids this story can answer
#   themes:   optional, from: conflict, failure, simplification, tight deadlines, leadership,
#             delivering results, going above and beyond
# `rehearse stories add` appends a story to this file, asking for each part.
"""
NEW_FILE = HEADER + "version: 1\nstories:\n"
TEMPLATE = (
    NEW_FILE
    + """\
  - id: checkout-timeouts
    title: Checkout timeouts at peak traffic
    star: >-
      Checkout timed out at peak; stabilise it in two weeks without a rewrite; I replaced a
      proposed distributed lock with a rate limiter and per-endpoint timeouts behind a flag;
      p99 timeouts fell from 2.3% to 0.2%.
    metrics: [p99 timeouts 2.3% -> 0.2%, peak capacity +25%, incidents -80% over 30 days]
    prompts: [simple-solution, proudest]
    themes: [simplification]
"""
)
STAR_PARTS = ("situation", "task", "action", "result")  # the one-liners `stories add` asks for
UNBOUNDED_WIDTH = 1_000_000  # characters: yaml.safe_dump never folds a story's line


@dataclass(frozen=True)
class Story:
    """One experience of the bank."""

    id: str
    title: str
    star: str
    prompts: tuple[str, ...]
    metrics: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()


@dataclass(frozen=True)
class StoryBank:
    """A loaded stories.yaml."""

    stories: tuple[Story, ...]
    path: Path

    def story(self, story_id: str) -> Story:
        """The story with this id; an unknown id is a RehearseError listing the known ones."""
        wanted = story_id.strip().lower()
        for story in self.stories:
            if story.id == wanted:
                return story
        known = ", ".join(s.id for s in self.stories) or "none yet"
        raise RehearseError(f"no story '{story_id}' in {self.path} (stories: {known})")

    def for_prompt(self, prompt_id: str) -> list[Story]:
        """The stories that say they answer this prompt."""
        return [s for s in self.stories if prompt_id in s.prompts]

    def themes(self, guide: Guide) -> dict[str, list[str]]:
        """For each of the guide's themes, the stories that cover it: their own themes plus the
        themes of the prompts they serve."""
        by_prompt = {p.id: p.themes for p in guide.prompts}
        covered: dict[str, list[str]] = {theme: [] for theme in THEMES}
        for story in self.stories:
            themes = set(story.themes)
            for prompt_id in story.prompts:
                themes.update(by_prompt.get(prompt_id, ()))
            for theme in THEMES:
                if theme in themes:
                    covered[theme].append(story.id)
        return covered


def default_path(root: Path) -> Path:
    """Where the story bank lives in a data directory."""
    return Path(root) / FILE_NAME


def write_template(path: Path) -> None:
    """Start a story bank with one example story; never overwrite an existing file."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "x", encoding="utf-8") as f:
            f.write(TEMPLATE)
    except FileExistsError:
        raise RehearseError(f"{path} already exists: edit it, or give another --file") from None
    except OSError as e:
        raise RehearseError(f"cannot write {path}: {e.strerror or e}") from None


def load(path: Path, guide: Guide) -> StoryBank:
    """Read and validate a stories file against the guide's prompt ids."""
    path = Path(path)
    missing = f"no story bank at {path}: `rehearse stories --init` starts one, or give --file"
    build = partial(_bank, guide_ids=tuple(p.id for p in guide.prompts))
    return parse(read(path, missing), path, build, explain_tags=False)


def _bank(r: Reader, root: yaml.Node | None, guide_ids: tuple[str, ...]) -> StoryBank:
    """The whole file: version and a list of stories (none yet is fine), ids unique."""
    fields = r.top(root, TOP_KEYS, "version and stories", "a stories file")
    node = fields["stories"][1]
    if r.is_null(node):
        return StoryBank((), r.path)
    if not isinstance(node, yaml.SequenceNode):
        raise r.error(node, f"stories must be a list, found {found(node)}")
    stories = r.entries(node, lambda item, i: _story(r, item, i, guide_ids), "story")
    return StoryBank(stories, r.path)


def _story(r: Reader, node: yaml.Node, index: int, guide_ids: tuple[str, ...]) -> Story:
    """One story entry, its prompts each one of the guide's prompt ids."""
    what = f"story {index}"
    fields = r.mapping(node, what, STORY_KEYS)
    if "id" in fields:
        story_id = r.kebab_id(fields["id"][1], what, "story", "checkout-timeouts")
        what = f"story '{story_id}'"
    r.require(node, fields, STORY_REQUIRED, what, "story")
    prompts_node = fields["prompts"][1]
    prompts = () if r.is_null(prompts_node) else r.strings(prompts_node, f"{what} prompts")
    for item, prompt_id in zip(getattr(prompts_node, "value", ()), prompts, strict=False):
        if prompt_id not in guide_ids:
            raise r.error(
                item,
                f"{what} names unknown prompt '{prompt_id}' (prompts: {', '.join(guide_ids)})",
            )
    metrics = r.strings(fields["metrics"][1], f"{what} metrics") if "metrics" in fields else ()
    themes = read_themes(r, fields["themes"][1], what) if "themes" in fields else ()
    return Story(
        id=story_id,
        title=r.string(fields["title"][1], f"{what} title"),
        star=r.string(fields["star"][1], f"{what} star"),
        prompts=prompts,
        metrics=metrics,
        themes=themes,
    )


# -- writing: `rehearse stories add` ------------------------------------------------------------


def slug(title: str) -> str:
    """A kebab-case id from a title: "Checkout timeouts at peak" -> "checkout-timeouts-at-peak"."""
    return "-".join(re.findall(r"[a-z0-9]+", title.lower()))


def check_id(story_id: str, taken: set[str] | frozenset = frozenset()) -> str:
    """A new story's id, lower-cased: kebab-case and not already in the bank."""
    story_id = story_id.strip().lower()
    if not KEBAB_ID.fullmatch(story_id):
        raise RehearseError(
            f"story id '{story_id}' is not kebab-case: use lower-case words joined by '-', "
            "e.g. checkout-timeouts"
        )
    if story_id in taken:
        raise RehearseError(f"there is already a story '{story_id}': choose another id")
    return story_id


def check_prompts(prompts: list[str], guide: Guide) -> tuple[str, ...]:
    """The prompts a new story answers: at least one, each one of the guide's prompt ids."""
    known = [p.id for p in guide.prompts]
    if not prompts:
        raise RehearseError(f"name at least one prompt the story answers ({', '.join(known)})")
    for prompt_id in prompts:
        if prompt_id not in known:
            raise RehearseError(f"unknown prompt '{prompt_id}' (prompts: {', '.join(known)})")
    return tuple(dict.fromkeys(prompts))


def check_themes(themes: list[str]) -> tuple[str, ...]:
    """A new story's themes, each one of the guide's THEMES."""
    for theme in themes:
        if theme not in THEMES:
            raise RehearseError(f"unknown theme '{theme}' (use one of: {', '.join(THEMES)})")
    return tuple(dict.fromkeys(themes))


def new_story(
    story_id: str,
    title: str,
    star: dict[str, str],
    prompts: list[str],
    metrics: list[str],
    themes: list[str],
    guide: Guide,
    taken: set[str] | frozenset = frozenset(),
) -> Story:
    """A story to add, checked field by field; each problem is a RehearseError naming the
    field and what to give instead. star maps each of STAR_PARTS to its one line."""
    story_id = check_id(story_id, taken)
    if not title.strip():
        raise RehearseError("the story needs a title (--title)")
    missing = [part for part in STAR_PARTS if not star.get(part, "").strip()]
    if missing:
        flags = ", ".join(f"--{part}" for part in missing)
        raise RehearseError(f"the story needs a one-line {', '.join(missing)} ({flags})")
    return Story(
        id=story_id,
        title=" ".join(title.split()),
        star="; ".join(" ".join(star[part].split()).rstrip(";.") for part in STAR_PARTS) + ".",
        prompts=check_prompts(prompts, guide),
        metrics=tuple(m.strip() for m in metrics if m.strip()),
        themes=check_themes(themes),
    )


def append(path: Path, story: Story, guide: Guide) -> None:
    """Add a story at the end of the bank's list, keeping every other byte of the file (its
    comments and layout); a new file starts from the template's comments. The result is read
    back with load()'s checks before it replaces the file."""
    path = Path(path)
    text = NEW_FILE
    if path.exists():
        if story.id in {s.id for s in load(path, guide).stories}:  # and the file reads as it is
            raise RehearseError(f"{path} already has a story '{story.id}': choose another id")
        text = read(path, "")
    updated = _with_story(text, story, path)
    bank = parse(updated, path, partial(_bank, guide_ids=tuple(p.id for p in guide.prompts)))
    if story.id not in {s.id for s in bank.stories}:  # the insertion landed elsewhere: say so
        raise RehearseError(f"cannot add to {path}: its layout is unusual; add the story by hand")
    partial_path = path.with_name(f".{path.name}.partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial_path.write_text(updated, encoding="utf-8")
        partial_path.replace(path)
    except OSError as e:
        partial_path.unlink(missing_ok=True)
        raise RehearseError(f"cannot write {path}: {e.strerror or e}") from None


def _entry(story: Story) -> dict:
    """The story as the mapping stories.yaml holds."""
    entry = {"id": story.id, "title": story.title, "star": story.star}
    entry.update(metrics=list(story.metrics), prompts=list(story.prompts))
    if story.themes:
        entry["themes"] = list(story.themes)
    return entry


def _dump(value, flow: bool | None) -> str:
    """YAML text of a value: quoted where needed, never folded."""
    return yaml.safe_dump(
        value, sort_keys=False, allow_unicode=True, default_flow_style=flow, width=UNBOUNDED_WIDTH
    )


def _block(story: Story, indent: int) -> str:
    """The story as a block list item at this indent, lists inline: '  - id: ...\n    ...'."""
    lines = _dump(_entry(story), None).splitlines()
    pad = " " * indent
    return "".join(f"{pad}{'- ' if i == 0 else '  '}{line}\n" for i, line in enumerate(lines))


def _with_story(text: str, story: Story, path: Path) -> str:
    """The file's text with the story added to its `stories` list, in the list's own style."""
    root = yaml.compose(text)
    pair = [(k, v) for k, v in getattr(root, "value", ()) if getattr(k, "value", None) == "stories"]
    if not pair or not isinstance(root, yaml.MappingNode):
        raise RehearseError(f"{path} has no 'stories:' list: add `stories:` under `version: 1`")
    key, node = pair[0]
    if isinstance(node, yaml.SequenceNode) and node.flow_style and node.value:
        close = node.end_mark.index - 1  # the ']'
        flow = _dump(_entry(story), True).strip()
        return text[:close] + ", " + flow + text[close:]
    if isinstance(node, yaml.SequenceNode) and node.value:
        end = _content_end(node.value[-1])
        while end > 0 and text[end - 1] in " \t\r\n":
            end -= 1
        line_end = text.find("\n", end)
        at = len(text) if line_end < 0 else line_end + 1
        head = text[:at] if text[:at].endswith("\n") else text[:at] + "\n"
        return head + _block(story, node.start_mark.column) + text[at:]
    # None yet (`stories:`, `stories: ~`, `stories: []`): the item goes on the lines after the key.
    start, stop = node.start_mark.index, node.end_mark.index
    line_end = text.find("\n", stop)
    at = len(text) if line_end < 0 else line_end + 1
    head = text[:start] + text[stop:at]
    head = head if head.endswith("\n") else head + "\n"
    return head + _block(story, key.start_mark.column + 2) + text[at:]


def _content_end(node: yaml.Node) -> int:
    """Where a node's own text ends: its last scalar or closing bracket, not the comments or
    blank lines a block collection's end mark runs on to."""
    if isinstance(node, yaml.ScalarNode) or getattr(node, "flow_style", False) or not node.value:
        return node.end_mark.index
    last = node.value[-1]
    return _content_end(last[1] if isinstance(last, tuple) else last)
