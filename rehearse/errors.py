"""The one exception type the CLI turns into a one-line message and exit status 2."""


class RehearseError(Exception):
    """A problem with the user's input or environment, phrased as what is wrong and what to do."""
