"""`rehearse stories`: the story bank, which prompts each story serves, and what it lacks."""

from __future__ import annotations

from pathlib import Path

from .. import views
from ._common import data_dir_parent, open_store

WIDE_MATRIX_COLUMNS = 110  # the story matrix heads its columns with prompt ids from this width


def add_parser(sub) -> None:
    """Add `stories` to the CLI."""
    s = sub.add_parser(
        "stories",
        parents=[data_dir_parent()],
        help="the story bank and its coverage of the prompts",
    )
    s.add_argument(
        "--file", metavar="FILE", help="the stories file (default: DATA_DIR/stories.yaml)"
    )
    s.add_argument("--init", action="store_true", help="start a stories file from a template")
    s.set_defaults(func=run)


def run(args, guide, out, err) -> None:
    """The story bank: which prompts each story serves, how often it was practised, and the gaps."""
    from rich.text import Text

    from ..guide import stories
    from ..store import data_dir

    path = (
        Path(args.file).expanduser() if args.file else stories.default_path(data_dir(args.data_dir))
    )
    if args.init:
        stories.write_template(path)
        out.print(f"wrote {path}: edit it, then run `rehearse stories` to see the coverage")
        return
    bank = stories.load(path, guide)
    with open_store(args) as store:
        attempts = store.list()
    practised: dict[tuple[str, str], int] = {}
    for a in attempts:
        if a.story:
            key = (a.story, a.prompt_id or "")
            practised[key] = practised.get(key, 0) + 1

    # Seven prompt columns: headed by their ids on a wide terminal, by their numbers otherwise.
    wide = out.width >= WIDE_MATRIX_COLUMNS
    table = views.table(f"Story bank: {path}")
    table.add_column("story", style="bold", overflow="fold", max_width=24)
    for number, p in enumerate(guide.prompts, 1):
        table.add_column(p.id.replace("-", "\n") if wide else str(number), justify="center")
    table.add_column("metrics", justify="right")
    for story in bank.stories:
        cells = []
        for p in guide.prompts:
            times = practised.get((story.id, p.id), 0)
            mark = "✓" if p.id in story.prompts else ""
            text = (mark + (f" {times}×" if times else "")).strip() or "·"
            cells.append(Text(text, style="green" if mark else "dim" if not times else "yellow"))
        metrics = Text(str(len(story.metrics)), style="" if story.metrics else "red")
        table.add_row(story.id, *cells, metrics)
    stories_per_prompt = [len(bank.for_prompt(p.id)) for p in guide.prompts]
    table.add_section()
    table.add_row(
        "per prompt",
        *(Text(str(n), style="bold" if n else "bold red") for n in stories_per_prompt),
        "",
    )
    out.print(table)
    legend = "" if wide else "  ".join(f"{n} {p.id}" for n, p in enumerate(guide.prompts, 1)) + "\n"
    out.print(Text(legend + "✓ the story serves the prompt · N× practised with it", style="dim"))

    gaps = _story_gaps(bank, guide, attempts)
    if gaps:
        out.print(Text("Gaps", style="bold"))
        for gap in gaps:
            out.print(f"  - {gap}")
    else:
        out.print(
            Text("No gaps: every prompt has a story and every story a metric.", style="green")
        )


def _story_gaps(bank, guide, attempts) -> list[str]:
    """What the story bank lacks, by the guide's preparation checklist."""
    from ..guide.stories import BANK_MAX, BANK_MIN

    gaps = []
    count = len(bank.stories)
    if count < BANK_MIN or count > BANK_MAX:
        gaps.append(
            f"{count} stories: the guide suggests a bank of {BANK_MIN}–{BANK_MAX} experiences"
        )
    uncovered = [p.id for p in guide.prompts if not bank.for_prompt(p.id)]
    if uncovered:
        gaps.append("no story for: " + ", ".join(uncovered))
    unpractised = [
        p.id
        for p in guide.prompts
        if bank.for_prompt(p.id)
        and not any(
            a.prompt_id == p.id and a.story in {s.id for s in bank.for_prompt(p.id)}
            for a in attempts
        )
    ]
    if unpractised:
        gaps.append("a story but no practice with it yet: " + ", ".join(unpractised))
    no_metric = [s.id for s in bank.stories if not s.metrics]
    if no_metric:
        gaps.append(
            "no metric in: " + ", ".join(no_metric) + ' (the guide: "Include at least one metric '
            'per story")'
        )
    themes = [t for t, who in bank.themes(guide).items() if not who]
    if themes:
        gaps.append("themes no story covers: " + ", ".join(themes))
    known = {s.id for s in bank.stories}
    strays = sorted({a.story for a in attempts if a.story and a.story not in known})
    if strays:
        gaps.append("attempts tagged with stories not in the bank: " + ", ".join(strays))
    return gaps
