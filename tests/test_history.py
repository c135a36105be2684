"""history, replay, report, compare, stories and forget, run as a user runs them, on real attempts."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import numpy as np
import pytest
import real_reports
import vmic
from conftest import ROOT, run_cli
from real_reports import DRAFT_I

from rehearse import audio
from rehearse.progress import METRICS, arrow, judge, sparkline
from rehearse.store import Store
from rehearse.transcript import clock

DAY = 86400.0
T0 = 1_760_000_000.0
WIDE = {"COLUMNS": "200"}  # rich wraps at 80 columns when not on a terminal


def populate(root: Path) -> dict[str, int]:
    """Four attempts: three at the deadline prompt (a "we" draft, an "I" draft, the balanced
    recording) and one draft at the failure prompt, a day apart, oldest first."""
    with Store(root) as s:
        return {
            "we_draft": s.save(
                real_reports.draft(real_reports.DRAFT_WE), None, "deadline", "vendor", None, T0
            ),
            "i_draft": s.save(real_reports.draft(), None, "deadline", "vendor", None, T0 + DAY),
            "recording": s.save(
                real_reports.balanced(),
                real_reports.BALANCED,
                "deadline",
                "vendor",
                "tiny.en",
                T0 + 2 * DAY,
            ),
            "failure": s.save(
                real_reports.draft(prompt_id="failure"), None, "failure", None, None, T0 + 3 * DAY
            ),
        }


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> tuple[Path, dict[str, int]]:
    """A data directory the read-only tests share."""
    root = tmp_path_factory.mktemp("data")
    return root, populate(root)


@pytest.fixture
def fresh(tmp_path) -> tuple[Path, dict[str, int]]:
    """A data directory of its own, for tests that change it."""
    root = tmp_path / "data"
    return root, populate(root)


def cli(root: Path, *args: str, env: dict | None = None):
    return run_cli(*args, "--data-dir", str(root), env={**WIDE, **(env or {})})


def assert_one_line_error(result, *fragments: str) -> str:
    """Exit 2 and a single 'rehearse: ...' line on stderr with no traceback."""
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("rehearse: ")
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    return lines[0]


# -- progress arithmetic ----------------------------------------------------------------------


def test_sparkline_scales_from_lowest_to_highest_with_gaps():
    assert sparkline([1, 2, 3, None, 5]) == "▁▃▅ █"
    assert sparkline([4.0, 4.0]) == "▄▄"  # no change: a flat line mid-height
    assert sparkline([None, None]) == "  "


def test_better_and_worse_are_judged_against_the_target(guide):
    by_key = {m.key: m for m in METRICS}
    wpm, fillers, i_share = by_key["wpm"], by_key["fillers_per_minute"], by_key["i_share"]
    length, checks = by_key["answer_s"], by_key["checks_share"]
    assert judge(wpm, 190, 150, guide) == "better"  # into the 100–165 band
    assert judge(wpm, 150, 120, guide) == "in target"  # both inside it
    assert judge(wpm, 120, 90, guide) == "worse"  # out of it
    assert judge(length, 150, 125, guide) == "better"  # nearer 60–120 s
    # The case: 1.7 → 2.7 fillers a minute, both within ≤ 3, is not worse.
    assert judge(fillers, 1.7, 2.7, guide) == "in target"
    assert judge(fillers, 3.0, 2.0, guide) == "in target"
    assert judge(fillers, 2.0, 4.0, guide) == "worse"  # out of the band
    assert judge(fillers, 8.0, 5.0, guide) == "better"  # still out, but nearer
    assert judge(i_share, 0.9, 0.5, guide) == "in target"  # ≥ 50% includes 50%
    assert judge(i_share, 0.9, 0.4, guide) == "worse"
    assert judge(i_share, None, 0.5, guide) == "same"
    assert judge(i_share, 0.6, 0.6, guide) == "same"
    assert judge(checks, 6 / 9, 9 / 12, guide) == "better"  # no target: more is better
    assert judge(checks, 9 / 9, 2 / 6, guide) == "worse"
    assert arrow(0.9, 0.5) == "↓" and arrow(2, 3) == "↑" and arrow(100, 101) == "→"
    assert i_share.delta(0.5, 0.88) == "+38 pts"
    assert length.delta(110.2, 90.1) == "-20 s"
    assert fillers.delta(2.66, 1.5) == "-1.2"
    assert fillers.delta(2.0, 2.02) == ""  # rounds to no change
    assert length.show(90.09) == "1:30" and i_share.show(0.882) == "88%"


# -- history --------------------------------------------------------------------------------


def _row(out: str, first: str) -> list[str]:
    """The cells of the table row whose first cell is `first` (cells are 2+ spaces apart)."""
    for line in out.splitlines():
        cells = re.split(r"\s{2,}", line.strip())
        if cells and cells[0] == first:
            return cells
    raise AssertionError(f"no row {first!r} in:\n{out}")


def test_history_lists_attempts_newest_first_with_trends(data):
    root, ids = data
    result = cli(root, "history")
    assert result.returncode == 0, result.stderr
    table = result.stdout.split("Progress:")[0]
    rows = [line.split() for line in table.splitlines()]
    listed = [int(r[0]) for r in rows if r and r[0].isdigit()]
    assert listed == [ids["failure"], ids["recording"], ids["i_draft"], ids["we_draft"]]
    drafts = [int(r[0]) for r in rows if r and r[0].isdigit() and r[1] == "✎"]
    assert drafts == [ids["failure"], ids["i_draft"], ids["we_draft"]]  # marked ✎
    recording = next(r for r in rows if r and r[0] == str(ids["recording"]))
    report = real_reports.balanced()
    assert clock(report["timing"]["answer_span_s"]) in recording  # 1:30
    assert f"{report['timing']['wpm']:.0f}" in recording
    assert f"{report['fillers']['per_minute']:.1f}" in recording
    passed = sum(c["status"] == "pass" for c in report["checks"])
    assert f"{passed}/{len(report['checks'])}" in recording
    # A draft's trend is a row of its own.
    progress = result.stdout.split("Progress:")[1].split("Personal bests")[0]
    spoken = _row(progress, "deadline")
    assert spoken[:2] == ["deadline", "1"]  # the recording alone: nothing to compare it with
    assert not set("↑↓→") & set("".join(spoken))
    drafts = _row(progress, "deadline (drafts)")
    assert drafts[1] == "2"
    mine, we = real_reports.draft(), real_reports.draft(real_reports.DRAFT_WE)
    assert we["pronouns"]["i_share"] < 0.5 <= mine["pronouns"]["i_share"]
    assert f"{mine['pronouns']['i_share']:.0%}↑ ▁█" in drafts  # up from the "we" draft
    assert "0.0→ ▄▄" in drafts  # no fillers in either draft
    # No arrow links two prompts: the overall row counts rows on target instead.
    overall = _row(progress, "on target")
    assert overall[1] == "3" and not set("↑↓→") & set("".join(overall))
    assert overall[3] == "1/1"  # wpm: only the recording has one, and it is in 100–165
    assert "all prompts" not in result.stdout
    bests = result.stdout.split("Personal bests")[1]
    assert _row(bests, "deadline")[1:3] == [
        f"{passed}/{len(report['checks'])}",
        str(ids["recording"]),
    ]
    assert _row(bests, "deadline (drafts)")[2] == f"{ids['i_draft']} ✎"
    assert _row(bests, "story vendor")[2] == str(ids["recording"])


def test_history_for_one_prompt_shows_changes_and_a_trend_per_metric(data):
    root, ids = data
    result = cli(root, "history", "--prompt", "DEADLINE")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Tell me about a time you missed a deadline" in out
    assert f" {ids['failure']} " not in out.split("Trend")[0]  # another prompt's attempt
    spoken = out.split("Trend of the spoken answers")[1].split("Checks passed over time")[0]
    drafts = out.split("Trend of the written drafts")[1].split("Checks passed over time")[0]
    trend = {
        line.split()[0]: line
        for line in drafts.splitlines()
        if line.strip() and not line.startswith(("metric", "─", ","))
    }
    assert set(trend) == {m.label for m in METRICS} - {"wpm"}  # a draft has no pace
    # From the "we" draft to the "I" draft: "I" went from under half to most, so better.
    assert "better" in trend["I-share"] and "better" in trend["checks"]
    assert "≥ 50%" in trend["I-share"]
    mine = real_reports.draft()
    assert f"{mine['pronouns']['i_share']:.0%} #{ids['i_draft']}" in trend["I-share"]  # the best
    assert "wpm" in spoken and "worse" not in spoken and "better" not in spoken  # one recording
    # The change from the one before of its kind, under the value: the "we" draft had no "I".
    we = real_reports.draft(real_reports.DRAFT_WE)
    gain = round((mine["pronouns"]["i_share"] - we["pronouns"]["i_share"]) * 100)
    assert f"+{gain} pts" in out
    # Checks passed over time, dated, one bar per attempt of each kind.
    checks = out.split("Checks passed over time (draft)")[1]
    for key in ("we_draft", "i_draft"):
        report = real_reports.draft(real_reports.DRAFT_WE if key == "we_draft" else DRAFT_I)
        passed = sum(c["status"] == "pass" for c in report["checks"])
        row = next(line for line in checks.splitlines() if f"  {ids[key]}  " in line)
        assert f"{passed}/{len(report['checks'])}" in row and re.search(
            r"\d\d \w{3} \d\d:\d\d", row
        )
    assert "target: every check passes" in checks


def test_history_json_is_for_scripts(data):
    root, ids = data
    result = cli(root, "history", "--json")
    assert result.returncode == 0, result.stderr
    listed = json.loads(result.stdout)
    assert [a["id"] for a in listed] == sorted(ids.values(), reverse=True)
    recording = next(a for a in listed if a["id"] == ids["recording"])
    report = real_reports.balanced()
    assert recording["prompt_id"] == "deadline"
    assert recording["story"] == "vendor"
    assert recording["model"] == "tiny.en"
    assert recording["created"] == T0 + 2 * DAY
    assert recording["kind"] == "audio"
    assert recording["audio_path"] == str(root / "attempts" / str(ids["recording"]) / "answer.flac")
    assert recording["audio_present"] is True
    assert recording["metrics"] == {
        "answer_s": report["timing"]["answer_span_s"],
        "wpm": report["timing"]["wpm"],
        "fillers": report["fillers"]["count"],
        "fillers_per_minute": report["fillers"]["per_minute"],
        "i_share": report["pronouns"]["i_share"],
        "setup_share": pytest.approx(
            report["star"]["shares"]["situation"] + report["star"]["shares"]["task"], abs=1e-3
        ),
        "action_result_share": pytest.approx(
            sum(report["star"]["shares"][k] for k in ("action", "result", "learning")), abs=1e-3
        ),
        "checks_passed": sum(c["status"] == "pass" for c in report["checks"]),
        "checks_total": len(report["checks"]),
    }
    draft = next(a for a in listed if a["id"] == ids["we_draft"])
    assert (draft["kind"], draft["audio_path"], draft["metrics"]["wpm"]) == ("text", None, None)
    one = json.loads(cli(root, "history", "--prompt", "failure", "--json").stdout)
    assert [a["id"] for a in one] == [ids["failure"]]


def test_history_of_an_empty_store(tmp_path):
    result = cli(tmp_path, "history")
    assert result.returncode == 0
    assert "No attempts yet" in result.stdout
    assert json.loads(cli(tmp_path, "history", "--json").stdout) == []


def test_data_dir_option_wins_over_the_environment(data, tmp_path):
    root, ids = data
    result = run_cli(
        "history", "--json", "--data-dir", str(root), env={"REHEARSE_DATA_DIR": str(tmp_path)}
    )
    assert len(json.loads(result.stdout)) == len(ids)
    result = run_cli("history", "--json", env={"REHEARSE_DATA_DIR": str(root)})
    assert len(json.loads(result.stdout)) == len(ids)
    result = run_cli("history", "--json", env={"REHEARSE_DATA_DIR": str(tmp_path / "new")})
    assert json.loads(result.stdout) == []


def test_an_attempt_saved_by_analyze_is_listed_replayed_and_reported(tmp_path):
    root = tmp_path / "data"
    assert cli(root, "stories", "--init").returncode == 0  # --story must be in the bank
    result = run_cli(
        "analyze", "audio_fixtures/we_heavy.flac", "--prompt", "proudest", "--save",
        "--story", "checkout-timeouts", "--data-dir", str(root), "--json",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    (listed,) = json.loads(cli(root, "history", "--json").stdout)
    assert (listed["prompt_id"], listed["story"], listed["audio_present"]) == (
        "proudest",
        "checkout-timeouts",
        True,
    )
    assert listed["metrics"]["i_share"] == report["pronouns"]["i_share"] < 0.5
    replay = cli(root, "replay", str(listed["id"]), "--no-audio")
    assert replay.returncode == 0, replay.stderr
    assert "What project are you most proud of" in replay.stdout
    page = tmp_path / "we.html"
    assert cli(root, "report", str(listed["id"]), "--html", str(page)).returncode == 0
    assert "data:audio/flac;base64," in page.read_text()


# -- replay ---------------------------------------------------------------------------------


def test_replay_without_audio_prints_the_timeline_and_the_feedback(data):
    root, ids = data
    report = real_reports.balanced()
    result = cli(root, "replay", str(ids["recording"]), "--no-audio")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    headings = re.findall(r"^(SITUATION|TASK|ACTION|RESULT|LEARNING)  (\d+:\d\d)–", out, re.M)
    sentences = report["star"]["sentences"]
    runs = [s for i, s in enumerate(sentences) if i == 0 or s["label"] != sentences[i - 1]["label"]]
    assert headings == [(s["label"].upper(), clock(s["start"])) for s in runs]
    # Every sentence is a line stamped with its start time.
    for s in sentences:
        assert re.search(rf"^ *{clock(s['start'])}  \S", out, re.M), s
    # Fillers are bracketed where they were said; the long pause is marked with its length.
    fillers = re.findall(r"\[(\w+)\W*\]", out)
    assert [f.lower() for f in fillers] == [f["text"].lower() for f in report["fillers"]["items"]]
    long_pause = next(p for p in report["timing"]["pauses"] if p["end"] - p["start"] >= 2.0)
    assert f"⏸ {long_pause['end'] - long_pause['start']:.1f} s" in out
    assert "Checks against the guide" in out
    for check in report["checks"]:  # the feedback table, one row per check
        assert re.search(rf"{check['status'].upper()} [│ ]+{re.escape(check['name'])} ", out)
    assert f"action {report['star']['seconds']['action']:.1f} s" in out


def test_replay_from_a_part_or_a_time_starts_there(data):
    root, ids = data
    report = real_reports.balanced()
    result = cli(root, "replay", str(ids["recording"]), "--no-audio", "--from", "Result")
    assert result.returncode == 0, result.stderr
    body = result.stdout.split("STAR ")[0]
    sentences = report["star"]["sentences"]
    k = next(i for i, s in enumerate(sentences) if s["label"] == "result")
    first_result = sentences[k]
    assert re.search(r"^(SITUATION|TASK|ACTION|RESULT|LEARNING)", body, re.M).group(1) == "RESULT"
    # Nothing said before the first result is replayed (what follows it may be any part: a
    # mechanism or a last step can come after a result in the order a prompt's answers follow).
    assert "SITUATION" not in body and "TASK" not in body
    assert sentences[k - 1]["text"][:25] not in body.replace("\n", " ")
    first_words = first_result["text"].split()[-3:]
    assert re.search(
        rf"^ *{clock(first_result['start'])}  .*{re.escape(' '.join(first_words))}", body, re.M
    )

    result = cli(root, "replay", str(ids["recording"]), "--no-audio", "--at", "1:05")
    assert result.returncode == 0, result.stderr
    words = report["transcript"]["words"]
    at = max(i for i, w in enumerate(words) if w["start"] <= 65.0)
    first_line = next(line for line in result.stdout.splitlines() if "…" in line)
    assert f"… {words[at]['text']}" in first_line
    assert first_line.split()[0] == clock(words[at]["start"])


def test_replay_of_a_draft_is_its_text_by_part(data):
    root, ids = data
    result = cli(root, "replay", str(ids["i_draft"]))
    assert result.returncode == 0, result.stderr
    assert "written draft: no audio" in result.stderr
    assert "I learned to build contingency time" in result.stdout.replace("\n       ", " ")
    assert re.search(r"^ACTION$", result.stdout, re.M)  # no times for a draft


@pytest.mark.parametrize(
    "args,fragment",
    [
        (["replay", "99", "--no-audio"], "no attempt 99: see `rehearse history`"),
        (["replay", "twelve", "--no-audio"], "attempt id must be a number, not 'twelve'"),
        (["replay", "{recording}", "--no-audio", "--from", "ending"], "unknown STAR part 'ending'"),
        (["replay", "{recording}", "--no-audio", "--at", "1:75"], "seconds go up to 59"),
        (["replay", "{recording}", "--no-audio", "--at", "soon"], "cannot read the time 'soon'"),
        (["replay", "{recording}", "--no-audio", "--at", "9:00"], "past the end of attempt"),
        (["replay", "{i_draft}", "--at", "0:10"], "written draft: it has no times"),
        (["report", "99", "--html", "x.html"], "no attempt 99"),
        (["compare", "{i_draft}", "{i_draft}"], "two different attempts"),
        (["compare", "{i_draft}", "77"], "no attempt 77"),
        (["forget", "99"], "no attempt 99"),
        (["history", "--prompt", "nope"], "unknown prompt 'nope'"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(data, args, fragment):
    root, ids = data
    result = cli(root, *(a.format(**ids) for a in args))
    assert_one_line_error(result, fragment)
    assert "Traceback" not in result.stderr


def test_replay_with_audio_but_no_sound_device_suggests_no_audio(data):
    root, ids = data
    # No sound card here, and no sound server to fall back on.
    result = cli(root, "replay", str(ids["recording"]), env={"PULSE_SERVER": "unix:/nonexistent"})
    line = assert_one_line_error(result, "no sound output device")
    assert f"rehearse replay {ids['recording']} --no-audio" in line
    assert result.stdout == ""


def test_replay_of_an_attempt_whose_audio_was_deleted_prints_the_text_and_says_so(fresh):
    root, ids = fresh
    flac = root / "attempts" / str(ids["recording"]) / "answer.flac"
    flac.unlink()
    result = cli(root, "replay", str(ids["recording"]))
    assert_one_line_error(result, str(flac), "missing", "timeline as text instead")
    assert "RESULT" in result.stdout and "Checks against the guide" in result.stdout
    # Nothing else is lost: the attempt is still listed with its numbers.
    (listed,) = [
        a for a in json.loads(cli(root, "history", "--json").stdout) if a["id"] == ids["recording"]
    ]
    assert listed["audio_present"] is False
    assert listed["metrics"]["checks_total"] == len(real_reports.balanced()["checks"])


# -- report, compare, forget ----------------------------------------------------------------


def test_report_writes_a_page_and_one_without_audio_says_why(fresh, tmp_path):
    root, ids = fresh
    out = tmp_path / "page.html"
    result = cli(root, "report", str(ids["recording"]), "--html", str(out))
    assert result.returncode == 0, result.stderr
    assert f"wrote {out}" in result.stdout and "audio embedded" in result.stdout
    flac = root / "attempts" / str(ids["recording"]) / "answer.flac"
    assert out.stat().st_size > flac.stat().st_size * 4 / 3  # base64 of the whole FLAC

    flac.unlink()
    bare = tmp_path / "bare.html"
    result = cli(root, "report", str(ids["recording"]), "--html", str(bare))
    assert_one_line_error(result, "missing", "transcript and feedback only")
    page = bare.read_text()
    assert "<audio" not in page and "The audio file of this attempt is missing" in page

    result = cli(root, "report", str(ids["i_draft"]), "--html", str(tmp_path / "draft.html"))
    assert result.returncode == 0, result.stderr
    assert "A written draft" in (tmp_path / "draft.html").read_text()

    result = cli(root, "report", str(ids["i_draft"]), "--html", str(tmp_path / "no" / "x.html"))
    assert_one_line_error(result, "does not exist")


def test_compare_says_what_got_better_and_worse(data):
    root, ids = data
    result = cli(root, "compare", str(ids["we_draft"]), str(ids["i_draft"]))
    assert result.returncode == 0, result.stderr
    rows = {line.split()[0]: line for line in result.stdout.splitlines() if line.strip()}
    we, mine = real_reports.draft(real_reports.DRAFT_WE), real_reports.draft()
    assert we["pronouns"]["i_share"] < 0.5 <= mine["pronouns"]["i_share"]
    assert "better" in rows["I-share"]
    better = next(line for line in result.stdout.splitlines() if line.startswith("Better:"))
    assert "I-share" in better
    assert "Checks that changed:" in result.stdout
    assert "I vs we fail → pass" in result.stdout or "I vs we warn → pass" in result.stdout

    result = cli(root, "compare", str(ids["i_draft"]), str(ids["failure"]))
    assert result.returncode == 0
    assert "the numbers compare, the content does not" in result.stdout


def test_forget_removes_the_attempt_and_its_files(fresh):
    root, ids = fresh
    folder = root / "attempts" / str(ids["recording"])
    assert (folder / "answer.flac").is_file()
    result = cli(root, "forget", str(ids["recording"]))
    assert result.returncode == 0, result.stderr
    assert f"forgot attempt {ids['recording']} (deadline" in result.stdout
    assert not folder.exists()
    listed = [a["id"] for a in json.loads(cli(root, "history", "--json").stdout)]
    assert ids["recording"] not in listed and len(listed) == 3
    assert_one_line_error(cli(root, "replay", str(ids["recording"]), "--no-audio"), "no attempt")


# -- a damaged store ------------------------------------------------------------------------


@pytest.mark.parametrize("command", [["history"], ["replay", "1", "--no-audio"], ["forget", "1"]])
def test_a_corrupt_index_is_exit_2_naming_the_file_and_left_untouched(tmp_path, command):
    index = tmp_path / "index.sqlite3"
    garbage = b"SQLite format 3\x00" + bytes(range(256)) * 40
    index.write_bytes(garbage)
    mtime = index.stat().st_mtime_ns
    assert_one_line_error(cli(tmp_path, *command), str(index), "left untouched")
    assert index.read_bytes() == garbage
    assert index.stat().st_mtime_ns == mtime


# -- stories --------------------------------------------------------------------------------


def test_stories_init_then_coverage_matrix_and_gaps(fresh):
    root, ids = fresh
    bank = root / "stories.yaml"
    result = cli(root, "stories")
    assert_one_line_error(result, f"no story bank at {bank}", "--init")

    result = cli(root, "stories", "--init")
    assert result.returncode == 0, result.stderr
    assert bank.is_file()
    assert_one_line_error(cli(root, "stories", "--init"), "already exists")

    result = cli(root, "stories")
    assert result.returncode == 0, result.stderr
    # One row per prompt, by its id, in the guide's order: the stories that answer it.
    out = result.stdout
    assert _row(out, "simple-solution")[1:] == ["checkout-timeouts", "–"]
    assert _row(out, "proudest")[1:] == ["checkout-timeouts", "–"]
    # Practised three times without a story from the bank: said, and counted.
    assert _row(out, "deadline")[1:] == ["no story yet", "3"]
    assert _row(out.split("Stories")[1], "checkout-timeouts")[-2:] == ["2", "3"]
    assert "1 stories: the guide suggests a bank of 6–8 experiences" in out
    assert "no story for: why-amazon, failure, deadline, above-and-beyond, tight-deadline" in out
    assert "attempts tagged with stories not in the bank: vendor" in out
    assert (
        "themes no story covers: conflict, failure, tight deadlines, going above and beyond" in out
    )

    # A story for the deadline prompt under the tag the attempts used: practised three times.
    bank.write_text(
        bank.read_text()
        + "  - id: vendor\n"
        + "    title: Vendor rate limits\n"
        + "    star: Limits changed; protect customers; phased launch; core shipped on time.\n"
        + "    metrics: [API calls -60%]\n"
        + "    prompts: [deadline, failure]\n"
    )
    result = cli(root, "stories")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    # deadline: answered by vendor, practised with it three times; failure: practised once,
    # but without a story.
    assert _row(out, "deadline")[1:] == ["vendor 3×", "3"]
    assert _row(out, "failure")[1:] == ["vendor", "(1× without --story)", "1"]
    assert "no story for: why-amazon, above-and-beyond, tight-deadline" in out
    assert "a story but no practice yet: simple-solution, proudest" in out
    assert "practised, never with one of its stories: failure" in out
    assert "not in the bank" not in out


@pytest.mark.parametrize(
    "text,line,fragment",
    [
        (
            "version: 1\nstories:\n  - id: a\n    title: A\n    star: s\n    prompts: [deadlines]\n",
            6,
            "story 'a' names unknown prompt 'deadlines' (prompts: why-amazon,",
        ),
        (
            "version: 1\nstories:\n  - id: a\n    star: s\n    prompts: []\n",
            3,
            "story 'a' has no 'title'",
        ),
        ("version: 1\nstories:\n  - id: a\n   title: A\n", 4, "invalid YAML"),
        (
            "version: 1\nstories:\n  - {id: a, title: A, star: s, prompts: []}\n"
            "  - {id: a, title: B, star: s, prompts: []}\n",
            4,
            "duplicate story id 'a' (first at line 3)",
        ),
        (
            "version: 1\nstories:\n  - id: a\n    title: A\n    star: s\n    promts: [deadline]\n",
            6,
            "unknown key 'promts'",
        ),
        ("version: 2\nstories: []\n", 1, "unsupported version '2'"),
        ("version: 1\nstories:\n  - id: Big Story\n", 3, "is not kebab-case"),
        (
            "version: 1\nstories:\n  - {id: a, title: A, star: s, prompts: [], themes: [fun]}\n",
            3,
            "unknown theme 'fun'",
        ),
    ],
    ids=["prompt", "missing", "yaml", "duplicate", "key", "version", "id", "theme"],
)
def test_a_broken_stories_file_is_exit_2_with_file_and_line(tmp_path, text, line, fragment):
    bank = tmp_path / "my stories.yaml"
    bank.write_text(text)
    result = cli(tmp_path, "stories", "--file", str(bank))
    assert_one_line_error(result, f"{bank}:{line}:", fragment)
    assert bank.read_text() == text


def test_stories_file_option_and_default_location(fresh, tmp_path):
    root, _ = fresh
    elsewhere = tmp_path / "elsewhere.yaml"
    assert cli(root, "stories", "--file", str(elsewhere), "--init").returncode == 0
    assert elsewhere.is_file() and not (root / "stories.yaml").exists()
    result = cli(root, "stories", "--file", str(elsewhere))
    assert result.returncode == 0 and "checkout-timeouts" in result.stdout


# -- replay through a real sound device: PulseAudio's null sink, played by PortAudio ----------

KEY_WAIT_S = 10.0  # a key's effect must show on screen within this
START_WAIT_S = 60.0  # starting Python, numpy and PortAudio on a busy machine takes a while
LOUD = 1000  # int16: louder than the null sink's silence, quieter than speech


class Terminal:
    """`rehearse replay` on a pseudo-terminal, as at a keyboard: keys in, screen text out."""

    def __init__(self, args: list[str], env: dict):
        self.fd, child = pty.openpty()
        # A screen of 120 x 60, so the Live view is drawn whole.
        fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 60, 120, 0, 0))
        self.process = subprocess.Popen(
            [sys.executable, "-m", "rehearse.cli", *args],
            stdin=child,
            stdout=child,
            stderr=child,
            cwd=ROOT,
            env={**os.environ, **env, "TERM": "xterm-256color"},
            start_new_session=True,
        )
        os.close(child)
        self.screen = ""

    def read(self, seconds: float) -> None:
        """Collect what the program draws for a while."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            ready, _, _ = select.select([self.fd], [], [], left)
            if not ready:
                continue
            try:
                data = os.read(self.fd, 65536)
            except OSError:  # the program exited and closed the terminal
                return
            if not data:
                return
            self.screen += re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", data.decode("utf-8", "replace"))

    def wait_for(self, text: str, after: int = 0, timeout: float = KEY_WAIT_S) -> int:
        """Read until text appears past position `after`; return where it is."""
        deadline = time.monotonic() + timeout
        while text not in self.screen[after:]:
            assert time.monotonic() < deadline, f"{text!r} not shown:\n{self.screen[-3000:]}"
            self.read(0.1)
        return self.screen.index(text, after)

    def press(self, keys: str) -> int:
        """Type keys; return the screen position from which their effect will show."""
        mark = len(self.screen)
        os.write(self.fd, keys.encode())
        return mark

    def close(self) -> int:
        try:
            self.process.wait(timeout=KEY_WAIT_S)
        finally:
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait()
            os.close(self.fd)
        return self.process.returncode


def _recorded(raw: Path) -> np.ndarray:
    return np.frombuffer(raw.read_bytes(), dtype="<i2").astype(np.float64)


def _first_matching_clip(heard: np.ndarray, source: np.ndarray) -> tuple[float, float] | None:
    """Where in the source (s) the first quarter second of heard sound that matches it (> 0.9)
    comes from, with its match; None when no quarter of the first 1.5 s matches."""
    rate, quarter = 16000, 4000
    first = int(np.argmax(np.abs(heard) > LOUD))
    for k in range(6):
        clip = heard[first + k * quarter : first + (k + 1) * quarter]
        if len(clip) < quarter or np.abs(clip).max() <= LOUD:
            continue
        where, match = _source_time_of_first_sound(clip, source, rate)
        if match > 0.9:
            return where, match
    return None


def _source_time_of_first_sound(
    heard: np.ndarray, source: np.ndarray, rate: int = 16000
) -> tuple[float, float]:
    """Where in the source the first second of sound heard comes from (seconds), and how well it
    matches there (normalised cross-correlation, 1 = identical)."""
    first = int(np.argmax(np.abs(heard) > LOUD))
    clip = heard[first : first + rate]
    size = len(source) + len(clip)
    products = np.fft.irfft(np.fft.rfft(source, size) * np.conj(np.fft.rfft(clip, size)), size)
    products = products[: len(source) - len(clip)]
    energy = np.concatenate([[0.0], np.cumsum(source**2)])
    norms = np.sqrt(energy[len(clip) : len(source)] - energy[: len(source) - len(clip)])
    scores = products / (norms[: len(products)] * np.sqrt(np.sum(clip**2)) + 1e-9)
    best = int(np.argmax(scores))
    return best / rate, float(scores[best])


@pytest.mark.skipif(not vmic.available(), reason=vmic.SKIP_REASON)
def test_replay_plays_the_audio_and_keys_steer_it(fresh, tmp_path):
    root, ids = fresh
    report = real_reports.balanced()
    start = next(s for s in report["star"]["sentences"] if s["label"] == "result")["start"]
    with vmic.virtual_mic(tmp_path / "pulse") as env:
        # Record what reaches the sound card: the monitor of the default (null) sink.
        raw = tmp_path / "heard.raw"
        recorder = subprocess.Popen(
            ["parec", "--device=vsink.monitor", "--rate=16000", "--channels=1",
             "--format=s16le", "--raw", str(raw)],
            env={**os.environ, **env},
        )  # fmt: skip
        term = Terminal(
            ["replay", str(ids["recording"]), "--from", "result", "--data-dir", str(root)], env
        )
        try:
            term.wait_for("▶ playing", timeout=START_WAIT_S)
            term.wait_for("RESULT")
            term.read(1.5)  # let a second or so play
            term.wait_for("⏸ paused", after=term.press(" "))
            term.wait_for("▶ playing", after=term.press(" "))
            # n: on to the next STAR part, the learning, 20 s ahead of where it was.
            term.wait_for("LEARNING", after=term.press("n"))
            # Three times 5 s back (left arrow) is inside the result again; f then jumps to the
            # next filler, the "Um" that opens the learning.
            term.wait_for("RESULT", after=term.press("\x1b[D" * 3))
            term.wait_for("LEARNING", after=term.press("f"))
            # Back into the result, then 20 s forward (right arrow) into the learning again.
            term.wait_for("RESULT", after=term.press("\x1b[D" * 4))
            term.wait_for("LEARNING", after=term.press("\x1b[C" * 4))
            term.press("q")
            term.read(1.0)
        finally:
            code = term.close()
            recorder.terminate()
            recorder.wait(timeout=10)
    assert code == 0, term.screen[-3000:]
    assert "Checks against the guide" in term.screen  # the feedback stays on screen
    assert "f next filler" in term.screen
    # What the sound device received is the answer's audio, from the start of the result part.
    heard = _recorded(raw)
    assert np.abs(heard).max() > LOUD
    source = audio.load(real_reports.BALANCED).astype(np.float64)
    # A loaded machine can starve the sound server for a moment (a gap in what it passes on), so
    # the heard audio is matched a quarter second at a time: the first quarter that matches the
    # answer must come from the start of the result part (within the 1.5 s played before pause).
    found = _first_matching_clip(heard, source)
    assert found is not None, "nothing heard matches the answer's audio"
    where, match = found
    assert match > 0.9 and start - 0.3 < where < start + 1.5, (where, start, match)
