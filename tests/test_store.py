"""The attempt store: files and index agree after saves, kills, concurrent writers and migrations."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import platformdirs
import pytest
import real_reports
from conftest import ROOT, drain

from rehearse import audio, store
from rehearse.errors import RehearseError
from rehearse.guide import load
from rehearse.report import to_dict
from rehearse.store import Store

# A process that saves the same attempt over and over, printing each id once it is committed.
SAVER = """
import json, sys
from pathlib import Path
from rehearse.store import Store
root, report_path, audio_path, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
report = json.loads(Path(report_path).read_text())
with Store(Path(root)) as s:
    for n in range(count):
        print(s.save(report, Path(audio_path), "deadline", f"story-{n}", "tiny.en"), flush=True)
"""


@pytest.fixture(scope="module")
def report_file(tmp_path_factory) -> Path:
    """The balanced fixture's real report as a file, for saver subprocesses."""
    path = tmp_path_factory.mktemp("report") / "balanced.json"
    path.write_text(json.dumps(real_reports.balanced()))
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _assert_complete(root: Path) -> list[int]:
    """Every indexed attempt has its files, and its FLAC decodes to the whole answer."""
    samples = len(audio.load(real_reports.BALANCED))
    with Store(root) as s:
        attempts = s.list()
        for a in attempts:
            folder = root / "attempts" / str(a.id)
            assert a.audio_path == folder / "answer.flac"
            assert len(audio.load(a.audio_path)) == samples
            meta = json.loads((folder / "attempt.json").read_text())
            assert meta["report"] == a.data == to_dict(a.report)
            assert meta["story"] == a.story
        return [a.id for a in attempts]


# -- where the data lives ---------------------------------------------------------------------


def test_data_dir_option_beats_environment_beats_platform_default(monkeypatch, tmp_path):
    monkeypatch.setenv("REHEARSE_DATA_DIR", str(tmp_path / "env"))
    assert store.data_dir(str(tmp_path / "flag")) == tmp_path / "flag"
    assert store.data_dir() == tmp_path / "env"
    monkeypatch.delenv("REHEARSE_DATA_DIR")
    assert store.data_dir() == Path(platformdirs.user_data_dir("rehearse"))
    assert store.data_dir().name == "rehearse"


def test_a_data_dir_that_is_a_file_is_refused(tmp_path):
    (tmp_path / "data").write_text("not a folder")
    with pytest.raises(RehearseError, match="is a file"):
        Store(tmp_path / "data")


# -- saving and reading ---------------------------------------------------------------------


def test_save_keeps_audio_as_lossless_flac_and_the_report(tmp_path):
    report = real_reports.balanced()
    with Store(tmp_path) as s:
        attempt_id = s.save(report, real_reports.BALANCED, "deadline", "vendor", "tiny.en", 1234.5)
        a = s.get(attempt_id)
    assert attempt_id == 1
    assert (a.created, a.prompt_id, a.story, a.model) == (1234.5, "deadline", "vendor", "tiny.en")
    assert a.data == to_dict(a.report) == report
    assert a.audio_path == tmp_path / "attempts" / "1" / "answer.flac"
    # The stored FLAC is exactly the 16 kHz mono audio the analysis heard.
    assert np.array_equal(audio.load(a.audio_path), audio.load(real_reports.BALANCED))
    assert real_reports.BALANCED.exists()  # a file outside recordings/ is the user's: kept
    assert not list((tmp_path / "attempts").glob(".incoming-*"))
    # The convenience numbers are the report's.
    assert a.wpm == report["timing"]["wpm"]
    assert a.answer_s == report["timing"]["answer_span_s"]
    assert a.fillers_per_minute == report["fillers"]["per_minute"]
    assert a.i_share == report["pronouns"]["i_share"]
    assert a.checks_total == len(report["checks"]) == len(load().targets)  # one per target
    assert a.checks_passed == sum(c["status"] == "pass" for c in report["checks"])
    shares = report["star"]["shares"]
    assert a.action_result_share == pytest.approx(
        shares["action"] + shares["result"] + shares["learning"], abs=1e-3
    )
    assert a.kind == "audio" and a.has_audio


def test_a_recording_under_recordings_is_removed_once_stored(tmp_path):
    tone = (8000 * np.sin(2 * np.pi * 220 * np.arange(3 * audio.SAMPLE_RATE) / 16000)).astype(
        np.int16
    )
    wav = tmp_path / "recordings" / "take.wav"
    with audio.WavWriter(wav) as writer:
        writer.write(tone)
    with Store(tmp_path) as s:
        a = s.get(s.save(real_reports.draft(), wav, "deadline", None, None))
    assert not wav.exists()
    assert np.array_equal(audio.load(a.audio_path), tone)


def test_a_draft_is_stored_without_audio(tmp_path):
    with Store(tmp_path) as s:
        a = s.get(s.save(real_reports.draft(), None, "deadline", None, None))
    assert a.audio_path is None and not a.has_audio
    assert a.kind == "text"
    assert a.wpm is None
    assert a.answer_s == a.data["timing"]["estimated_length_s"] > 0
    assert (tmp_path / "attempts" / str(a.id) / "attempt.json").is_file()


def test_list_is_newest_first_and_filters_by_prompt(tmp_path):
    with Store(tmp_path) as s:
        first = s.save(real_reports.draft(), None, "deadline", None, None, created=100)
        other = s.save(real_reports.draft(), None, "failure", None, None, created=300)
        second = s.save(real_reports.draft(), None, "deadline", None, None, created=200)
        assert [a.id for a in s.list()] == [other, second, first]
        assert [a.id for a in s.list("deadline")] == [second, first]
        assert s.list("proudest") == []


def test_unknown_attempt_is_an_error_that_points_at_history(tmp_path):
    with Store(tmp_path) as s, pytest.raises(RehearseError) as error:
        s.get(12)
    assert str(error.value) == "no attempt 12: see `rehearse history`"


def test_forget_removes_row_and_files_and_the_id_is_never_reused(tmp_path):
    with Store(tmp_path) as s:
        kept = s.save(real_reports.draft(), None, "deadline", None, None)
        gone = s.save(real_reports.balanced(), real_reports.BALANCED, "deadline", None, None)
        s.forget(gone)
        assert not (tmp_path / "attempts" / str(gone)).exists()
        with pytest.raises(RehearseError, match=f"no attempt {gone}"):
            s.get(gone)
        with pytest.raises(RehearseError, match="no attempt 99"):
            s.forget(99)
        again = s.save(real_reports.draft(), None, "deadline", None, None)
        assert again == gone + 1
        assert [a.id for a in s.list()] == [again, kept]


def test_a_bad_audio_file_stores_nothing_and_keeps_the_file(tmp_path):
    bad = tmp_path / "recordings" / "broken.wav"
    bad.parent.mkdir()
    bad.write_bytes(b"RIFF not really a wav file at all" * 10)
    before = _digest(bad)
    with Store(tmp_path / "data") as s:
        with pytest.raises(RehearseError, match="broken.wav"):
            s.save(real_reports.draft(), bad, "deadline", None, None)
        assert s.list() == []
    assert _digest(bad) == before
    assert os.listdir(tmp_path / "data" / "attempts") == []


# -- faults ---------------------------------------------------------------------------------


def test_a_kill_during_saves_leaves_every_attempt_complete_or_absent(tmp_path, report_file):
    root = tmp_path / "data"
    committed: list[int] = []
    interrupted = 0  # kills that caught a save half done (its files written, its row not)
    for delay in (0.05, 0.15, 0.4, 0.9, 1.3):
        saver = subprocess.Popen(
            [
                sys.executable,
                "-c",
                SAVER,
                str(root),
                str(report_file),
                str(real_reports.BALANCED),
                "1000",
            ],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        committed.append(int(saver.stdout.readline()))  # at least one save went through
        time.sleep(delay)  # then kill it wherever it is: encoding, writing, inside the transaction
        saver.send_signal(signal.SIGKILL)
        out, _ = drain(saver, 120)
        assert saver.returncode == -signal.SIGKILL
        committed += [int(line) for line in out.split()]
        ids = _assert_complete(root)
        assert set(committed) <= set(ids)  # everything reported saved is there
        leftovers = [
            p
            for p in (root / "attempts").iterdir()
            if p.name.startswith(".incoming-") or (p.name.isdigit() and int(p.name) not in ids)
        ]
        interrupted += bool(leftovers)
        for p in leftovers:  # so the next round's count starts clean
            if p.name.startswith(".incoming-"):
                shutil.rmtree(p)
    assert interrupted >= 1  # the test did kill saves in the middle, not only between them
    # The next save sweeps a folder a kill left without a row: only committed attempts remain.
    with Store(root) as s:
        s.save(real_reports.draft(), None, "deadline", None, None)
        ids = {a.id for a in s.list()}
    folders = {int(p.name) for p in (root / "attempts").iterdir() if p.name.isdigit()}
    assert folders == ids


def test_two_practice_runs_saving_at_once_are_both_stored(tmp_path, report_file):
    root = tmp_path / "data"
    Store(root).close()  # created up front, as the first `practice` would have
    savers = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                SAVER,
                str(root),
                str(report_file),
                str(real_reports.BALANCED),
                "4",
            ],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for _ in range(2)
    ]
    ids = []
    for saver in savers:
        out, _ = saver.communicate(timeout=120)
        assert saver.returncode == 0
        ids += [int(line) for line in out.split()]
    assert sorted(ids) == list(range(1, 9))
    assert sorted(_assert_complete(root)) == sorted(ids)


# Opens a new data directory at an agreed moment, several times, and saves a draft in each.
OPENER = """
import json, sys, time
from pathlib import Path
from rehearse.store import Store
start, roots, report = float(sys.argv[1]), sys.argv[3:], json.loads(Path(sys.argv[2]).read_text())
for n, root in enumerate(roots):
    time.sleep(max(0.0, start + n * 0.3 - time.time()))
    with Store(Path(root)) as s:
        print(s.save(report, None, "deadline", None, None), flush=True)
"""


def test_two_runs_opening_a_new_data_directory_at_once_both_save(tmp_path, report_file):
    # Before any index exists: SQLite does not wait while another process switches it to WAL.
    roots = [str(tmp_path / f"data{n}") for n in range(8)]
    start = str(time.time() + 3.0)  # both have imported rehearse by then
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", OPENER, start, str(report_file), *roots],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for _ in range(2)
    ]
    for run in runs:
        _, err = run.communicate(timeout=120)
        assert run.returncode == 0, err
    for root in roots:
        with Store(Path(root)) as s:
            assert sorted(a.id for a in s.list()) == [1, 2]


def test_a_locked_index_is_an_error_naming_it_and_nothing_is_half_saved(tmp_path):
    with Store(tmp_path) as s:
        s.save(real_reports.draft(), None, "deadline", None, None)
    other = sqlite3.connect(tmp_path / "index.sqlite3", isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with Store(tmp_path, timeout=0.2) as s:
            assert len(s.list()) == 1  # WAL: reading goes on while another program writes
            with pytest.raises(RehearseError) as error:
                s.save(real_reports.draft(), None, "deadline", None, None)
        assert str(tmp_path / "index.sqlite3") in str(error.value)
        assert "locked" in str(error.value)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert not list((tmp_path / "attempts").glob(".incoming-*"))
    with Store(tmp_path) as s:
        assert len(s.list()) == 1
        s.save(real_reports.draft(), None, "deadline", None, None)
        assert len(s.list()) == 2


@pytest.mark.parametrize(
    "content",
    [
        b"this is not an sqlite database, it is a note" * 100,
        b"SQLite format 3\x00" + b"\xff" * 4000,
    ],
    ids=["text", "bad-header"],
)
def test_a_corrupt_index_is_never_overwritten(tmp_path, content):
    index = tmp_path / "index.sqlite3"
    index.write_bytes(content)
    with pytest.raises(RehearseError) as error:
        Store(tmp_path)
    assert str(index) in str(error.value)
    assert "left untouched" in str(error.value)
    assert index.read_bytes() == content
    assert not (tmp_path / "index.sqlite3-wal").exists()


def test_another_programs_database_is_left_alone(tmp_path):
    index = tmp_path / "index.sqlite3"
    db = sqlite3.connect(index)
    db.execute("CREATE TABLE notes (text TEXT)")
    db.execute("INSERT INTO notes VALUES ('mine')")
    db.commit()
    db.close()
    before = _digest(index)
    with pytest.raises(RehearseError, match="not a rehearse index"):
        Store(tmp_path)
    assert _digest(index) == before


def test_an_index_from_a_newer_rehearse_is_refused(tmp_path):
    with Store(tmp_path):
        pass
    db = sqlite3.connect(tmp_path / "index.sqlite3")
    db.execute(f"PRAGMA user_version = {store.SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    with pytest.raises(RehearseError, match="newer rehearse"):
        Store(tmp_path)


def test_an_old_schema_is_migrated_and_a_backup_kept(tmp_path):
    # An index as schema version 1 wrote it, with one attempt in it.
    report = real_reports.draft()
    index = tmp_path / "index.sqlite3"
    db = sqlite3.connect(index)
    for statement in store.MIGRATIONS[0]:
        db.execute(statement)
    db.execute(
        "INSERT INTO attempts (created, prompt_id, story, model, audio, report) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (1000.0, "deadline", "old-story", None, None, json.dumps(report)),
    )
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()

    with Store(tmp_path) as s:
        (a,) = s.list("deadline")  # the new schema's prompt index serves this query
        assert (a.id, a.story, a.data, to_dict(a.report)) == (1, "old-story", report, report)
        assert s.save(real_reports.draft(), None, "deadline", None, None) == 2

    db = sqlite3.connect(index)
    assert db.execute("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION
    schema = db.execute("SELECT report_schema FROM attempts WHERE id = 1").fetchone()[0]
    assert schema == report["schema_version"]  # read from the stored report
    assert db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'attempts_by_prompt'"
    ).fetchone()
    db.close()
    (backup,) = (tmp_path / "backups").glob("index-v1-*.sqlite3")
    old = sqlite3.connect(backup)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert old.execute("SELECT story FROM attempts").fetchall() == [("old-story",)]
    columns = [row[1] for row in old.execute("PRAGMA table_info(attempts)")]
    assert "report_schema" not in columns
    old.close()
    # Opening again migrates nothing and takes no second backup.
    Store(tmp_path).close()
    assert len(list((tmp_path / "backups").iterdir())) == 1


# -- healing: the folders are the truth, the index is rebuilt from them ------------------------


def test_a_missing_index_is_rebuilt_from_the_folders_and_the_next_save_deletes_nothing(tmp_path):
    with Store(tmp_path) as s:
        ids = [
            s.save(real_reports.draft(), None, "deadline", f"story-{n}", None, 100.0 + n)
            for n in range(3)
        ]
        ids.append(s.save(real_reports.balanced(), real_reports.BALANCED, "deadline", None, "m"))
    (tmp_path / "index.sqlite3").rename(tmp_path / "x")  # what a user moving it aside does
    with Store(tmp_path) as s:
        assert sorted(a.id for a in s.list()) == ids
        new = s.save(real_reports.draft(), None, "failure", None, None)
        assert new == ids[-1] + 1  # an id still held by a folder is never handed out again
        listed = {a.id: a for a in s.list()}
    assert sorted(listed) == [*ids, new]
    assert [listed[i].story for i in ids[:3]] == ["story-0", "story-1", "story-2"]
    assert listed[ids[-1]].has_audio and listed[ids[-1]].data == real_reports.balanced()
    folders = sorted(int(p.name) for p in (tmp_path / "attempts").iterdir() if p.name.isdigit())
    assert folders == [*ids, new]


def test_an_interrupted_forget_is_undone_before_its_commit_and_finished_after(tmp_path):
    with Store(tmp_path) as s:
        kept, gone = (s.save(real_reports.draft(), None, "deadline", None, None) for _ in range(2))
    attempts = tmp_path / "attempts"
    # Killed after renaming the folder, before the commit: the row is still there.
    (attempts / str(kept)).rename(attempts / f".forgotten-{kept}-ab12")
    # Killed after the commit, before the folder was removed: the row is gone.
    db = sqlite3.connect(tmp_path / "index.sqlite3")
    db.execute("DELETE FROM attempts WHERE id = ?", (gone,))
    db.commit()
    db.close()
    (attempts / str(gone)).rename(attempts / f".forgotten-{gone}-cd34")
    with Store(tmp_path) as s:
        assert [a.id for a in s.list()] == [kept]
        assert s.notes == [f"attempt {kept} was not forgotten after all: kept"]
        # The forgotten id is never handed out again, even though no row or folder has it now.
        assert s.save(real_reports.draft(), None, "deadline", None, None) == gone + 1
    assert sorted(p.name for p in attempts.iterdir()) == [str(kept), str(gone + 1)]


def test_a_folder_that_cannot_be_read_is_kept_and_its_id_skipped(tmp_path):
    with Store(tmp_path) as s:
        first = s.save(real_reports.draft(), None, "deadline", None, None)
    stray = tmp_path / "attempts" / str(first + 1)
    stray.mkdir()
    (stray / "attempt.json").write_text("{half a docu")
    with Store(tmp_path) as s:
        assert s.unreadable == {first + 1: "its attempt.json is not JSON"}
        assert s.save(real_reports.draft(), None, "deadline", None, None) == first + 2
    assert (stray / "attempt.json").read_text() == "{half a docu"


def test_journals_left_without_their_index_are_set_aside_and_never_replayed(tmp_path):
    stray = tmp_path / "index.sqlite3-wal"
    stray.write_bytes(b"a journal from an index that is gone" * 10)
    with Store(tmp_path) as s:
        assert s.list() == []
        assert any("had no index beside it" in note for note in s.notes)
    (aside,) = tmp_path.glob("index.sqlite3-wal.orphaned-*")
    assert aside.read_bytes().startswith(b"a journal")


def test_a_journal_beside_an_index_made_meanwhile_is_left_alone(tmp_path):
    # Another run made the index (and then its journal) after this one found no index.
    index = tmp_path / "index.sqlite3"
    sqlite3.connect(index).execute("PRAGMA journal_mode=WAL").fetchone()
    journal = tmp_path / "index.sqlite3-wal"
    journal.write_bytes(b"")
    assert store.heal.set_aside_journals(index) == []
    assert journal.exists() and not list(tmp_path.glob("*.orphaned-*"))
