from __future__ import annotations

import pytest

from rehearse.analysis import rubric
from rehearse.analysis.tense import past_reading
from rehearse.guide import load


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("Nobody expects more than a clean file from me.", "Nobody expected more than a clean file from me."),
        ("So I turn it on and I find twenty controls.", "So I turned it on and I found twenty controls."),
        ("She rings the ward and it turns out fine.", "She rang the ward and it turned out fine."),
        ("The ticket is assigned to me, and that's the brief.", "The ticket was assigned to me, and that was the brief."),
        ("I then write a check that nobody owns.", "I then wrote a check that nobody owned."),
        ("We kind of pair all weekend.", "We kind of paired all weekend."),
        ("He tries twice.", "He tried twice."),
    ],
)  # fmt: skip
def test_a_present_sentence_is_read_in_the_past(said, read):
    assert past_reading(said) == read


@pytest.mark.parametrize(
    "text",
    [
        # Told in the past, or with no subject before a verb: nothing changes.
        "I found twenty controls and fixed them.",
        "The complaints from the two streets went down.",
        # A noun after a subject-like word keeps its -s ("this week's numbers").
        "I was sure this numbers game was over.",
        "My manager was thrilled.",
    ],
)
def test_a_past_or_verbless_sentence_is_read_as_said(text):
    assert past_reading(text) == text


def test_a_rubric_cue_written_in_the_past_finds_the_present_telling():
    guide = load()
    beyond = next(e for e in guide.prompt("above-and-beyond").rubric if e.id == "addresses_prompt")
    present = ["Nobody expects more than a clean file from me, that's the whole brief."]
    assert rubric.element(present, beyond).found
    # The same words without the expectation find nothing.
    assert not rubric.element(["I get a clean file from the team every week."], beyond).found
