"""`rehearse practice` (transitional: still registered by rehearse/practice.py)."""


def add_parser(sub) -> None:
    """Add `practice` and `devices` to the CLI."""
    from ..practice import add_commands

    add_commands(sub)
