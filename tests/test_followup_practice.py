"""`rehearse practice --follow-ups`: the report's follow-up questions answered in turn, each stored
as its own attempt linked to the first, with the model loaded once for the run."""

from __future__ import annotations

import json

import numpy as np
import pytest
from conftest import FIXTURES, run_cli

from rehearse import audio
from rehearse.live.worker import Worker
from rehearse.store import Store

BALANCED = FIXTURES / "balanced.flac"
FOLLOW_UP_FILES = [FIXTURES / "no_metric.flac", FIXTURES / "we_heavy.flac"]


class _Transcriber:
    """Stands in for a loaded Transcriber: hands out recordings, counts them."""

    def __init__(self):
        self.recordings = 0

    def recording(self):
        self.recordings += 1
        return f"recording {self.recordings}"


def test_a_worker_given_a_loaded_transcriber_loads_nothing():
    given = _Transcriber()
    worker = Worker("no-such-model", given)  # loading this name would fail
    worker.start()
    try:
        worker.wait_ready()
        assert worker.transcriber is given and worker.recording == "recording 1"
        assert given.recordings == 1  # no warm-up recording either: it was warmed up before
        assert worker.finish() == []
    finally:
        worker.stop()
    assert not worker.is_alive()


def test_a_worker_without_one_reports_the_model_it_could_not_load():
    worker = Worker(str(FIXTURES / "no-such-model-folder"))
    worker.start()
    try:
        with pytest.raises(Exception) as caught:
            worker.wait_ready()
        assert "no-such-model-folder" in str(caught.value)
    finally:
        worker.stop()


def test_follow_up_inputs_need_follow_ups_and_a_first_input(tmp_path):
    env = {"REHEARSE_DATA_DIR": str(tmp_path)}
    f = str(FOLLOW_UP_FILES[0])
    for args, needle in [
        (
            ["practice", "deadline", "--input", str(BALANCED), "--follow-up-input", f],
            "--follow-ups",
        ),
        (["practice", "deadline", "--follow-ups", "--follow-up-input", f], "give the first answer"),
        (
            ["practice", "deadline", "--follow-ups", "--input", str(BALANCED)]
            + ["--follow-up-input", str(tmp_path / "missing.flac")],
            "file not found",
        ),
    ]:
        result = run_cli(*args, env=env)
        assert result.returncode == 2, (args, result.stderr)
        assert result.stderr.startswith("rehearse: ") and needle in result.stderr
        assert result.stderr.count("\n") == 1
    assert not list((tmp_path / "recordings").glob("*.wav"))


@pytest.mark.slow
def test_follow_ups_from_files_are_stored_and_linked_to_their_parent(tmp_path):
    files = [a for f in FOLLOW_UP_FILES for a in ("--follow-up-input", str(f))]
    result = run_cli(
        "practice", "deadline", "--input", str(BALANCED), "--speed", "0", "--follow-ups",
        *files, "--json", env={"REHEARSE_DATA_DIR": str(tmp_path)},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    first = json.loads(result.stdout)
    questions = [f["question"] for f in first["follow_ups"]]
    assert questions, "the balanced answer gives an interviewer something to dig into"
    asked = min(len(questions), len(FOLLOW_UP_FILES))
    later = first["follow_up_answers"]
    assert len(later) == asked
    assert first["practice"]["attempt"] == 1 and "parent" not in first["practice"]
    with Store(tmp_path) as store:
        attempts = sorted(store.list(), key=lambda a: a.id)
        assert len(attempts) == 1 + asked
        for n, (doc, attempt) in enumerate(zip(later, attempts[1:], strict=True)):
            assert doc["practice"]["attempt"] == attempt.id == n + 2
            link = attempt.data["practice"]  # in the stored attempt.json, not only the output
            assert link["parent"] == 1 and link["follow_up"] == questions[n]
            assert link["follow_up_kind"] == first["follow_ups"][n]["kind"]
            assert attempt.prompt_id == "deadline" and doc["prompt"]["id"] == "deadline"
            # Its own recording: a bit-exact copy of its own file from the offset.
            stored = audio.load(attempt.audio_path)
            source = audio.load(FOLLOW_UP_FILES[n])
            start = round(doc["practice"]["input_offset_s"] * 16000)
            assert np.array_equal(stored, source[start : start + len(stored)])
            assert len(stored) == len(source) - start
    assert result.stderr.count("stored as attempt") == 1 + asked
    assert result.stderr.count("listening: ") == 1 + asked
    if len(questions) > asked:
        assert f"no --follow-up-input left for follow-up {asked + 1}" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_follow_ups_at_the_terminal_show_each_question_and_a_short_report(tmp_path):
    result = run_cli(
        "practice", "deadline", "--input", str(BALANCED), "--speed", "0", "--follow-ups",
        "--follow-up-input", str(FOLLOW_UP_FILES[0]),
        env={"REHEARSE_DATA_DIR": str(tmp_path), "COLUMNS": "100"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    with Store(tmp_path) as store:
        first, follow = sorted(store.list(), key=lambda a: a.id)
    question = follow.data["practice"]["follow_up"]
    assert question == first.report.follow_ups[0].question
    total = len(first.report.follow_ups)
    assert f"follow-up 1 of {total}: deadline" in result.stdout  # shown like a prompt
    passed = follow.checks_passed
    assert f"{passed} of {follow.checks_total} checks passed" in result.stdout  # its short report
    assert result.stdout.count("Checks against the guide") == 1  # the full report: first only
