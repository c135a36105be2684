"""`rehearse stories add`, run as a user runs it: flags for scripts, questions otherwise, the
story appended to stories.yaml with every other byte of the file kept."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from test_history import assert_one_line_error, cli

from rehearse.guide import load as load_guide
from rehearse.guide import stories

FLAGS = [
    "--title", "Vendor rate limits: a 'phased' launch",
    "--situation", "Our vendor changed its rate limits three weeks before launch",
    "--task", "Protect customers and reset expectations",
    "--action", "I proposed a phased launch and rewrote the sync job to batch requests",
    "--result", "The core reports shipped on the original date",
    "--prompt", "deadline", "--prompt", "failure",
    "--metric", "API calls -60%", "--metric", "0 missed SLAs, 3 weeks",
]  # fmt: skip


def _bank(path: Path) -> stories.StoryBank:
    return stories.load(path, load_guide())


def _ask(root: Path, answers: str, *args: str) -> subprocess.CompletedProcess:
    """`rehearse stories add` with its questions answered from stdin."""
    return subprocess.run(
        [sys.executable, "-m", "rehearse.cli", "stories", "add", "--data-dir", str(root), *args],
        input=answers,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "COLUMNS": "200"},
        cwd=ROOT,
    )


def test_add_from_flags_starts_a_bank_and_reads_back(tmp_path):
    root = tmp_path / "data"
    result = cli(root, "stories", "add", *FLAGS)
    assert result.returncode == 0, result.stderr
    path = root / "stories.yaml"
    assert f"added story 'vendor-rate-limits-a-phased-launch' to {path}" in result.stdout
    (story,) = _bank(path).stories
    assert story.id == "vendor-rate-limits-a-phased-launch"  # from the title
    assert story.title == "Vendor rate limits: a 'phased' launch"
    assert story.star == (
        "Our vendor changed its rate limits three weeks before launch; Protect customers and "
        "reset expectations; I proposed a phased launch and rewrote the sync job to batch "
        "requests; The core reports shipped on the original date."
    )
    assert story.prompts == ("deadline", "failure")
    assert story.metrics == ("API calls -60%", "0 missed SLAs, 3 weeks")
    assert path.read_text().startswith(stories.HEADER)  # the template's explanations
    # It is in the bank: the deadline prompt now has a story.
    shown = cli(root, "stories")
    assert shown.returncode == 0, shown.stderr
    assert "no story for: why-amazon, simple-solution, above-and-beyond" in shown.stdout


@pytest.mark.parametrize(
    "text",
    [
        stories.TEMPLATE,
        "version: 1\nstories:\n",
        "version: 1  # mine\nstories: []  # none yet\n",
        "version: 1\nstories: [{id: a, title: A, star: s, prompts: [deadline]}]\n",
        "# my bank\nstories:\n- id: a\n  title: A\n  star: >-\n    folded\n    star\n  prompts:\n"
        "  - deadline\n\n# the end of the list\nversion: 1\n",
    ],
    ids=["template", "empty", "flow-empty", "flow", "block-then-version"],
)
def test_add_keeps_the_file_as_it_was_around_the_new_story(tmp_path, text):
    path = tmp_path / "bank.yaml"
    path.write_text(text)
    before = [s.id for s in _bank(path).stories]
    result = cli(tmp_path, "stories", "add", "--file", str(path), "--id", "vendor", *FLAGS)
    assert result.returncode == 0, result.stderr
    after = _bank(path)
    assert [s.id for s in after.stories] == [*before, "vendor"]
    assert after.story("vendor").metrics == ("API calls -60%", "0 missed SLAs, 3 weeks")
    new = path.read_text()
    for line in text.splitlines():  # every comment and line of the old file is still there
        if line.startswith("stories: ["):  # a flow list grows inside its brackets
            kept = line[: line.rindex("]")] if "[]" not in line else "stories:"
            assert any(n.startswith(kept) for n in new.splitlines()), line
        else:
            assert line in new, line
    if text.startswith(stories.TEMPLATE[:40]):
        assert new.startswith(text)  # appended after the example story, byte for byte


@pytest.mark.parametrize(
    "change,fragment",
    [
        (["--prompt", "deadlines"], "unknown prompt 'deadlines' (prompts: why-amazon,"),
        (["--id", "Big Story"], "story id 'big story' is not kebab-case"),
        (["--theme", "fun"], "unknown theme 'fun'"),
        (["--task", ""], "the story needs a one-line task (--task)"),
    ],
    ids=["prompt", "id", "theme", "task"],
)
def test_bad_flags_are_one_line_and_nothing_is_written(tmp_path, change, fragment):
    path = tmp_path / "stories.yaml"
    path.write_text(stories.TEMPLATE)
    flags = list(FLAGS)
    if change[0] in flags:  # replace the flag's first value
        flags[flags.index(change[0]) + 1] = change[1]
    else:
        flags += change
    assert_one_line_error(cli(tmp_path, "stories", "add", *flags), fragment)
    assert path.read_text() == stories.TEMPLATE


def test_a_duplicate_id_or_no_prompt_is_refused(tmp_path):
    path = tmp_path / "stories.yaml"
    path.write_text(stories.TEMPLATE)
    result = cli(tmp_path, "stories", "add", "--id", "checkout-timeouts", *FLAGS)
    assert_one_line_error(result, "already a story 'checkout-timeouts': choose another id")
    no_prompt = [f for i, f in enumerate(FLAGS) if "--prompt" not in FLAGS[max(i - 1, 0) : i + 1]]
    assert "--prompt" not in no_prompt and "deadline" not in no_prompt
    result = cli(tmp_path, "stories", "add", *no_prompt)
    assert_one_line_error(result, "name at least one prompt the story answers")
    assert path.read_text() == stories.TEMPLATE


def test_add_asks_for_each_part_and_asks_again_after_a_bad_answer(tmp_path):
    root = tmp_path / "data"
    answers = "\n".join(
        [
            "Checkout timeouts at peak",
            "",  # the id: keep the one made from the title
            "Checkout timed out at peak traffic",
            "",  # an empty task is asked again
            "Stabilise it in two weeks",
            "I replaced a distributed lock with a rate limiter",
            "p99 timeouts fell from 2.3% to 0.2%",
            "simple-solution bogus",  # an unknown prompt: asked again
            "simple-solution, proudest",
            "p99 timeouts 2.3% -> 0.2%",
            "",  # the end of the metrics
            "simplification",
        ]
    )
    result = _ask(root, answers + "\n")
    assert result.returncode == 0, result.stderr
    assert "give a task" in result.stdout
    assert "unknown prompt 'bogus'" in result.stdout
    (story,) = _bank(root / "stories.yaml").stories
    assert story.id == "checkout-timeouts-at-peak"
    assert story.star.startswith("Checkout timed out at peak traffic; Stabilise it in two weeks;")
    assert story.prompts == ("simple-solution", "proudest")
    assert story.metrics == ("p99 timeouts 2.3% -> 0.2%",)
    assert story.themes == ("simplification",)


def test_input_that_ends_early_writes_nothing(tmp_path):
    root = tmp_path / "data"
    result = _ask(root, "Checkout timeouts at peak\n\nCheckout timed out\n")
    assert_one_line_error(result, "stopped before the story was complete: nothing written")
    assert not (root / "stories.yaml").exists()


def test_story_flags_without_add_are_refused(tmp_path):
    result = cli(tmp_path, "stories", "--title", "A story", "--prompt", "deadline")
    assert_one_line_error(result, "--title, --prompt describe a story to add", "stories add")
    assert not (tmp_path / "stories.yaml").exists()
