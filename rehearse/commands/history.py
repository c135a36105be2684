"""`rehearse history` (transitional: the attempt commands are still in rehearse/history.py)."""


def add_parser(sub) -> None:
    """Add history, replay, report, compare, stories and forget to the CLI."""
    from ..history import add_commands

    add_commands(sub)
