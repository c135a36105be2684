"""The one fix first: tied to the speaker's own sentences, in the guide's order of importance."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_report import PROMPTS, reanalysed

from rehearse.analysis.coach import CHECK_NAMES, first_fix, plural, quote, say_with_i

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("We designed a flag service.", "I designed a flag service."),
        ("Then we were late by a week.", "Then I was late by a week."),
        ("We've shipped it and we fixed it.", "I've shipped it and I fixed it."),
        ("So we're on call now.", "So I'm on call now."),
        ("After that we are the owners.", "After that I am the owners."),
    ],
)
def test_each_we_is_said_with_i(sentence, said):
    assert say_with_i(sentence) == said


@pytest.mark.parametrize("sentence", ["I fixed the weekly report.", "Wednesday went well.", ""])
def test_a_sentence_without_we_has_nothing_to_say_with_i(sentence):
    assert say_with_i(sentence) is None


def test_plurals_follow_the_count():
    assert [plural(n, "pause") for n in (0, 1, 2)] == ["0 pauses", "1 pause", "2 pauses"]
    assert plural(1, "time") == "1 time" and plural(3, "story", "stories") == "3 stories"


def test_a_long_sentence_is_quoted_short_at_a_word():
    text = "I rewrote the sync job to batch requests, and I added contract tests to the build."
    short = quote(text)
    assert short.endswith("…") and len(short) <= 71
    assert text.startswith(short[:-1]) and text[len(short) - 1] == " "
    assert quote("Short one.") == "Short one."


def test_every_check_has_a_human_name(guide):
    assert set(CHECK_NAMES) == set(guide.targets)
    assert all("_" not in name for name in CHECK_NAMES.values())


def test_we_heavy_is_told_to_say_i_in_its_own_words(guide):
    report = reanalysed("we_heavy", guide)
    fix = report.first_fix
    assert fix.check == "i_share" and fix.name == "I vs we"
    # The quote is a "we" sentence of the answer (an Action one), and the suggestion says it with I.
    source = next(s.text for s in report.sentences if s.text.startswith(fix.quote.rstrip("…")))
    assert next(s for s in report.sentences if s.text == source).label == "action"
    assert fix.suggestion == f"“{quote(say_with_i(source))}”"


def test_no_metric_is_pointed_at_a_result_sentence_without_a_number(guide):
    report = reanalysed("no_metric", guide)
    fix = report.first_fix
    assert fix.check == "result_metrics"
    sentence = next(s for s in report.sentences if s.text.startswith(fix.quote.rstrip("…")))
    assert sentence.label in ("result", "learning")
    index = report.sentences.index(sentence)
    assert not any(d.counted and d.sentence == index for d in report.metric_details)


def test_a_long_setup_is_counted_in_sentences(guide):
    report = reanalysed("long_setup", guide)
    fix = report.first_fix
    setup = [s for s in report.sentences if s.label in ("situation", "task")]
    assert fix.check == "setup_share"
    assert fix.headline.startswith(f"Your setup runs {len(setup)} sentences")
    assert fix.quote == quote(setup[0].text)
    first_action = next(s.text for s in report.sentences if s.label == "action")
    assert fix.suggestion.endswith(f"“{quote(first_action)}”")


def test_a_long_answer_names_the_part_that_runs_long(guide):
    report = reanalysed("over_two_min", guide)
    fix = report.first_fix
    actions = sum(s.label == "action" for s in report.sentences)
    assert fix.check == "answer_length_s" and actions > 5
    assert f"your Action runs {actions} sentences" in fix.headline


def test_fillers_name_the_most_used_one_and_where(guide):
    report = reanalysed("filler_heavy", guide)
    fix = report.first_fix
    top = max({f.text for f in report.fillers}, key=[f.text for f in report.fillers].count)
    count = sum(f.text == top for f in report.fillers)
    assert fix.check == "fillers_per_minute"
    assert fix.headline.startswith(f"You said “{top}” {count} times")
    first = next(f for f in report.fillers if f.text == top)
    sentence = next(s for s in report.sentences if s.first <= first.index < s.last)
    assert fix.quote == quote(sentence.text)


def test_a_missing_learning_is_placed_after_the_last_sentence(guide):
    report = reanalysed("draft_we", guide)
    report.rubric = [dataclasses.replace(r, found=True) for r in report.rubric]
    report.checks = [
        dataclasses.replace(c, status="pass") if c.id != "learning" else c for c in report.checks
    ]
    fix = first_fix(report, guide)
    assert fix.check == "learning" and fix.quote_role == "after"
    assert fix.quote == quote(report.sentences[-1].text) and fix.quote_label == "After"


def test_an_answer_off_the_question_is_told_so_first(guide):
    # The "we" draft fails three checks, but it never says a deadline was missed.
    report = reanalysed("draft_we", guide)
    assert report.advice() and report.advice()[0].status == "fail"
    assert report.first_fix.check == "rubric:addresses_prompt"


def test_fails_come_before_warnings_and_nothing_when_all_is_well(guide):
    report = reanalysed("we_heavy", guide)
    # A warning on a check the report lists before the failing one (the setup share of this
    # answer sits at the 35% bound, a warning or a pass as the labeller reads its setup).
    report.checks = [
        dataclasses.replace(c, status="warn") if c.id == "setup_share" else c for c in report.checks
    ]
    statuses = [(c.id, c.status) for c in report.checks]
    assert statuses.index(("setup_share", "warn")) < statuses.index(("i_share", "fail"))
    assert first_fix(report, guide).check == "i_share"  # the fail, not the earlier warning
    report.checks = [dataclasses.replace(c, status="pass") for c in report.checks]
    report.rubric = [dataclasses.replace(r, found=True) for r in report.rubric]
    assert first_fix(report, guide) is None
    report.rubric[-1] = dataclasses.replace(report.rubric[-1], found=False)
    assert first_fix(report, guide).check == f"rubric:{report.rubric[-1].id}"


@pytest.mark.parametrize("name", sorted(PROMPTS))
def test_every_golden_answer_gets_a_fix_that_reads_well(name, guide):
    fix = reanalysed(name, guide).first_fix
    assert fix is not None and fix.headline.endswith((".", "…”."))
    assert "(s)" not in fix.headline and "_" not in fix.name


DRAFT = (
    "Last year our team owned the billing service and we kept missing the monthly release date. "
    "My job was to get the release back on schedule. "
    "We designed a new release checklist and we moved the deploys to Tuesdays. "
    "We also automated the smoke tests. "
    "The next release went out on time and failed deploys fell from six a month to one. "
    "What I learned is to put the release date on a checklist that someone owns. "
)


def test_the_fix_comes_first_in_the_terminal_and_in_the_json(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    env = {**os.environ, "COLUMNS": "80", "NO_COLOR": "1"}
    cmd = [sys.executable, "-m", "rehearse.cli", "analyze", str(draft), "--prompt", "deadline"]
    shown = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert shown.returncode == 0, shown.stderr
    out = shown.stdout
    assert out.index("First fix: I vs we") < out.index("Checks against the guide")
    assert "You said “We designed a new release checklist" in out
    assert "Try      “I designed a new release checklist and I moved" in out
    assert max(len(line) for line in out.splitlines()) <= 80
    assert "(s)" not in out
    data = json.loads(
        subprocess.run(
            cmd + ["--json"], capture_output=True, text=True, cwd=ROOT, timeout=120
        ).stdout
    )
    assert data["schema_version"] == 3
    assert data["first_fix"]["check"] == "i_share"
    assert data["first_fix"]["quote"].startswith("We designed a new release checklist")
    assert [c["name"] for c in data["checks"]][:2] == ["Answer length", "Short setup"]


@pytest.mark.parametrize(
    ("situations", "status"), [(1, "pass"), (3, "pass"), (4, "warn"), (6, "warn")]
)
def test_a_situation_past_its_sentences_warns_even_when_its_share_passes(situations, status):
    from types import SimpleNamespace

    from rehearse.analysis import SITUATION_MAX_SENTENCES, _situation_length

    labels = ["situation"] * situations + ["action"] * 12 + ["result"] * 3
    report = SimpleNamespace(sentences=[SimpleNamespace(label=label) for label in labels])
    got, found = _situation_length(report, "Situation and Task take 20% of the answer.")
    assert got == status and SITUATION_MAX_SENTENCES == 3
    assert (f"runs {situations} sentences" in found) == (status == "warn")
