"""Show and keep a Report: its JSON document, the terminal page, the HTML page, the replay timeline.

schema.py turns a Report into the JSON document and back (every stored version), terminal.py
prints it, html.py writes an attempt as a page, timeline.py walks it word by word for replay and
styles.py colours all of them. Names are loaded on first use, so that importing the styles (as the
command modules do at start-up) does not load the analysis.
"""

from __future__ import annotations

import importlib

_EXPORTS = {
    "SCHEMA_VERSION": "schema",
    "from_dict": "schema",
    "to_dict": "schema",
    "render": "terminal",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    """to_dict, from_dict, render and SCHEMA_VERSION, imported from their module when asked for."""
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
