"""`rehearse devices` (transitional: still registered by rehearse/practice.py)."""


def add_parser(sub) -> None:
    """Registered with `practice` for now."""
