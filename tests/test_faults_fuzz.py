"""Property-based fuzzing (hypothesis) of the inputs a user types or writes: a text draft, the
YAML files, an attempt id. Whatever comes in, the answer is a result or one RehearseError line."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rehearse.commands._common import MAX_ID, attempt_id
from rehearse.errors import RehearseError
from rehearse.guide import load, stories
from rehearse.pipeline import analyze_path

FUZZ = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
GUIDE = load()

# YAML-shaped values: what a hand-edited file can hold, nested.
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=20,
)
PROMPTS_KEYS = ["version", "prompts", "targets", "id", "text", "themes", "pass", "warn", "unit"]
STORY_KEYS = ["version", "stories", "id", "title", "star", "metrics", "prompts", "themes"]


def one_line(error: RehearseError) -> None:
    """A RehearseError is a single line the CLI can print."""
    text = str(error)
    assert text and "\n" not in text.strip() and "Traceback" not in text


def names_the_file(error: RehearseError, path_name: str) -> None:
    """A YAML loader's error names the file (one line: see the newline-key test below)."""
    assert path_name in str(error) and "Traceback" not in str(error)


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


@FUZZ
@given(st.one_of(st.text(max_size=400), st.binary(max_size=400).map(lambda b: b.decode("latin-1"))))
def test_any_text_draft_is_a_report_or_one_line(text):
    with tempfile.TemporaryDirectory() as folder:
        draft = Path(folder) / "draft.txt"
        draft.write_text(text, encoding="utf-8", errors="surrogatepass")
        try:
            report = analyze_path(draft, GUIDE, GUIDE.prompt("deadline"))
        except RehearseError as e:
            one_line(e)
            return
    assert report.transcript.words and report.checks


@FUZZ
@given(st.binary(max_size=300))
def test_any_bytes_as_a_draft_are_a_report_or_one_line(data):
    with tempfile.TemporaryDirectory() as folder:
        try:
            analyze_path(write(Path(folder), "draft.txt", data), GUIDE)
        except RehearseError as e:
            one_line(e)


def _mutated(document: dict, keys: list[str], draw) -> dict:
    """A real document with some keys, at its top or in its first entry, given random values."""
    entries = [v[0] for v in document.values() if isinstance(v, list) and v]
    entry = entries[0] if entries and isinstance(entries[0], dict) else None
    for key in draw(st.lists(st.sampled_from(keys), max_size=3)):
        target = document if key in document or entry is None else entry
        target[key] = draw(values)
    return document


@FUZZ
@given(st.data())
def test_any_prompts_file_is_a_guide_or_one_line(data):
    from rehearse.guide.prompts import default_path

    real = yaml.safe_load(default_path().read_text(encoding="utf-8"))
    choice = data.draw(st.sampled_from(["mutated", "random", "bytes"]))
    if choice == "mutated":
        text = yaml.safe_dump(_mutated(real, PROMPTS_KEYS, data.draw), allow_unicode=True).encode()
    elif choice == "random":
        text = yaml.safe_dump(data.draw(values), allow_unicode=True).encode()
    else:
        text = data.draw(st.binary(max_size=300))
    with tempfile.TemporaryDirectory() as folder:
        try:
            guide = load(write(Path(folder), "prompts.yaml", text))
        except RehearseError as e:
            names_the_file(e, "prompts.yaml")
            return
    assert guide.prompts


@FUZZ
@given(st.data())
def test_any_stories_file_is_a_bank_or_one_line(data):
    real = yaml.safe_load(stories.TEMPLATE)
    choice = data.draw(st.sampled_from(["mutated", "random", "bytes"]))
    if choice == "mutated":
        text = yaml.safe_dump(_mutated(real, STORY_KEYS, data.draw), allow_unicode=True).encode()
    elif choice == "random":
        text = yaml.safe_dump(data.draw(values), allow_unicode=True).encode()
    else:
        text = data.draw(st.binary(max_size=300))
    with tempfile.TemporaryDirectory() as folder:
        try:
            stories.load(write(Path(folder), "stories.yaml", text), GUIDE)
        except RehearseError as e:
            names_the_file(e, "stories.yaml")


def test_an_unknown_key_with_a_newline_is_still_one_line(tmp_path):
    path = write(tmp_path, "stories.yaml", yaml.safe_dump({"\n": None}).encode())
    with pytest.raises(RehearseError) as error:
        stories.load(path, GUIDE)
    one_line(error.value)


@FUZZ
@given(st.one_of(st.text(max_size=40), st.integers(-(10**30), 10**30).map(str)))
def test_any_attempt_id_is_a_valid_id_or_one_line(text):
    try:
        value = attempt_id(text)
    except RehearseError as e:
        one_line(e)
        assert len(str(e)) < 200  # a pasted novel is not echoed back whole
        return
    assert 1 <= value <= MAX_ID
    assert str(value) == text.strip().lstrip("0")


@pytest.mark.parametrize("text", ["1", " 7 ", "0012"])
def test_ids_with_spaces_or_leading_zeros_are_read(text):
    assert attempt_id(text) == int(text)
