"""The HTML progress charts: one prompt and one kind, up to the attempt shown, against the band."""

from __future__ import annotations

import re

import real_reports

from rehearse.report import charts
from rehearse.store import Attempt


def _attempt(i: int, created: float, data: dict) -> Attempt:
    return Attempt(i, created, "deadline", None, None, None, data)


def test_a_chart_shows_the_attempts_up_to_this_one_of_its_own_kind(guide):
    spoken = real_reports.balanced()
    faster = real_reports.balanced()
    faster["timing"]["wpm"] = 190.0
    history = [
        _attempt(1, 100, real_reports.draft()),
        _attempt(2, 200, spoken),
        _attempt(3, 300, real_reports.draft(real_reports.DRAFT_WE)),
        _attempt(5, 500, faster),
        _attempt(7, 700, spoken),
    ]
    page = charts.progress(history[3], history, guide)
    assert "(2 spoken attempts, oldest to newest)" in page
    labels = set(re.findall(r">#(\d+)</text>", page))
    assert labels == {"2", "5"}  # not the drafts, not attempt 7 (after this one)
    drafts = charts.progress(history[2], history, guide)
    assert "(2 drafts, oldest to newest)" in drafts
    assert set(re.findall(r">#(\d+)</text>", drafts)) == {"1", "3"}
    assert charts.progress(history[1], history, guide) == ""  # the first spoken: nothing yet


def test_the_band_is_the_guides_target_and_the_axis_holds_it(guide):
    slow, fast = real_reports.balanced(), real_reports.balanced()
    slow["timing"]["wpm"], fast["timing"]["wpm"] = 150.0, 160.0
    history = [_attempt(1, 100, slow), _attempt(2, 200, fast)]
    page = charts.progress(history[1], history, guide)
    wpm = next(f for f in page.split("<figure")[1:] if "<b>wpm</b>" in f)
    # The y axis reaches down to the band's 100 wpm though both values are above 150.
    ticks = [int(t) for t in re.findall(r'text-anchor="end">(\d+)</text>', wpm)]
    assert min(ticks) <= guide.targets["pace_wpm"].pass_min
    band = re.search(r'<rect class="band" x="\d+" y="([\d.]+)" width="\d+" height="([\d.]+)"', wpm)
    assert band and float(band.group(2)) > 0
    assert "in the band is good" in wpm
    share = next(f for f in page.split("<figure")[1:] if "<b>I-share</b>" in f)
    assert re.findall(r'text-anchor="end">([^<]+)</text>', share) == ["0%", "100%"]
