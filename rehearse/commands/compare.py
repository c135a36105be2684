"""`rehearse compare` (transitional: registered by rehearse/commands/history.py for now)."""


def add_parser(sub) -> None:
    """Registered with `history` for now."""
