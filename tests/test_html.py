"""The HTML report in a real headless Chromium: click a word, the audio seeks to it.

Chromium is driven over the DevTools protocol on a pipe (--remote-debugging-pipe: commands on fd 3,
replies on fd 4, each a JSON message ending in a NUL byte), so the test needs nothing but the
Debian `chromium` package and the standard library.
"""

from __future__ import annotations

import base64
import json
import os
import re
import select
import shutil
import subprocess
import time
from pathlib import Path

import pytest
import real_reports
from conftest import run_cli

from rehearse.store import Store

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"  # screenshots, kept
MIN_TEXT_PX = 9  # chart labels smaller than this cannot be read on a phone
SEEK_TOLERANCE_S = 0.05
PROTOCOL_TIMEOUT_S = 30.0
VIEWPORT = (1100, 900)  # px: a laptop-sized window


class Chromium:
    """A headless Chromium and one page in it, driven over the DevTools protocol."""

    def __init__(self, profile: Path, log: Path):
        commands_read, self._commands = os.pipe()
        self._replies, replies_write = os.pipe()

        def child_fds():  # Chromium expects the pipe on fds 3 and 4 exactly
            os.dup2(commands_read, 3)
            os.dup2(replies_write, 4)

        self.process = subprocess.Popen(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--autoplay-policy=no-user-gesture-required",
                f"--user-data-dir={profile}",
                "--remote-debugging-pipe",
                "about:blank",
            ],
            pass_fds=(3, 4),
            preexec_fn=child_fds,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=open(log, "wb"),  # noqa: SIM115 - the child owns it
        )
        os.close(commands_read)
        os.close(replies_write)
        self._buffer = b""
        self._next_id = 0
        self.session = None
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})[
            "sessionId"
        ]
        self.viewport(*VIEWPORT)

    def send(self, method: str, params: dict | None = None) -> dict:
        """Send one command and return its result; an error or a silence fails the test."""
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params or {}}
        if self.session is not None:
            message["sessionId"] = self.session
        os.write(self._commands, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + PROTOCOL_TIMEOUT_S
        while True:
            while b"\0" not in self._buffer:
                left = deadline - time.monotonic()
                ready, _, _ = select.select([self._replies], [], [], max(left, 0))
                if not ready:
                    raise AssertionError(f"Chromium did not answer {method} in time")
                chunk = os.read(self._replies, 1 << 16)
                if not chunk:
                    raise AssertionError(f"Chromium exited during {method}")
                self._buffer += chunk
            raw, self._buffer = self._buffer.split(b"\0", 1)
            reply = json.loads(raw)
            if reply.get("id") == self._next_id:  # anything else is an event
                if "error" in reply:
                    raise AssertionError(f"{method}: {reply['error']}")
                return reply["result"]

    def js(self, expression: str):
        """Evaluate JavaScript in the page (awaiting a promise) and return its value."""
        result = self.send(
            "Runtime.evaluate",
            {"expression": expression, "awaitPromise": True, "returnByValue": True},
        )
        if "exceptionDetails" in result:
            raise AssertionError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 15.0):
        """Poll until the expression is truthy; return its value."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.js(expression)
            if value:
                return value
            time.sleep(0.05)
        raise AssertionError(f"timed out waiting for {expression}")

    def click(self, selector: str) -> dict:
        """A real mouse click in the middle of the element; returns its box."""
        box = self.js(
            f"(() => {{ const e = document.querySelector({json.dumps(selector)}); "
            "e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect(); "
            "return {x: r.x + r.width / 2, y: r.y + r.height / 2, w: r.width, h: r.height}; })()"
        )
        for kind in ("mousePressed", "mouseReleased"):
            self.send(
                "Input.dispatchMouseEvent",
                {"type": kind, "x": box["x"], "y": box["y"], "button": "left", "clickCount": 1},
            )
        return box

    def key(self, key: str) -> None:
        """Press and release one printable key."""
        for kind in ("keyDown", "keyUp"):
            self.send("Input.dispatchKeyEvent", {"type": kind, "key": key, "text": key})

    def viewport(self, width: int, height: int, mobile: bool = False) -> None:
        """Resize the page's window (a phone's when mobile)."""
        self.width = width
        self.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile},
        )

    def screenshot(self, path: Path) -> None:
        """The whole page, not only the viewport, as a PNG."""
        size = self.send("Page.getLayoutMetrics")["cssContentSize"]
        shot = self.send(
            "Page.captureScreenshot",
            {
                "format": "png",
                "captureBeyondViewport": True,
                "clip": {
                    "x": 0,
                    "y": 0,
                    "width": self.width,
                    "height": size["height"],
                    "scale": 1,
                },
            },
        )
        path.write_bytes(base64.b64decode(shot["data"]))

    def close(self) -> None:
        try:
            self.session = None
            self.send("Browser.close")
            self.process.wait(timeout=10)
        except (AssertionError, subprocess.TimeoutExpired, OSError):
            self.process.kill()
            self.process.wait()
        finally:
            os.close(self._commands)
            os.close(self._replies)


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    """The HTML report of the third of three stored attempts, written by the real CLI."""
    data = tmp_path_factory.mktemp("data")
    report = real_reports.balanced()
    with Store(data) as store:
        store.save(real_reports.draft(), None, "deadline", None, None, created=1_700_000_000)
        store.save(
            real_reports.draft(real_reports.DRAFT_WE), None, "deadline", None, None, 1_700_100_000
        )
        # An earlier spoken attempt, so the page has progress to chart (drafts chart apart).
        earlier = real_reports.balanced()
        earlier["fillers"]["per_minute"] = 4.5
        store.save(earlier, real_reports.BALANCED, "deadline", None, "tiny.en", 1_700_150_000)
        attempt_id = store.save(
            report,
            real_reports.BALANCED,
            "deadline",
            "vendor-rate-limits",
            "tiny.en",
            1_700_200_000,
        )
    out = tmp_path_factory.mktemp("html") / "attempt.html"
    result = run_cli("report", str(attempt_id), "--html", str(out), "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert f"wrote {out}" in result.stdout
    return out, report


@pytest.fixture(scope="module")
def browser(page, tmp_path_factory):
    assert CHROMIUM, "headless Chromium is needed: apt-get install chromium (.ci/run does)"
    folder = tmp_path_factory.mktemp("chromium")
    chromium = Chromium(folder / "profile", folder / "chromium.log")
    chromium.send("Page.enable")
    chromium.send("Page.navigate", {"url": page[0].as_uri()})
    chromium.wait_for("document.readyState === 'complete'")
    # HAVE_METADATA: the embedded FLAC has been decoded far enough to know its length and seek.
    chromium.wait_for("document.getElementById('player').readyState >= 1")
    yield chromium
    chromium.close()


def test_page_is_self_contained_with_the_audio_embedded(page):
    out, report = page
    text = out.read_text(encoding="utf-8")
    assert re.search(r'<audio id="player"[^>]* src="data:audio/flac;base64,', text)
    # Nothing is fetched from elsewhere: no external script, style, image or link.
    assert not re.search(r'(?:src|href)="(?!data:)', text)
    assert "http://" not in text and "https://" not in text
    assert len(re.findall(r'class="w(?: filler)?" data-i=', text)) == len(
        report["transcript"]["words"]
    )
    assert len(re.findall(r'class="w filler" data-i=', text)) == report["fillers"]["count"] > 0


def test_the_audio_plays_in_chromium(browser, page):
    _, report = page
    assert browser.js("document.getElementById('player').canPlayType('audio/flac')") == "probably"
    duration = browser.js("document.getElementById('player').duration")
    assert abs(duration - report["source"]["duration_s"]) < 0.1
    assert browser.js("document.getElementById('player').error") is None


def test_clicking_a_word_seeks_the_audio_to_its_start(browser, page, tmp_path_factory):
    _, report = page
    words = report["transcript"]["words"]
    index = next(i for i, w in enumerate(words) if w["text"].startswith("Batching"))
    browser.js(
        "(() => { window.seeks = []; const player = document.getElementById('player'); "
        "player.addEventListener('seeked', () => window.seeks.push(player.currentTime)); })()"
    )
    before = browser.js("document.getElementById('player').currentTime")
    assert abs(before - words[index]["start"]) > 10  # the click has somewhere to move it to
    browser.click(f'.w[data-i="{index}"]')
    seeked = browser.wait_for("window.seeks.length && window.seeks[0]")
    assert abs(seeked - words[index]["start"]) <= SEEK_TOLERANCE_S
    now = browser.js("document.getElementById('player').currentTime")
    assert words[index]["start"] - SEEK_TOLERANCE_S <= now < words[index]["start"] + 2.0
    # The clicked word is the one lit, and playback started from it.
    lit = browser.wait_for(
        "document.querySelector('.w.now') && document.querySelector('.w.now').dataset.i"
    )
    assert int(lit) in (index, index + 1, index + 2)
    assert browser.js("document.getElementById('player').paused") is False

    shot = tmp_path_factory.mktemp("screenshot") / "report.png"
    browser.js("document.getElementById('player').pause()")
    browser.js("window.scrollTo(0, 0)")
    browser.screenshot(shot)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    print(f"\nscreenshot of the HTML report: {shot}")


def test_star_parts_pauses_and_keys_seek_too(browser, page):
    _, report = page
    result = next(s for s in report["star"]["sentences"] if s["label"] == "result")
    browser.js("window.seeks = []")
    browser.click(f'.seg[data-start="{result["start"]:.3f}"]')
    assert abs(browser.wait_for("window.seeks.length && window.seeks[0]") - result["start"]) <= 0.05

    long_pause = next(p for p in report["timing"]["pauses"] if p["end"] - p["start"] >= 2.0)
    browser.js("window.seeks = []")
    browser.click(".pause.long")
    seeked = browser.wait_for("window.seeks.length && window.seeks[0]")
    assert abs(seeked - long_pause["start"]) <= SEEK_TOLERANCE_S

    # "f" jumps to the next filler after the current position: from 30 s that is the "um" at 1:23.
    browser.js("window.seeks = []; document.getElementById('player').pause()")
    browser.js("document.getElementById('player').currentTime = 30")
    assert browser.wait_for("window.seeks.length && window.seeks[0]") == 30
    browser.js("window.seeks = []")
    browser.key("f")
    seeked = browser.wait_for("window.seeks.length && window.seeks[0]")
    following = min(f["start"] for f in report["fillers"]["items"] if f["start"] > 30)
    assert abs(seeked - following) <= SEEK_TOLERANCE_S


def test_page_shows_star_seconds_pace_checks_and_progress(browser, page):
    _, report = page
    legend = browser.js("document.querySelector('.legend').innerText")
    for label, seconds in report["star"]["seconds"].items():
        assert f"{label} {seconds:.1f} s" in legend
    points = browser.js("document.querySelector('#pace polyline').getAttribute('points')")
    assert len(points.split()) == len(report["timing"]["pace"])
    assert browser.js("document.querySelectorAll('table.checks tbody tr').length") == len(
        report["checks"]
    )
    heading = browser.js(
        "Array.from(document.querySelectorAll('h2')).map(h => h.innerText).join('|')"
    )
    assert "Progress on this prompt (2 spoken attempts, oldest to newest)" in heading
    # One chart per metric, each with a dot per attempt, the shown attempt ringed last.
    assert browser.js("document.querySelectorAll('#progress .spark').length") == 6
    rings = browser.js("document.querySelectorAll('#progress .spark circle.this').length")
    assert rings == 6
    # Axes, the guide's band (every metric but "checks", which has no target) and the good way.
    assert browser.js("document.querySelectorAll('#progress .spark line.axis').length") == 12
    assert browser.js("document.querySelectorAll('#progress .spark rect.band').length") == 5
    captions = browser.js(
        "Array.from(document.querySelectorAll('#progress .spark figcaption')).map(f => f.innerText)"
    )
    assert any(c.startswith("fill/min 4.5 → ") and "lower is better" in c for c in captions)
    # Delivery: a pitch and a loudness chart, a dot per sentence.
    assert browser.js("document.querySelectorAll('#delivery .spark').length") == 2
    dots = browser.js("document.querySelectorAll('#delivery circle').length")
    assert dots >= 2 * len(report["star"]["sentences"]) - 2  # a sentence may have no voiced word


# Every element's right edge, beyond the window's width: what would scroll the page sideways.
OVERFLOW_JS = """Array.from(document.querySelectorAll('body *'))
  .filter(e => !e.closest('.chart'))
  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
  .map(e => e.tagName.toLowerCase() + '.' + e.className).slice(0, 8)"""
SMALLEST_TEXT_JS = """Math.min(...Array.from(document.querySelectorAll('svg text'))
  .map(t => t.getBoundingClientRect().height).filter(h => h > 0))"""


@pytest.mark.parametrize(("width", "height", "mobile"), [(1280, 900, False), (390, 844, True)])
def test_the_page_fits_a_laptop_and_a_phone(browser, width, height, mobile):
    browser.viewport(width, height, mobile)
    try:
        browser.js("window.scrollTo(0, 0)")
        assert browser.js("document.documentElement.scrollWidth") <= width
        assert browser.js(OVERFLOW_JS) == []
        # Checks and rubric read as cards on a phone, as a table on a laptop.
        display = browser.js("getComputedStyle(document.querySelector('.checks tr')).display")
        assert display == ("block" if mobile else "table-row")
        assert browser.js(SMALLEST_TEXT_JS) >= MIN_TEXT_PX
        # The first fix is the first thing under the title.
        order = browser.js(
            "Array.from(document.querySelectorAll('h2')).map(h => h.innerText).slice(0, 2)"
        )
        assert order[0].startswith("First fix: ") and order[1] == "Next time"
        ARTIFACTS.mkdir(exist_ok=True)
        shot = ARTIFACTS / f"report-{width}px.png"
        browser.screenshot(shot)
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        print(f"\nscreenshot at {width} px: {shot}")
    finally:
        browser.viewport(*VIEWPORT)
