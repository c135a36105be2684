"""`rehearse interview`: the prompts it chooses, its scorecard, its stored session, and a full loop
of three prompts from --input files through the real CLI with the real model."""

from __future__ import annotations

import json
import random
import re

import pytest
from conftest import FIXTURES, run_cli

from rehearse.live import scorecard
from rehearse.store import Store

ANSWERS = {"deadline": "balanced", "failure": "no_metric", "proudest": "we_heavy"}  # fixture truth
DRAFTS = {
    "deadline": "Last spring I missed the launch of a reporting feature by two weeks. I saw the "
    "risk early, told my manager and the customers, and re-planned the scope. I shipped the core "
    "reports on the new date and churn fell 20%. I learned to flag a slipping date the day I see it.",
    "failure": "We lost a customer's data because we skipped a restore test. We all felt bad. "
    "Everyone was busy with other things at the time.",
}


def _report(guide, tmp_path, prompt_id: str):
    """The Report of a written draft (no model needed)."""
    from rehearse.pipeline import analyze_path

    path = tmp_path / f"{prompt_id}.txt"
    path.write_text(DRAFTS[prompt_id])
    return analyze_path(path, guide, guide.prompt(prompt_id))


def test_scorecard_adds_each_answer_to_every_principle_its_prompt_probes(guide, tmp_path):
    reports = {p: _report(guide, tmp_path, p) for p in DRAFTS}
    lines = {line.principle: line for line in scorecard.scorecard(reports.items(), guide)}
    expected = set(guide.prompt("deadline").principles) | set(guide.prompt("failure").principles)
    assert set(lines) == expected
    for principle, line in lines.items():
        probing = [p for p in DRAFTS if principle in guide.prompt(p).principles]
        assert line.prompts == probing
        assert line.checks_total == sum(len(reports[p].checks) for p in probing)
        assert line.checks_passed == sum(
            c.status == "pass" for p in probing for c in reports[p].checks
        )
        assert line.rubric_total == sum(len(reports[p].rubric) for p in probing)
        assert line.rubric_found == sum(r.found for p in probing for r in reports[p].rubric)
        assert len(line.missing) == line.rubric_total - line.rubric_found
    # Ownership and Earn Trust are probed by both prompts: both answers count for them.
    assert lines["Ownership"].prompts == ["deadline", "failure"]
    assert lines["Learn and Be Curious"].prompts == ["failure"]
    # The blaming, metric-free failure draft misses rubric elements the deadline draft need not.
    assert lines["Learn and Be Curious"].rubric_share < 1.0
    doc = lines["Ownership"].to_dict()
    assert doc["checks_share"] == round(doc["checks_passed"] / doc["checks_total"], 3)


def test_choose_picks_the_least_practised_principles_and_spreads_out(guide):
    rng = random.Random(7)
    # Every prompt but simple-solution and tight-deadline practised a lot: Invent and Simplify,
    # Bias for Action and Dive Deep are the least practised, and only those two prompts probe them.
    answered = {p.id: 5 for p in guide.prompts if p.id not in ("simple-solution", "tight-deadline")}
    first_two = scorecard.choose(guide, answered, 2, rng)
    assert {p.id for p in first_two} == {"simple-solution", "tight-deadline"}
    loop = scorecard.choose(guide, {}, 4, random.Random(1))
    assert len({p.id for p in loop}) == 4  # never the same prompt twice
    # Nothing practised: the first pick is any prompt; each next one adds a principle not yet met
    # whenever some prompt still has one.
    met: set[str] = set()
    for prompt in loop:
        fresh = set(prompt.principles) - met
        others = [p for p in guide.prompts if p not in loop and set(p.principles) - met]
        assert fresh or not others
        met |= set(prompt.principles)


def test_sessions_group_stored_attempts_in_loop_order(guide, tmp_path):
    from rehearse.report import to_dict

    docs = {p: to_dict(_report(guide, tmp_path, p)) for p in DRAFTS}
    with Store(tmp_path / "data") as store:
        store.save({**docs["deadline"], "interview": {"session": "s1", "index": 1}}, None,
                   "deadline", None, None)  # fmt: skip
        store.save({**docs["failure"], "interview": {"session": "s1", "index": 2}}, None,
                   "failure", None, None)  # fmt: skip
        follow = {
            **docs["deadline"],
            "interview": {"session": "s1", "index": 1},
            "practice": {"parent": 1, "follow_up": "What was the baseline for 20%?"},
        }
        store.save(follow, None, "deadline", None, None)
        store.save(docs["failure"], None, "failure", None, None)  # a practice outside any loop
        groups = scorecard.sessions(store.list())
        assert list(groups) == ["s1"]
        assert [a.id for a in groups["s1"]] == [1, 3, 2]  # the follow-up after its parent
        assert [scorecard.is_follow_up(a) for a in groups["s1"]] == [False, True, False]
        lines = scorecard.session_scorecard(groups["s1"], guide)
    live = scorecard.scorecard(((p, _report(guide, tmp_path, p)) for p in DRAFTS), guide)
    assert [line.to_dict() for line in lines] == [line.to_dict() for line in live]


@pytest.mark.parametrize(
    "args, needle",
    [
        (["deadline"], "2 to 4 prompts, not 1"),
        (["--count", "5"], "2 to 4 prompts, not 5"),
        (["deadline", "failure", "--input", str(FIXTURES / "balanced.flac")], "disagrees"),
        (["deadline", "deadline"], "prompt deadline is given twice"),
        (["deadline", "nosuch"], "unknown prompt 'nosuch'"),
        (["--speed", "0"], "--speed only applies to --input"),
        (["--input", "a.flac", "--input", "b.flac", "--follow-up-input", "c.flac"], "--follow-ups"),
    ],
)
def test_bad_loops_are_one_line_before_anything_is_recorded(tmp_path, args, needle):
    result = run_cli("interview", *args, env={"REHEARSE_DATA_DIR": str(tmp_path)})
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("rehearse: ") and needle in result.stderr
    assert result.stderr.count("\n") == 1
    assert not list((tmp_path / "recordings").glob("*.wav"))


@pytest.mark.slow
def test_an_interview_of_three_prompts_from_files_is_one_stored_session(tmp_path, guide):
    files = [a for p in ANSWERS for a in ("--input", str(FIXTURES / f"{ANSWERS[p]}.flac"))]
    result = run_cli(
        "interview", *ANSWERS, *files, "--speed", "0", "--json",
        env={"REHEARSE_DATA_DIR": str(tmp_path)},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["prompts"] == list(ANSWERS)
    assert [(a["id"], a["prompt"], a["index"]) for a in doc["attempts"]] == [
        (1, "deadline", 1),
        (2, "failure", 2),
        (3, "proudest", 3),
    ]
    assert all(a["parent"] is None for a in doc["attempts"])
    with Store(tmp_path) as store:
        attempts = sorted(store.list(), key=lambda a: a.id)
        assert [a.prompt_id for a in attempts] == list(ANSWERS)
        assert {a.data["interview"]["session"] for a in attempts} == {doc["session"]}
        assert [a.data["interview"]["index"] for a in attempts] == [1, 2, 3]
        assert all(a.has_audio for a in attempts)
        # Each answer is its own recording: the words of its fixture, not another's.
        assert attempts[0].report.transcript.text.startswith("Last spring")
        assert attempts[1].report.transcript.text != attempts[2].report.transcript.text
        # The scorecard is the stored answers' checks and rubric summed per principle: the
        # session as `history` would read it back gives the same card.
        stored = scorecard.session_scorecard(scorecard.sessions(attempts)[doc["session"]], guide)
    principles = {x for p in ANSWERS for x in guide.prompt(p).principles}
    assert {line["principle"] for line in doc["scorecard"]} == principles
    assert doc["scorecard"] == [line.to_dict() for line in stored]
    ownership = next(line for line in doc["scorecard"] if line["principle"] == "Ownership")
    assert ownership["prompts"] == list(ANSWERS)  # all three prompts probe Ownership
    assert ownership["checks_total"] == sum(a.checks_total for a in attempts)
    assert ownership["checks_passed"] == sum(a.checks_passed for a in attempts)
    assert f"interview session {doc['session']}" not in result.stdout  # the ids are in the JSON
    assert "Traceback" not in result.stderr

    # `history` shows the loop as one session; the HTML page of an answer shows its scorecard.
    env = {"REHEARSE_DATA_DIR": str(tmp_path), "COLUMNS": "80"}
    shown = run_cli("history", env=env)
    assert shown.returncode == 0, shown.stderr
    after = shown.stdout.split("Mock interviews, newest first", 1)[1]
    # In order; the table may wrap the cell between them ("deadline (1), failure (2), | proudest (3)")
    # or inside one ("proudest | (3)", the other cells of the row read between the two halves).
    flat = " ".join(after.split())
    assert re.search(r"deadline \(1\),.* failure \(2\),.* proudest\b.*?\(3\)", flat)
    total = sum(a.checks_passed for a in attempts), sum(a.checks_total for a in attempts)
    assert f"{total[0]}/{total[1]}" in after
    weakest = min(
        (line for line in doc["scorecard"] if line["checks_total"]),
        key=lambda line: line["checks_passed"] / line["checks_total"],
    )
    assert weakest["principle"].split()[0] in after
    assert max(len(line) for line in shown.stdout.splitlines()) <= 80
    page = tmp_path / "two.html"
    made = run_cli("report", "2", "--html", str(page), env=env)
    assert made.returncode == 0, made.stderr
    html = page.read_text(encoding="utf-8")
    assert "<h2>Mock interview</h2>" in html
    assert "<b>failure (attempt 2)" in html
    assert html.count("<td>Ownership</td>") == 1


@pytest.mark.slow
def test_an_interview_with_follow_ups_links_them_and_prints_the_scorecard(tmp_path):
    result = run_cli(
        "interview", "deadline", "proudest", "--follow-ups", "--speed", "0",
        "--input", str(FIXTURES / "balanced.flac"), "--input", str(FIXTURES / "we_heavy.flac"),
        "--follow-up-input", str(FIXTURES / "no_metric.flac"),
        env={"REHEARSE_DATA_DIR": str(tmp_path), "COLUMNS": "80"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "question 1 of 2" in result.stdout and "question 2 of 2" in result.stdout
    assert "Scorecard by leadership principle" in result.stdout
    with Store(tmp_path) as store:
        attempts = sorted(store.list(), key=lambda a: a.id)
    first = attempts[0]
    questions = [f.question for f in first.report.follow_ups]
    assert questions, "the balanced answer gives an interviewer something to dig into"
    # One follow-up file: the first follow-up is answered, then the loop goes on to question 2.
    follow, second = attempts[1], attempts[2]
    assert follow.data["practice"]["parent"] == first.id
    assert follow.data["practice"]["follow_up"] == questions[0]
    assert follow.data["interview"] == first.data["interview"]
    assert follow.prompt_id == "deadline" and second.prompt_id == "proudest"
    assert second.data["interview"]["index"] == 2 and "parent" not in second.data["practice"]
    assert len(attempts) == 3  # no file left for more follow-ups: they are not asked
    if len(questions) > 1:
        assert f"no --follow-up-input left for follow-up 2 of {len(questions)}" in result.stderr
    if second.report.follow_ups:
        assert "no --follow-up-input left for follow-up 1 of" in result.stderr
    session = first.data["interview"]["session"]
    assert f"interview session {session}: attempts 1, 2, 3" in result.stderr
