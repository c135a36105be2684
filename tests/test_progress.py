"""Progress that motivates and less friction (issue 11, items 5 and 6), through the real CLI:
drafts kept out of spoken trends, "better" judged against the target, `compare` with no ids,
`report` without --html and with --open, and every terminal view within 80 columns."""

from __future__ import annotations

import re
import stat
from pathlib import Path

import real_reports
from test_history import DAY, T0, _row, assert_one_line_error, cli, populate

from rehearse.store import Store

NARROW = {"COLUMNS": "80"}
NO_BROWSER = {"DISPLAY": "", "WAYLAND_DISPLAY": "", "TERM": ""}  # only $BROWSER is tried


def test_a_draft_saved_after_a_recording_is_not_a_step_back(tmp_path):
    """The issue: after one written draft the deadline trend showed every metric "↓ worse" and
    "checks 9/9 → 2/6"."""
    root = tmp_path / "data"
    report = real_reports.balanced()
    with Store(root) as s:
        recording = s.save(report, real_reports.BALANCED, "deadline", "vendor", "tiny.en", T0)
        draft = s.save(
            real_reports.draft(real_reports.DRAFT_WE), None, "deadline", "vendor", None, T0 + DAY
        )
    passed = sum(c["status"] == "pass" for c in report["checks"])
    checks = f"{passed}/{len(report['checks'])}"

    result = cli(root, "history")
    assert result.returncode == 0, result.stderr
    progress = result.stdout.split("Progress:")[1].split("Personal bests")[0]
    spoken, drafts = _row(progress, "deadline"), _row(progress, "deadline (drafts)")
    assert spoken[1] == drafts[1] == "1"  # one attempt each: no arrow, no "worse"
    assert spoken[-1] == checks
    assert not set("↑↓→") & set("".join(spoken + drafts))

    result = cli(root, "history", "--prompt", "deadline")
    assert result.returncode == 0, result.stderr
    assert "worse" not in result.stdout
    spoken = result.stdout.split("Trend of the spoken answers")[1].split("Checks passed")[0]
    assert _row(spoken, "checks")[1:4] == ["▄", checks, checks]  # first and latest: the recording
    assert "Trend of the written drafts" in result.stdout
    # The draft's row in the attempts table carries no change from the recording.
    table = result.stdout.split("Trend of")[0]
    draft_line = next(
        i for i, line in enumerate(table.splitlines()) if line.split()[:1] == [str(draft)]
    )
    assert not re.search(r"[+-]\d", table.splitlines()[draft_line + 1])

    # compare with no ids: the latest two of the prompt, a draft against a recording, said so.
    result = cli(root, "compare")
    assert result.returncode == 0, result.stderr
    assert f"Attempt {recording} (" in result.stdout and f"→ attempt {draft} (" in result.stdout
    assert "a written draft and a recording" in result.stdout


def _saved_with_fillers(store, per_minute: float, created: float) -> int:
    """The balanced recording saved again with another filler rate."""
    report = real_reports.balanced()
    report["fillers"]["per_minute"] = per_minute
    return store.save(report, real_reports.BALANCED, "deadline", None, "tiny.en", created)


def test_compare_without_ids_takes_the_last_two_of_a_prompt_and_judges_by_the_target(tmp_path):
    root = tmp_path / "data"
    assert_one_line_error(cli(root, "compare"), "no prompt has two attempts to compare yet")
    rate = real_reports.balanced()["fillers"]["per_minute"]
    assert 1.7 < rate <= 3.0  # the "fill/min 1.7 → 2.7", both within ≤ 3 /min
    with Store(root) as s:
        first = _saved_with_fillers(s, 1.7, T0)
        second = _saved_with_fillers(s, rate, T0 + DAY)
        # The newest attempt is the first at its prompt: compare goes back to one that has a pair.
        failure = s.save(
            real_reports.draft(prompt_id="failure"), None, "failure", None, None, T0 + 2 * DAY
        )
    for args in ((), (str(second),), (str(first), str(second))):
        result = cli(root, "compare", *args)
        assert result.returncode == 0, result.stderr
        out = result.stdout
        assert f"Attempt {first} (" in out and f"→ attempt {second} (" in out, args
        fillers = _row(out, "fill/min")
        assert fillers[1:] == ["1.7", f"{rate:.1f}", f"+{rate - 1.7:.1f}", "in target", "≤ 3 /min"]
        assert "Worse: nothing" in out
        assert "Changed within the target: fill/min" in out
    assert_one_line_error(
        cli(root, "compare", str(first)), f"attempt {first} is the first at deadline"
    )
    assert_one_line_error(cli(root, "compare", str(failure)), "is the first at failure")


def test_report_without_html_writes_to_the_data_dir_and_open_calls_the_browser(tmp_path):
    root = tmp_path / "data"
    ids = populate(root)
    opened = tmp_path / "opened.txt"
    browser = tmp_path / "browser.sh"
    browser.write_text(f'#!/bin/sh\necho "$1" >> "{opened}"\n')
    browser.chmod(browser.stat().st_mode | stat.S_IXUSR)

    result = cli(root, "report", str(ids["recording"]))
    assert result.returncode == 0, result.stderr
    page = root / "reports" / f"attempt-{ids['recording']}.html"
    assert f"wrote {page} (" in result.stdout
    assert "data:audio/flac;base64," in page.read_text()
    assert not opened.exists()  # no --open, no browser

    env = {**NO_BROWSER, "BROWSER": str(browser)}
    result = cli(root, "report", str(ids["i_draft"]), "--open", env=env)
    assert result.returncode == 0, result.stderr
    draft_page = root / "reports" / f"attempt-{ids['i_draft']}.html"
    assert draft_page.is_file()
    assert opened.read_text().split() == [draft_page.resolve().as_uri()]

    # --html still wins; a browser that cannot start is a warning, the page is written.
    elsewhere = tmp_path / "mine.html"
    env = {**NO_BROWSER, "BROWSER": str(tmp_path / "no-such-browser"), "PATH": ""}
    result = cli(root, "report", str(ids["i_draft"]), "--html", str(elsewhere), "--open", env=env)
    assert result.returncode == 0, result.stderr
    assert elsewhere.is_file() and f"wrote {elsewhere}" in result.stdout
    assert (
        result.stderr.strip()
        == f"rehearse: could not open a web browser: open {elsewhere} yourself"
    )


def _narrow_store(root: Path) -> dict[str, int]:
    """The four attempts of test_history plus one told with a long story id at the prompt
    with the longest id, and a story bank with long ids and titles."""
    ids = populate(root)
    long_story = "checkout-timeouts-at-peak-traffic-in-the-holiday-season"
    with Store(root) as s:
        ids["long"] = s.save(
            real_reports.draft(prompt_id="above-and-beyond"),
            None,
            "above-and-beyond",
            long_story,
            None,
            T0 + 4 * DAY,
        )
    result = cli(
        root, "stories", "add", "--id", long_story,
        "--title", "Checkout timeouts at peak traffic in the holiday season, fixed in two weeks",
        "--situation", "s", "--task", "t", "--action", "a", "--result", "r",
        "--prompt", "above-and-beyond", "--prompt", "tight-deadline", "--prompt", "simple-solution",
        "--prompt", "proudest", "--prompt", "deadline", "--metric", "p99 2.3% -> 0.2%",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return ids


def test_every_terminal_view_fits_80_columns_without_a_truncated_cell(tmp_path):
    root = tmp_path / "data"
    ids = _narrow_store(root)
    views = [
        ["history"],
        ["history", "--prompt", "deadline"],
        ["history", "--prompt", "above-and-beyond"],
        ["compare"],
        ["compare", str(ids["we_draft"]), str(ids["recording"])],
        ["stories"],
    ]
    for args in views:
        result = cli(root, *args, env=NARROW)
        assert result.returncode == 0, (args, result.stderr)
        out = result.stdout
        assert "…" not in out, (args, out)
        too_long = [line for line in out.splitlines() if len(line) > 80]
        assert not too_long, (args, too_long)
    # Nothing dropped to fit: every metric is a column of the attempts table at 80 columns.
    out = cli(root, "history", env=NARROW).stdout
    header = next(line for line in out.splitlines() if line.split()[:2] == ["id", "when"])
    assert header.split()[2:] == ["prompt", "length", "wpm", "fill/min", "I-share", "A+R", "checks"]
