"""Real reports for the store, history and HTML tests, each made once per test session.

The recording goes through the whole pipeline with the bundled tiny.en model (about 10 s); drafts
go through the same analysis without a model. Callers get a deep copy, so they may change it.
"""

from __future__ import annotations

import copy
import functools
import tempfile
from pathlib import Path

from conftest import FIXTURES

BALANCED = FIXTURES / "balanced.flac"

# Written drafts of the deadline answer: one owned with "I", one told as "we" with no numbers.
DRAFT_I = (
    "Last spring our vendor changed its rate limits three weeks before launch. My job was to protect "
    "customers and reset expectations. I measured the impact and I proposed a phased launch. I "
    "rewrote the sync job to batch requests and I added contract tests. I sent a status note every "
    "Friday. The core reports shipped on the original date and API calls fell by 60%. I learned to "
    "build contingency time into any plan that depends on a vendor."
)
DRAFT_WE = (
    "Last spring we had a deadline and our vendor changed things. We talked about it as a team and "
    "we decided to change the plan. We worked hard and we rewrote some code. We kept everyone "
    "informed. In the end we shipped and the customers were happy with what we delivered."
)


@functools.cache
def _balanced() -> dict:
    from rehearse.guide import load
    from rehearse.pipeline import analyze_path
    from rehearse.report import to_dict

    guide = load()
    return to_dict(analyze_path(BALANCED, guide, guide.prompt("deadline"), "tiny.en"))


def balanced() -> dict:
    """The report of audio_fixtures/balanced.flac answering the deadline prompt."""
    return copy.deepcopy(_balanced())


@functools.cache
def _draft(text: str, prompt_id: str) -> dict:
    from rehearse.guide import load
    from rehearse.pipeline import analyze_path
    from rehearse.report import to_dict

    guide = load()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "draft.txt"
        path.write_text(text, encoding="utf-8")
        return to_dict(analyze_path(path, guide, guide.prompt(prompt_id)))


def draft(text: str = DRAFT_I, prompt_id: str = "deadline") -> dict:
    """The report of a written draft."""
    return copy.deepcopy(_draft(text, prompt_id))
