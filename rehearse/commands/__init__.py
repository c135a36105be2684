"""One module per verb of the `rehearse` command, each with `add_parser(sub)` and `run(...)`.

`add_parser(sub)` adds the verb to the argparse subparsers and sets `func=run`;
`run(args, guide, out, err)` does the work and returns an exit status (None means 0).
Modules import nothing heavy at the top, so `rehearse --help` stays fast.
"""

COMMANDS = (
    "prompts",
    "analyze",
    "practice",
    "interview",
    "devices",
    "history",
    "replay",
    "report",
    "compare",
    "stories",
    "forget",
    "doctor",
)
