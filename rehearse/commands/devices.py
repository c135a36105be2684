"""`rehearse devices`: the input devices `practice --device` can record from."""

from __future__ import annotations

from ..errors import EXIT_OK, RehearseError


def add_parser(sub) -> None:
    """Add `devices` to the CLI."""
    d = sub.add_parser("devices", help="list the input devices (for practice --device)")
    d.set_defaults(func=run)


def run(args, guide, out, err) -> int:
    """List the devices that can record."""
    from rich.table import Table

    from ..live.sources import input_devices

    devices = input_devices()
    if not devices:
        raise RehearseError(
            "no input device found: connect a microphone, or practise with a recording: --input FILE"
        )
    table = Table(title="Input devices (* = default)")
    for column in ("", "index", "name", "host API", "channels", "default rate"):
        table.add_column(column)
    for d in devices:
        table.add_row(
            "*" if d.default else "",
            str(d.index),
            d.name,
            d.hostapi,
            str(d.channels),
            f"{d.default_rate:.0f} Hz",
        )
    out.print(table)
    return EXIT_OK
