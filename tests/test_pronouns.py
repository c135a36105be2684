from __future__ import annotations

from rehearse.analysis.fillers import filler_indices, find_fillers
from rehearse.analysis.pronouns import I_FORMS, WE_FORMS, PronounCounts, count_pronouns
from rehearse.transcript import Word


def words_of(text: str) -> list[Word]:
    """Untimed words of a text, as a typed draft gives them."""
    return [Word(t) for t in text.split()]


def test_forms():
    assert {"i", "me", "my", "mine", "myself"} == I_FORMS
    assert {"we", "us", "our", "ours", "ourselves"} == WE_FORMS


def test_counts_i_and_we_forms_with_punctuation_and_case():
    counts = count_pronouns(words_of("I told my manager; we agreed. Our team trusted me, myself."))
    assert counts == PronounCounts(i=4, we=2)


def test_contractions_count():
    text = (
        "I'm sure I've said I'd do it and I'll. We're done, we've shipped, we'd agreed, we'll see."
    )
    assert count_pronouns(words_of(text)) == PronounCounts(i=4, we=4)
    assert count_pronouns(words_of("I\u2019m here")).i == 1


def test_other_words_do_not_count():
    counts = count_pronouns(words_of("It was their idea; you and they were in Iceland, weirdly."))
    assert counts == PronounCounts(i=0, we=0)


def test_i_share():
    assert PronounCounts(3, 1).i_share == 0.75
    assert PronounCounts(0, 2).i_share == 0.0
    assert PronounCounts(0, 0).i_share is None


def test_skip_ignores_filler_i_mean():
    words = words_of("I mean, we shipped it and I tested it.")
    skip = filler_indices(find_fillers(words))
    assert skip == {0, 1}
    assert count_pronouns(words, skip) == PronounCounts(i=1, we=1)
    assert count_pronouns(words) == PronounCounts(i=2, we=1)


def test_empty():
    assert count_pronouns([]) == PronounCounts(0, 0)
    assert count_pronouns([]).i_share is None
