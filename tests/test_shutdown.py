"""Every way a practice run ends is orderly: real processes, real signals, a real full disk.

Ctrl-C once keeps the answer and reports it; a Ctrl-C during the analysis abandons it but keeps
the recording (exit 130); a Ctrl-C during the countdown exits 130; a truncated input and a full
disk are one line and exit 2 with what was recorded kept and named. None of them may end in a
native crash: the transcription thread is waited for before the interpreter exits. Recordings
are created exclusively (two runs never share one), and those a killed run leaves are offered
back by the next practice and by history.
"""

from __future__ import annotations

import contextlib
import json
import os
import pty
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import numpy as np
import pytest
import vmic
from conftest import FIXTURES, ROOT, drain, run_cli

from rehearse import audio
from rehearse.live import recordings
from rehearse.store import Store

BALANCED = FIXTURES / "balanced.flac"
RATE = audio.SAMPLE_RATE
CRASH_SIGNS = ("Traceback", "terminate called", "Segmentation fault", "core dumped", "Aborted")


def clip(path: Path, fixture: str, seconds: float, lead_s: float = 0.0, start_s: float = 0.0):
    """A WAV of lead_s of digital silence then `seconds` of a fixture from start_s; its samples."""
    source = audio.load(FIXTURES / f"{fixture}.flac")
    body = source[round(start_s * RATE) : round((start_s + seconds) * RATE)]
    samples = np.concatenate([np.zeros(round(lead_s * RATE), np.int16), body])
    with audio.WavWriter(path) as w:
        w.write(samples)
    return samples


def practice(data: Path, *args: str, stdin=subprocess.DEVNULL, env=None) -> subprocess.Popen:
    """`rehearse practice` in a fresh process, as from a shell; stderr is read line by line."""
    return subprocess.Popen(
        [sys.executable, "-m", "rehearse.cli", "practice", *args],
        stdin=stdin,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, **(env or {}), "REHEARSE_DATA_DIR": str(data)},
    )


def wait_for(proc: subprocess.Popen, text: str, seen: list[str], timeout: float = 120) -> str:
    """Read stderr lines into `seen` until one contains text; return that line."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        if not line:
            raise AssertionError(f"exited before {text!r}: {''.join(seen)}")
        seen.append(line)
        if text in line:
            return line
    raise AssertionError(f"no {text!r} within {timeout} s: {''.join(seen)}")


def finish(proc: subprocess.Popen, seen: list[str], timeout: float = 300) -> tuple[str, str]:
    """Wait for the process; its stdout and all of its stderr. It must not die of a signal."""
    out, rest = drain(proc, timeout)
    err = "".join(seen) + rest
    assert proc.returncode >= 0, f"killed by signal {-proc.returncode}:\n{err}"
    for sign in CRASH_SIGNS:
        assert sign not in err, err
    return out, err


def recorded_path(seen: list[str]) -> Path:
    """The recording the run announced."""
    line = next(line for line in seen if "recording to " in line)
    return Path(line.split("recording to ", 1)[1].strip())


def last_line(err: str) -> str:
    return err.strip().splitlines()[-1]


# --- recordings: exclusive names, locks, what is offered back (no model) -----------------------


def test_two_claims_in_the_same_second_never_share_a_file(tmp_path):
    now = datetime(2025, 3, 1, 9, 15)
    other = tmp_path / "20250301-091500_deadline.wav"
    other.write_bytes(b"someone else's")  # a name taken between "is it free?" and creating it
    first = recordings.claim(tmp_path, "deadline", now)
    second = recordings.claim(tmp_path, "deadline", now)
    assert other.read_bytes() == b"someone else's"  # never truncated or written to
    assert first.path.name == "20250301-091500-2_deadline.wav"
    assert second.path.name == "20250301-091500-3_deadline.wav"
    first.writer.write(np.arange(1600, dtype=np.int16))
    second.writer.write(np.full(800, 7, dtype=np.int16))
    assert recordings.in_use(first.path) and recordings.in_use(second.path)
    first.release()
    second.release()
    assert not recordings.in_use(first.path)
    assert np.array_equal(audio.load(first.path), np.arange(1600, dtype=np.int16))
    assert np.array_equal(audio.load(second.path), np.full(800, 7, dtype=np.int16))


def test_a_claim_that_recorded_nothing_is_removed_on_release(tmp_path):
    held = recordings.claim(tmp_path, "deadline")
    assert held.path.exists() and held.path.stat().st_size == audio.WavWriter.HEADER_BYTES
    held.release()
    assert list(tmp_path.iterdir()) == []


def _left(folder: Path, name: str, seconds: float, value: int = 100) -> Path:
    """A recording as a killed run leaves it: audio with a true header, no lock."""
    path = folder / name
    with audio.WavWriter(path) as w:
        w.write(np.full(round(seconds * RATE), value, dtype=np.int16))
    return path


def test_unfinished_recordings_are_those_no_run_and_no_attempt_holds(tmp_path, monkeypatch, guide):
    from rehearse.pipeline import analyze_path
    from rehearse.report import to_dict

    monkeypatch.setenv("REHEARSE_DATA_DIR", str(tmp_path / "elsewhere"))
    folder = tmp_path / "recordings"
    folder.mkdir()
    killed = _left(folder, "20250301-091500_deadline.wav", 2.5)
    stored = _left(folder, "20250301-093000_failure.wav", 1.0)
    draft = tmp_path / "draft.txt"
    draft.write_text("I missed the deadline, so I told my manager and we re-planned the launch.")
    report = to_dict(analyze_path(draft, guide, guide.prompt("failure")))
    report["source"]["path"] = str(stored)  # as practice stores it: the report of that WAV
    with Store(tmp_path) as store:  # killed after the commit, before the WAV was removed
        store.save(report, None, "failure", None, None)
        assert len(store.list()) == 1
    running = recordings.claim(folder, "conflict")
    running.writer.write(np.ones(RATE, dtype=np.int16))
    (folder / "20250301-094500_deadline.wav").write_bytes(b"")  # killed before it began
    audio.WavWriter(folder / "20250301-094600_deadline.wav").close()  # header only
    try:
        left = recordings.unfinished(tmp_path)
    finally:
        running.release()
    assert [u.path for u in left] == [killed]
    u = left[0]
    assert u.prompt_id == "deadline" and u.seconds == pytest.approx(2.5)
    assert u.started == datetime(2025, 3, 1, 9, 15).timestamp()
    assert u.message() == (
        f"an unfinished recording from 2025-03-01 09:15 (0:02) is at {killed}: "
        f"`rehearse analyze {killed} --prompt deadline --save --data-dir {tmp_path}` keeps it"
    )
    # Once the running one has ended (killed: its lock is gone), it is offered back too.
    assert [u.path for u in recordings.unfinished(tmp_path)] == [killed, running.path]


def test_empty_recordings_of_killed_runs_are_swept_once_stale(tmp_path):
    old = tmp_path / "20250301-091500_deadline.wav"
    audio.WavWriter(old).close()
    os.utime(old, (time.time() - 2 * recordings.STALE_EMPTY_S,) * 2)
    young = tmp_path / "20250301-091501_deadline.wav"
    audio.WavWriter(young).close()  # may be a run that is just starting
    running = recordings.claim(tmp_path, "failure")
    os.utime(running.path, (time.time() - 2 * recordings.STALE_EMPTY_S,) * 2)
    kept = _left(tmp_path, "20250301-091502_deadline.wav", 0.5)
    os.utime(kept, (time.time() - 2 * recordings.STALE_EMPTY_S,) * 2)
    recordings.sweep_empty(tmp_path)
    running.release()
    assert not old.exists()
    assert young.exists() and kept.exists()


def test_history_offers_unfinished_recordings_back(tmp_path):
    folder = tmp_path / "recordings"
    folder.mkdir()
    path = _left(folder, "20250301-091500_deadline.wav", 1.0)
    result = run_cli("history", env={"REHEARSE_DATA_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert f"an unfinished recording from 2025-03-01 09:15 (0:01) is at {path}" in result.stderr
    assert f"rehearse analyze {path} --prompt deadline --save` keeps it" in result.stderr


# --- real runs: the model, real signals -----------------------------------------------------


@pytest.mark.slow
def test_two_runs_started_together_each_keep_their_own_answer(tmp_path):
    # 3 s of leading silence, as in the issue: the recordings are created before anyone speaks.
    samples = {
        name: clip(tmp_path / f"{name}.wav", name, 8.0, lead_s=3.0, start_s=2.0)
        for name in ("balanced", "we_heavy")
    }
    data = tmp_path / "data"
    procs = {
        name: practice(data, "deadline", "--input", str(tmp_path / f"{name}.wav"), "--json")
        for name in samples
    }
    paths = set()
    for name, proc in procs.items():
        out, err = finish(proc, [])
        assert proc.returncode == 0, err
        report = json.loads(out)
        paths.add(report["source"]["path"])
        stored = audio.load(report["practice"]["recording"])  # its own audio, bit-exact
        start = round(report["practice"]["input_offset_s"] * RATE)
        assert np.array_equal(stored, samples[name][start:])
    assert len(paths) == 2  # two recordings, whatever second each run started in
    with Store(data) as store:
        assert len(store.list()) == 2
    assert recordings.unfinished(data) == []


@pytest.mark.slow
def test_ctrl_c_once_mid_answer_keeps_and_reports_it(tmp_path):
    wav = tmp_path / "answer.wav"
    clip(wav, "balanced", 12.0, lead_s=1.0)
    proc = practice(tmp_path / "data", "deadline", "--input", str(wav), "--speed", "1", "--json")
    seen: list[str] = []
    wait_for(proc, "recording to", seen)
    time.sleep(4)
    proc.send_signal(signal.SIGINT)
    out, err = finish(proc, seen)
    assert proc.returncode == 0, err
    report = json.loads(out)
    assert report["practice"]["ended_by"] == "interrupt" and report["practice"]["attempt"] == 1
    assert 3 < report["source"]["duration_s"] < 8
    assert len(audio.load(report["practice"]["recording"])) / RATE == pytest.approx(
        report["source"]["duration_s"], abs=0.01
    )
    assert not recorded_path(seen).exists()  # moved into the store as FLAC


@pytest.mark.slow
def test_ctrl_c_twice_abandons_the_analysis_and_keeps_the_recording(tmp_path):
    # At --speed 0 capture outruns transcription: the analysis has a backlog to interrupt.
    data = tmp_path / "data"
    over = FIXTURES / "over_two_min.flac"
    proc = practice(data, "deadline", "--input", str(over), "--speed", "0", "--json")
    seen: list[str] = []
    wait_for(proc, "recording to", seen)
    time.sleep(0.5)  # a few seconds of the answer at --speed 0
    proc.send_signal(signal.SIGINT)  # ends the answer (or, if it already ended, the analysis)
    with contextlib.suppress(AssertionError):  # absent when the first one abandoned it
        wait_for(proc, "analyzing", seen)
    with contextlib.suppress(ProcessLookupError):
        proc.send_signal(signal.SIGINT)
    out, err = finish(proc, seen)
    path = recorded_path(seen)
    if proc.returncode == 0:
        # The answer's windows were decoded during capture, so the analysis could finish and the
        # attempt be stored before the second Ctrl-C arrived; then it is ignored until the
        # attempt is named, and nothing is lost either way.
        assert "stored as attempt 1" in err and json.loads(out)["practice"]["attempt"] == 1
        with Store(data) as store:
            assert len(store.list()) == 1
        assert not path.exists()
        return
    assert proc.returncode == 130, err
    assert out == ""  # no report
    line = last_line(err)
    assert line.startswith("rehearse: interrupted while analyzing; the recording is kept at ")
    assert f"`rehearse analyze {path} --prompt deadline --save` keeps it" in line
    samples = audio.load(path)
    assert len(samples) / RATE > 1
    source = audio.load(over)
    at = next(i for i in range(2 * RATE) if np.array_equal(source[i : i + 4000], samples[:4000]))
    assert np.array_equal(samples, source[at : at + len(samples)])
    with Store(data) as store:
        assert store.list() == []
    assert [u.path for u in recordings.unfinished(data)] == [path]


def patched_practice(
    tmp_path: Path, data: Path, patch: str, *more: str
) -> subprocess.CompletedProcess:
    """`practice deadline` (and `more` options) on 12 s of the balanced answer at --speed 0, in a
    Python that runs `patch` first (with answers as a, worker as w, and interrupted() raising
    KeyboardInterrupt)."""
    wav = tmp_path / "answer.wav"
    clip(wav, "balanced", 12.0)
    code = (
        "import os, signal, sys, time; import rehearse.live.answers as a, rehearse.live.worker as w\n"
        "def interrupted(outcome): raise KeyboardInterrupt\n"
        f"{patch}"
        "from rehearse.cli import main; sys.exit(main(sys.argv[1:]))"
    )
    return subprocess.run(
        [
            sys.executable,
            "-c",
            code,
            "practice",
            "deadline",
            "--input",
            str(wav),
            "--speed",
            "0",
            *more,
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "REHEARSE_DATA_DIR": str(data)},
        timeout=600,
    )


@pytest.mark.slow
def test_ctrl_c_after_the_analysis_before_the_save_names_the_recording(tmp_path):
    # The moment between the analysis and the store is narrow in a real run (a second Ctrl-C once
    # the early decode had finished the answer landed there once in CI and said only
    # "interrupted"); here it is forced: building the JSON document raises the KeyboardInterrupt.
    data = tmp_path / "data"
    result = patched_practice(tmp_path, data, "a.document = interrupted\n")
    assert result.returncode == 130, result.stderr
    line = last_line(result.stderr)
    assert line.startswith("rehearse: interrupted while analyzing; the recording is kept at "), line
    (path,) = [u.path for u in recordings.unfinished(data)]
    assert str(path) in line and len(audio.load(path)) / RATE > 10
    with Store(data) as store:
        assert store.list() == []


@pytest.mark.slow
@pytest.mark.parametrize("abandoned", [True, False])
def test_a_ctrl_c_in_the_teardown_changes_nothing_already_said(tmp_path, abandoned):
    # Once the answer is stored (or abandoned with its recording named), a Ctrl-C that lands while
    # the transcriber finishes its last decode used to end the run with a bare "interrupted" under
    # that line (seen in CI); here it is forced: the worker's stop is interrupted.
    data = tmp_path / "data"
    patch = (
        "stop = w.Worker.stop\n"
        "def interrupted_stop(self):\n"
        "    os.kill(os.getpid(), signal.SIGINT); time.sleep(0.2); stop(self)\n"
        "w.Worker.stop = interrupted_stop\n"
        f"if {abandoned}: a.document = interrupted\n"
    )
    result = patched_practice(tmp_path, data, patch)
    line = last_line(result.stderr)
    with Store(data) as store:
        stored = store.list()
    if abandoned:
        assert result.returncode == 130, result.stderr
        assert line.startswith("rehearse: interrupted while analyzing; the recording is kept at ")
        assert [str(u.path) in line for u in recordings.unfinished(data)] == [True]
        assert stored == []
    else:
        assert result.returncode == 0, result.stderr
        assert line.startswith("stored as attempt 1 in "), line
        assert len(stored) == 1 and recordings.unfinished(data) == []


@pytest.mark.slow
def test_a_second_ctrl_c_close_behind_the_first_still_names_the_recording(tmp_path):
    # Two Ctrl-Cs in quick succession during the analysis: the second used to be raised while
    # the first was being handled and end the run with a bare "interrupted" (seen in CI). Here
    # the first lands in building the document, the second as the first is handled.
    data = tmp_path / "data"
    patch = (
        "def ctrl_c(*_):\n"
        "    os.kill(os.getpid(), signal.SIGINT); time.sleep(0.2)\n"
        "a.document = ctrl_c\n"
        "settle = a.Run._settle\n"
        "a.Run._settle = lambda self: (ctrl_c(), settle(self))\n"
    )
    result = patched_practice(tmp_path, data, patch)
    assert result.returncode == 130, result.stderr
    line = last_line(result.stderr)
    assert line.startswith("rehearse: interrupted while analyzing; the recording is kept at "), line
    assert [str(u.path) in line for u in recordings.unfinished(data)] == [True]


@pytest.mark.slow
def test_a_ctrl_c_once_the_answer_is_stored_still_prints_the_json(tmp_path):
    # The answer is stored and named, its JSON document not yet printed: a Ctrl-C there used to
    # end the run with "interrupted" and no document (seen in CI, under the Ctrl-C-twice test);
    # here it is forced, as the answer returns.
    data = tmp_path / "data"
    patch = (
        "answer = a.Run.answer\n"
        "def answered_then_interrupted(self, *args):\n"
        "    done = answer(self, *args); os.kill(os.getpid(), signal.SIGINT); time.sleep(0.2)\n"
        "    return done\n"
        "a.Run.answer = answered_then_interrupted\n"
    )
    result = patched_practice(tmp_path, data, patch, "--json")
    assert result.returncode == 0, result.stderr
    assert "stored as attempt 1 in " in result.stderr and "interrupted" not in result.stderr
    assert json.loads(result.stdout)["practice"]["attempt"] == 1


pulse = pytest.mark.skipif(not vmic.available(), reason=vmic.SKIP_REASON)


@pytest.fixture(scope="module")
def mic(tmp_path_factory):
    """A virtual microphone for this module's tests; yields the env that reaches it."""
    with vmic.virtual_mic(tmp_path_factory.mktemp("vmic")) as env:
        yield env


@pulse
@pytest.mark.slow
@pytest.mark.parametrize("at", ["3…", "1…"])
def test_ctrl_c_during_the_countdown_exits_130_without_a_crash(mic, tmp_path, at):
    leader, follower = pty.openpty()  # a terminal on stdin: the countdown runs
    try:
        proc = practice(tmp_path, "deadline", stdin=follower, env=mic)
        seen = ""
        while at not in seen:  # the prompt is shown and the countdown has reached `at`
            char = proc.stdout.read(1)
            assert char, f"exited before the countdown: {seen}"
            seen += char
        proc.send_signal(signal.SIGINT)
        _, err = finish(proc, [], timeout=60)
    finally:
        os.close(leader)
        os.close(follower)
    assert proc.returncode == 130, err
    assert last_line(err) == "rehearse: cancelled; nothing was recorded"
    assert list((tmp_path / "recordings").iterdir()) == []


@pulse
@pytest.mark.slow
def test_ctrl_c_at_the_microphone_mid_answer_keeps_and_reports_it(mic, tmp_path):
    proc = practice(tmp_path, "deadline", "--json", env=mic)
    seen: list[str] = []
    wait_for(proc, "listening", seen)
    player = vmic.play(BALANCED, mic)
    try:
        wait_for(proc, "recording to", seen)
        time.sleep(6)
        proc.send_signal(signal.SIGINT)
        out, err = finish(proc, seen)
    finally:
        player.kill()
    assert proc.returncode == 0, err
    report = json.loads(out)
    assert report["practice"]["ended_by"] == "interrupt" and report["practice"]["attempt"] == 1
    assert report["transcript"]["text"].startswith("Last spring")
    assert 4 < report["source"]["duration_s"] < 10


@pytest.mark.slow
def test_a_truncated_input_is_one_line_and_what_was_heard_is_kept(tmp_path):
    truncated = tmp_path / "half.flac"
    data = BALANCED.read_bytes()
    truncated.write_bytes(data[: len(data) // 2])  # `head -c` half of it
    proc = practice(tmp_path / "data", "deadline", "--input", str(truncated), "--speed", "0")
    seen: list[str] = []
    _, err = finish(proc, seen)
    assert proc.returncode == 2, err
    line = last_line(err)
    assert line.startswith(f"rehearse: {truncated} is corrupt or truncated at ")
    assert "re-export or re-record it" in line
    assert err.count("rehearse: ") == 1
    path = Path(err.split("recording to ", 1)[1].split("\n", 1)[0])
    assert f"the recording is kept at {path}" in line
    assert len(audio.load(path)) / RATE > 20  # what was decoded before the damage


# --- a full disk: a small tmpfs as the data directory ---------------------------------------


@contextlib.contextmanager
def small_disk(folder: Path, size: str):
    """A tmpfs of `size` mounted on folder (root only; the test is skipped where not allowed)."""
    folder.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.mark.slow
def test_a_full_disk_while_recording_is_one_line_and_keeps_what_was_written(tmp_path):
    with small_disk(tmp_path / "disk", "400k") as disk:
        proc = practice(disk, "deadline", "--input", str(BALANCED), "--speed", "0")
        out, err = finish(proc, [])
        assert proc.returncode == 2, err
        line = last_line(err)
        assert err.count("rehearse: ") == 1
        path = recorded_path(err.splitlines())
        assert line.startswith(f"rehearse: cannot write the recording {path} (No space left")
        assert "written so far is kept there" in line
        samples = audio.load(path)  # playable, and as long as its header says
        assert path.stat().st_size == audio.WavWriter.HEADER_BYTES + 2 * len(samples)
        assert len(samples) / RATE > 5
        source = audio.load(BALANCED)
        at = next(
            i for i in range(2 * RATE) if np.array_equal(source[i : i + 4000], samples[:4000])
        )
        assert np.array_equal(samples, source[at : at + len(samples)])


@pytest.mark.slow
def test_a_full_disk_while_storing_prints_the_report_and_keeps_the_recording(tmp_path):
    wav = tmp_path / "answer.wav"
    samples = clip(wav, "balanced", 10.0, lead_s=0.5)  # a 336 KB recording fits, its FLAC not
    with small_disk(tmp_path / "disk", "440k") as disk:
        proc = practice(disk, "deadline", "--input", str(wav), "--speed", "0", "--json")
        out, err = finish(proc, [])
        assert proc.returncode == 2, err
        report = json.loads(out)  # the analysis was done: it is printed all the same
        assert report["practice"]["attempt"] is None and report["transcript"]["words"]
        path = Path(report["practice"]["recording"])
        line = last_line(err)
        assert line.startswith("rehearse: could not store the attempt (")
        assert f"the recording is kept at {path}: `rehearse analyze {path}" in line
        start = round(report["practice"]["input_offset_s"] * RATE)
        assert np.array_equal(audio.load(path), samples[start:])
        with Store(disk) as store:
            assert store.list() == []
        assert [u.path for u in recordings.unfinished(disk)] == [path]
