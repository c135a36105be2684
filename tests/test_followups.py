"""Dive-deep follow-ups: built from the answer's own words and its gaps, one to three of them,
in the JSON and the terminal report."""

from __future__ import annotations

import io

from rich.console import Console

from rehearse.analysis import analyze
from rehearse.analysis.followups import MAX_QUESTIONS, follow_ups
from rehearse.report import from_dict, render, to_dict
from rehearse.transcript import Transcript, Word

WE_NO_METRIC = [
    "Last year our billing exports kept timing out.",
    "We decided to move the export to a nightly batch job.",
    "We rewrote the export queries and we added retries.",
    "In the end the customers were happy.",
]
I_WITH_METRIC = [
    "Our checkout kept timing out at peak.",
    "I traced the timeouts to one bursty dependency.",
    "Instead of a distributed lock, I added a rate limiter.",
    "Timeouts fell 40% and support tickets dropped by half.",
]


def test_gaps_give_questions_in_the_speakers_words():
    labels = ["situation", "action", "action", "result"]
    questions = follow_ups(WE_NO_METRIC, labels, [], has_alternatives=False)
    kinds = [q.kind for q in questions]
    assert kinds == ["measure", "ownership", "alternatives"]
    assert questions[0].question == (
        "How did you measure the impact after you decided to move the export to a nightly "
        "batch job?"
    )
    assert "we decided to move the export" in questions[1].question
    assert questions[2].quote.startswith("decided to move the export")
    for q in questions:
        assert q.quote and q.quote in q.question


def test_a_stated_metric_is_probed_for_its_baseline():
    labels = ["situation", "action", "action", "result"]
    questions = follow_ups(I_WITH_METRIC, labels, ["40%", "by half"], has_alternatives=True)
    assert [q.kind for q in questions] == ["baseline"]
    assert questions[0].question == "What was the baseline for 40%?"
    before_after = follow_ups(I_WITH_METRIC, labels, ["from 2.3% to 0.2%"], True)
    assert before_after[0].question == "How did you measure the change from 2.3% to 0.2%?"


def test_at_most_three_and_none_from_nothing():
    labels = ["situation", "action", "action", "result"]
    assert len(follow_ups(WE_NO_METRIC, labels, [], False)) <= MAX_QUESTIONS
    assert follow_ups(["The carpet was blue."], ["situation"], [], False) == []


def _report(texts, guide, prompt_id="simple-solution"):
    words = [Word(w) for w in " ".join(texts).split()]
    return analyze(Transcript(words, kind="text", duration_s=None), guide, guide.prompt(prompt_id))


def test_follow_ups_are_in_the_json_and_read_back(guide):
    report = _report(WE_NO_METRIC, guide)
    data = to_dict(report)
    assert data["schema_version"] == 3
    assert [f["kind"] for f in data["follow_ups"]] == [f.kind for f in report.follow_ups]
    assert data["follow_ups"] and all(f["question"].endswith("?") for f in data["follow_ups"])
    assert to_dict(from_dict(data)) == data


def test_the_terminal_report_lists_them(guide):
    report = _report(I_WITH_METRIC, guide)
    console = Console(record=True, width=100, file=io.StringIO())
    render(report, console)
    text = console.export_text()
    assert "An interviewer might follow up with:" in text
    assert "What was the baseline for 40%?" in text
    assert "What this prompt looks for" in text
