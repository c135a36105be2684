"""The one exception type the CLI turns into a one-line message, and the exit statuses."""

EXIT_OK = 0
EXIT_BAD_INPUT = 2  # a RehearseError: bad input or a fault, said in one line
EXIT_INTERRUPTED = 130  # the shell's status for Ctrl-C (128 + SIGINT)


class RehearseError(Exception):
    """A problem with the user's input or environment, phrased as what is wrong and what to do."""
