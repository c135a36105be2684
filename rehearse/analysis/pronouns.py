"""Who did it: how often the speaker says "I" against "we"."""

from __future__ import annotations

from dataclasses import dataclass

from ..transcript import Word
from .fillers import normalize

I_FORMS = frozenset({"i", "me", "my", "mine", "myself"})
WE_FORMS = frozenset({"we", "us", "our", "ours", "ourselves"})
# Contractions carry the pronoun too: "I'm on call", "we've shipped".
I_CONTRACTIONS = frozenset({"i'm", "i've", "i'd", "i'll"})
WE_CONTRACTIONS = frozenset({"we're", "we've", "we'd", "we'll"})


@dataclass
class PronounCounts:
    """Counts of first-person singular and plural pronouns."""

    i: int
    we: int

    @property
    def i_share(self) -> float | None:
        """Fraction of first-person pronouns that are "I"; None when there are none."""
        total = self.i + self.we
        return self.i / total if total else None


def count_pronouns(words: list[Word], skip: set[int] = frozenset()) -> PronounCounts:
    """Count I-forms and we-forms, skipping the word indices in `skip` (fillers like "I mean")."""
    i = we = 0
    for index, word in enumerate(words):
        if index in skip:
            continue
        token = normalize(word.text)
        if token in I_FORMS or token in I_CONTRACTIONS:
            i += 1
        elif token in WE_FORMS or token in WE_CONTRACTIONS:
            we += 1
    return PronounCounts(i, we)
