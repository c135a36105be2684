"""A PulseAudio virtual microphone, so tests drive the real PortAudio capture path without a sound card.

The recipe is ../shared/notes/virtual-mic.md: a null sink `vsink` whose monitor is the default
source, read at low latency through a loopback into a second null sink (without that reader a null
sink renders in 2 s lumps and PortAudio garbles the audio). Whatever is played into `vsink` with
`paplay` is what `sounddevice` records from the `default` device. Every daemon lives in its own
XDG_RUNTIME_DIR, so tests never touch another user's sound server; processes that should see it
get the returned environment. Start the daemon before importing sounddevice: PortAudio lists the
devices once, at import.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SCRIPT = """\
load-module module-native-protocol-unix auth-anonymous=1
load-module module-null-sink sink_name=vsink rate=16000 channels=1
load-module module-null-sink sink_name=kadump rate=16000 channels=1
load-module module-loopback source=vsink.monitor sink=kadump latency_msec=60 source_dont_move=true sink_dont_move=true
set-default-sink vsink
set-default-source vsink.monitor
suspend-sink vsink 1
suspend-sink vsink 0
suspend-sink kadump 1
suspend-sink kadump 0
"""
READY_LATENCY_US = 50_000  # vsink renders at low latency once the loopback reads it
START_TIMEOUT_S = 15.0
SKIP_REASON = (
    "pulseaudio is not installed (apt-get install pulseaudio pulseaudio-utils "
    "libasound2-plugins libportaudio2; .ci/run installs them)"
)


def available() -> bool:
    """Whether the daemon and its tools are installed."""
    return all(shutil.which(tool) for tool in ("pulseaudio", "pactl", "paplay"))


def _ready(env: dict) -> bool:
    """vsink exists and renders at low latency."""
    out = subprocess.run(
        ["pactl", "list", "sinks"], env=env, capture_output=True, text=True, timeout=10
    ).stdout
    for block in out.split("Sink #"):
        if "Name: vsink" in block:
            for line in block.splitlines():
                if line.strip().startswith("Latency:"):
                    return int(line.split()[1]) < READY_LATENCY_US
    return False


@contextmanager
def virtual_mic(folder: Path) -> Iterator[dict[str, str]]:
    """Run a PulseAudio daemon with the virtual microphone; yield the environment that reaches it."""
    runtime = folder / "xdg"
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    script = folder / "vmic.pa"
    script.write_text(SCRIPT)
    extra = {"XDG_RUNTIME_DIR": str(runtime)}
    env = {**os.environ, **extra}
    subprocess.run(
        [
            "pulseaudio",
            "--daemonize=yes",
            "--system=false",
            "--exit-idle-time=-1",
            "-n",
            "-F",
            str(script),
            f"--log-target=file:{folder / 'pulse.log'}",
        ],
        env=env,
        check=True,
        timeout=START_TIMEOUT_S,
    )
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while not _ready(env):
            if time.monotonic() > deadline:
                raise RuntimeError(f"PulseAudio did not get ready; see {folder / 'pulse.log'}")
            time.sleep(0.05)
        yield extra
    finally:
        stop(extra)


def stop(extra: dict[str, str], sig: int = signal.SIGTERM) -> None:
    """Stop the daemon (SIGTERM is a clean shutdown; SIGKILL simulates a crashed sound server)."""
    pid_file = Path(extra["XDG_RUNTIME_DIR"]) / "pulse" / "pid"
    try:
        pid = int(pid_file.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return
    try:
        os.kill(pid, sig)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)


def play(path: Path, extra: dict[str, str]) -> subprocess.Popen:
    """Play a file into the virtual microphone, in the background."""
    return subprocess.Popen(
        ["paplay", "--device=vsink", str(path)],
        env={**os.environ, **extra},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
