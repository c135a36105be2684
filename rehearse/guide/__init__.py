"""The guide as data: prompts.yaml (the prompts and the targets answers are graded against) and the
user's story bank, stories.yaml, both read through one validating YAML reader (schema.py).

`from rehearse.guide import load` reads the prompts file; the story bank is `rehearse.guide.stories`
(`stories.load(path, guide)`), since both modules have a load() and a default_path().
"""

from . import stories
from .prompts import (
    ENV_VAR,
    TARGET_IDS,
    THEMES,
    Guide,
    Prompt,
    Status,
    Target,
    default_path,
    load,
)
from .stories import BANK_MAX, BANK_MIN, Story, StoryBank

__all__ = [
    "BANK_MAX",
    "BANK_MIN",
    "ENV_VAR",
    "TARGET_IDS",
    "THEMES",
    "Guide",
    "Prompt",
    "Status",
    "Story",
    "StoryBank",
    "Target",
    "default_path",
    "load",
    "stories",
]
