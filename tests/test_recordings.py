"""The recordings folder: file names, how often each prompt was practised, which prompt is next."""

from __future__ import annotations

import random
from datetime import datetime

from rehearse import store
from rehearse.live.recordings import choose_prompt, practised, recording_path


def test_prompt_choice_prefers_the_least_practised(tmp_path, guide):
    ids = [p.id for p in guide.prompts]
    for i, prompt_id in enumerate(ids[:-1]):
        recording_path(tmp_path, prompt_id, datetime(2025, 3, 1, 9, i)).touch()
    recording_path(tmp_path, ids[0], datetime(2025, 3, 2)).touch()
    (tmp_path / "notes.wav").touch()  # not ours: ignored
    assert practised(tmp_path) == {**{p: 1 for p in ids[:-1]}, ids[0]: 2}
    for seed in range(5):
        assert choose_prompt(guide, practised(tmp_path), random.Random(seed)).id == ids[-1]
    recording_path(tmp_path, ids[-1], datetime(2025, 3, 3)).touch()
    picks = {
        choose_prompt(guide, practised(tmp_path), random.Random(seed)).id for seed in range(40)
    }
    assert picks == set(ids[1:])


def test_recording_names_never_collide(tmp_path):
    now = datetime(2025, 3, 1, 9, 15)
    first = recording_path(tmp_path, "deadline", now)
    assert first.name == "20250301-091500_deadline.wav"
    first.touch()
    second = recording_path(tmp_path, "deadline", now)
    assert second.name == "20250301-091500-2_deadline.wav"
    second.touch()
    assert practised(tmp_path) == {"deadline": 2}


def test_data_dir_option_then_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("REHEARSE_DATA_DIR", str(tmp_path / "env"))
    assert store.data_dir(tmp_path / "opt") == tmp_path / "opt"
    assert store.data_dir() == tmp_path / "env"
    monkeypatch.delenv("REHEARSE_DATA_DIR")
    assert store.data_dir().name == "rehearse"
