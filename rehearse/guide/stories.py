"""The story bank: the user's experiences in stories.yaml, and which of the prompts each one serves.

The guide: "Build a story bank of 6–8 experiences mapped to common themes" and "Draft 6–8 STAR
stories and map them to the seven prompts above; most stories can flex to multiple prompts."
load() validates the whole file, so a mistake is one RehearseError naming the file and line.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path

import yaml

from rehearse.errors import RehearseError

from .prompts import THEMES, Guide, read_themes
from .schema import Reader, found, parse, read

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
