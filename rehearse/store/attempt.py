"""One stored attempt as the commands read it: its row, its typed report, its key numbers."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import RehearseError

if TYPE_CHECKING:  # the report package imports the analysis: loaded only when a report is read
    from ..analysis import Check, Report

# What reading a damaged report can raise, besides a RehearseError (a newer schema).
DAMAGE_ERRORS = (KeyError, IndexError, TypeError, ValueError, AttributeError)


@dataclass
class Attempt:
    """One stored answer: who, when, which prompt and story, its audio and its report."""

    id: int
    created: float  # unix seconds
    prompt_id: str | None
    story: str | None
    model: str | None
    audio_path: Path | None  # where the FLAC should be; it may have been deleted by hand
    data: dict  # the JSON document as stored (rehearse.report.to_dict of its Report)
    damage: str | None = None  # why the row cannot be read, e.g. "its report is not JSON"

    @functools.cached_property
    def report(self) -> Report:
        """The stored report as a typed Report, read on first use."""
        from ..report import from_dict

        if self.damage:
            raise self.damaged_error()
        try:
            return from_dict(self.data)
        except DAMAGE_ERRORS:
            self.damage = "its report is missing fields"
            raise self.damaged_error() from None

    def damaged_error(self) -> RehearseError:
        """The one-line error for reading a damaged attempt."""
        return RehearseError(
            f"attempt {self.id} is damaged ({self.damage}): `rehearse doctor` repairs it from its "
            f"folder when it can, `rehearse forget {self.id}` removes it"
        )

    def find_damage(self) -> str | None:
        """Why the attempt cannot be shown (its report and key numbers read), or None."""
        if self.damage:
            return self.damage
        try:
            self.report  # noqa: B018 - parsing it is the check
            self.metrics()
        except RehearseError as e:
            self.damage = self.damage or str(e)
        except DAMAGE_ERRORS:
            self.damage = "its report has fields of the wrong kind"
        return self.damage

    @property
    def kind(self) -> str:
        """ "audio" for a recording, "text" for a written draft."""
        return self.report.transcript.kind

    @property
    def has_audio(self) -> bool:
        """Whether the answer's audio file is there to play."""
        return self.audio_path is not None and self.audio_path.is_file()

    def check(self, check_id: str) -> Check | None:
        """The report's check with this id, or None when the report has no such check."""
        return next((c for c in self.report.checks if c.id == check_id), None)

    @property
    def answer_s(self) -> float | None:
        """Length of the answer in seconds: the spoken span, or the estimate for a draft."""
        from ..report.schema import length_s

        return length_s(self.report)

    @property
    def wpm(self) -> float | None:
        """Words per minute over the answer span; None for a draft."""
        return self.report.timing.wpm if self.report.timing is not None else None

    @property
    def fillers_per_minute(self) -> float | None:
        return self.report.fillers_per_minute

    @property
    def filler_count(self) -> int:
        return len(self.report.fillers)

    @property
    def i_share(self) -> float | None:
        """Fraction of first-person pronouns that are "I" (as the JSON rounds it); None when
        there are none."""
        from ..report.schema import i_share

        return i_share(self.report)

    def _shares(self, *labels: str) -> float:
        """Combined share of some STAR parts, rounded as the JSON rounds one."""
        return round(sum(self.report.shares[label]["share"] or 0.0 for label in labels), 3)

    @property
    def setup_share(self) -> float | None:
        """Share of the answer spent on Situation and Task."""
        return self._shares("situation", "task")

    @property
    def action_result_share(self) -> float | None:
        """Share of the answer spent on Action, Result and Learning: the guide's "STAR balance"."""
        return self._shares("action", "result", "learning")

    @property
    def checks_passed(self) -> int:
        return sum(1 for c in self.report.checks if c.status == "pass")

    @property
    def checks_total(self) -> int:
        return len(self.report.checks)

    @property
    def checks_share(self) -> float | None:
        """Fraction of the checks passed; None when nothing was graded."""
        return self.checks_passed / self.checks_total if self.checks_total else None

    def metrics(self) -> dict:
        """The key numbers of the attempt, as `history --json` lists them."""
        return {
            "answer_s": self.answer_s,
            "wpm": self.wpm,
            "fillers": self.filler_count,
            "fillers_per_minute": self.fillers_per_minute,
            "i_share": self.i_share,
            "setup_share": self.setup_share,
            "action_result_share": self.action_result_share,
            "checks_passed": self.checks_passed,
            "checks_total": self.checks_total,
        }
