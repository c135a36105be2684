"""How each check status and STAR part is coloured: rich styles for the terminal, CSS for HTML."""

from __future__ import annotations

# rich styles, for the report, history, compare and replay in the terminal.
STATUS_STYLE = {"pass": "green", "warn": "yellow", "fail": "red"}
LABEL_STYLE = {
    "situation": "cyan",
    "task": "blue",
    "action": "green",
    "result": "magenta",
    "learning": "yellow",
}

# CSS colours, for the HTML page: darker than the terminal's, to read on white.
STATUS_COLOR = {"pass": "#15803d", "warn": "#b45309", "fail": "#b91c1c"}
LABEL_COLOR = {
    "situation": "#0e7490",
    "task": "#1d4ed8",
    "action": "#15803d",
    "result": "#a21caf",
    "learning": "#b45309",
}
