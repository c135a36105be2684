"""Playing an attempt's audio and reading the keys that steer it.

`Player` feeds samples to a sounddevice output callback and can pause and seek from the main
thread; `Keys` reads single keypresses from the terminal. Nothing heavy is imported here:
the caller opens the sounddevice stream.
"""

from __future__ import annotations

import time


class Player:
    """Feeds int16 samples to a sounddevice callback; pause and seek from the main thread."""

    def __init__(self, samples, rate: int, start_s: float):
        import threading

        self.samples = samples
        self.rate = rate
        self.position = min(int(start_s * rate), len(samples))
        self.paused = False
        self.finished = threading.Event()
        self._lock = threading.Lock()

    def callback(self, outdata, frames, time_info, status) -> None:
        """Copy the next frames out, or silence while paused."""
        with self._lock:
            if self.paused:
                outdata.fill(0)
                return
            chunk = self.samples[self.position : self.position + frames]
            outdata[: len(chunk), 0] = chunk
            outdata[len(chunk) :] = 0
            self.position += len(chunk)
            if self.position >= len(self.samples):
                self.finished.set()

    @property
    def seconds(self) -> float:
        """Where playback is, in seconds from the start of the audio."""
        return self.position / self.rate

    def seek(self, seconds: float) -> None:
        """Move to a time, clamped to the audio; a seek back from the end plays again."""
        with self._lock:
            self.position = max(0, min(int(seconds * self.rate), len(self.samples)))
            if self.position < len(self.samples):
                self.finished.clear()

    def toggle(self) -> None:
        """Pause, or play on."""
        with self._lock:
            self.paused = not self.paused


class Keys:
    """Single keypresses from a terminal (cbreak mode, restored on exit); none from a pipe."""

    ARROWS = {"\x1b[C": "right", "\x1b[D": "left", "\x1bOC": "right", "\x1bOD": "left"}

    def __init__(self):
        import sys

        self.fd = sys.stdin.fileno() if sys.stdin and sys.stdin.isatty() else None
        self._saved = None

    def __enter__(self) -> Keys:
        """Put the terminal in cbreak mode, keys arriving one by one without Enter."""
        if self.fd is not None:
            import termios
            import tty

            self._saved = termios.tcgetattr(self.fd)
            tty.setcbreak(self.fd)
        return self

    def __exit__(self, *exc) -> None:
        """Give the terminal back its saved settings."""
        if self._saved is not None:
            import termios

            termios.tcsetattr(self.fd, termios.TCSADRAIN, self._saved)

    def read(self, timeout: float) -> list[str]:
        """The keys pressed within timeout seconds: "space", "left", "right", or the character."""
        import os
        import select

        if self.fd is None:
            time.sleep(timeout)
            return []
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return []
        data = os.read(self.fd, 64).decode("utf-8", "replace")
        keys = []
        while data:
            for sequence, name in self.ARROWS.items():
                if data.startswith(sequence):
                    keys.append(name)
                    data = data[len(sequence) :]
                    break
            else:
                keys.append("space" if data[0] == " " else data[0].lower())
                data = data[1:]
        return keys
