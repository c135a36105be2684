"""The story bank: the user's experiences in stories.yaml, and which of the prompts each one serves.

The guide: "Build a story bank of 6–8 experiences mapped to common themes" and "Draft 6–8 STAR
stories and map them to the seven prompts above; most stories can flex to multiple prompts."
load() validates the whole file, so a mistake is one RehearseError naming the file and line.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .errors import RehearseError
from .prompts import THEMES, Guide, _Checker, _error, _found, _reject_duplicate_keys

FILE_NAME = "stories.yaml"  # inside the data directory unless --file says otherwise
BANK_MIN, BANK_MAX = 6, 8  # the guide's "story bank of 6–8 experiences"
TOP_KEYS = ("version", "stories")
STORY_REQUIRED = ("id", "title", "star", "prompts")
STORY_KEYS = STORY_REQUIRED + ("metrics", "themes")

TEMPLATE = """\
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
version: 1
stories:
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
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RehearseError(
            f"no story bank at {path}: `rehearse stories --init` starts one, or give --file"
        ) from None
    except UnicodeDecodeError as e:
        raise RehearseError(f"{path}: not UTF-8 text (byte {e.start}); save it as UTF-8") from None
    except OSError as e:
        raise RehearseError(f"cannot read {path}: {e.strerror or e}") from None
    try:
        loader = yaml.SafeLoader(text)
        try:
            root = loader.get_single_node()
            _reject_duplicate_keys(root, path)
            if root is not None:
                loader.construct_document(root)  # safe_load semantics: unknown tags stop here
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = f"{mark.line + 1}:" if mark is not None else ""
        detail = ", ".join(part for part in (e.context, e.problem) if part)
        raise RehearseError(f"{path}:{line} invalid YAML: {detail}") from None
    except yaml.YAMLError as e:
        position = getattr(e, "position", None)
        line = f"{text.count(chr(10), 0, position) + 1}:" if position is not None else ""
        raise RehearseError(f"{path}:{line} invalid YAML: {str(e).splitlines()[0]}") from None
    return _StoryChecker(path, guide).bank(root)


class _StoryChecker(_Checker):
    """The prompts file's checker, taught the stories file's shape."""

    def __init__(self, path: Path, guide: Guide) -> None:
        super().__init__(path)
        self.guide_ids = tuple(p.id for p in guide.prompts)

    def bank(self, root: yaml.Node | None) -> StoryBank:
        fields = self.top(root, TOP_KEYS, "version and stories", "a stories file")
        key, node = fields["stories"]
        if self.is_null(node):
            return StoryBank((), self.path)
        if not isinstance(node, yaml.SequenceNode):
            raise _error(self.path, node, f"stories must be a list, found {_found(node)}")
        stories: list[Story] = []
        first_line: dict[str, int] = {}
        for index, item in enumerate(node.value, start=1):
            story = self.story(item, index)
            if story.id in first_line:
                raise _error(
                    self.path,
                    item,
                    f"duplicate story id '{story.id}' (first at line {first_line[story.id]})",
                )
            first_line[story.id] = item.start_mark.line + 1
            stories.append(story)
        return StoryBank(tuple(stories), self.path)

    def story(self, node: yaml.Node, index: int) -> Story:
        what = f"story {index}"
        fields = self.mapping(node, what, STORY_KEYS)
        if "id" in fields:
            story_id = self.kebab_id(fields["id"][1], what, "story", "checkout-timeouts")
            what = f"story '{story_id}'"
        self.require(node, fields, STORY_REQUIRED, what, "story")
        prompts_node = fields["prompts"][1]
        prompts = (
            () if self.is_null(prompts_node) else self.strings(prompts_node, f"{what} prompts")
        )
        for item, prompt_id in zip(getattr(prompts_node, "value", ()), prompts, strict=False):
            if prompt_id not in self.guide_ids:
                raise _error(
                    self.path,
                    item,
                    f"{what} names unknown prompt '{prompt_id}' (prompts: "
                    f"{', '.join(self.guide_ids)})",
                )
        metrics = (
            self.strings(fields["metrics"][1], f"{what} metrics") if "metrics" in fields else ()
        )
        themes = self.themes(fields["themes"][1], what) if "themes" in fields else ()
        return Story(
            id=story_id,
            title=self.string(fields["title"][1], f"{what} title"),
            star=self.string(fields["star"][1], f"{what} star"),
            prompts=prompts,
            metrics=metrics,
            themes=themes,
        )
