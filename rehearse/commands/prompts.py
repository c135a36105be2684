"""`rehearse prompts`: list the guide's prompts, their ids and principles."""

from __future__ import annotations

import json


def add_parser(sub) -> None:
    """Add `prompts` to the CLI."""
    p = sub.add_parser("prompts", help="list the seven prompts, their ids and principles")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=run)


def run(args, guide, out, err) -> None:
    """List the prompts."""
    if args.json:
        data = [
            {"id": p.id, "text": p.text, "principles": list(p.principles), "tips": list(p.tips)}
            for p in guide.prompts
        ]
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return
    from rich.table import Table

    table = Table(title="Prompts (from the interview guide)")
    table.add_column("id", style="bold")
    table.add_column("prompt")
    table.add_column("principles", style="dim")
    for p in guide.prompts:
        table.add_row(p.id, p.text, ", ".join(p.principles))
    out.print(table)
