"""`rehearse stories`: the story bank, which prompts each story serves, and what it lacks."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from .. import views
from ..errors import RehearseError
from ._common import data_dir_parent, open_store


def add_parser(sub) -> None:
    """Add `stories` (and `stories add`) to the CLI."""
    s = sub.add_parser(
        "stories",
        parents=[data_dir_parent()],
        help="the story bank and its coverage of the prompts; `stories add` adds a story",
    )
    s.add_argument(
        "verb",
        nargs="?",
        choices=("add",),
        metavar="add",
        help="add a story: asked for part by part, or given by the flags below",
    )
    s.add_argument(
        "--file", metavar="FILE", help="the stories file (default: DATA_DIR/stories.yaml)"
    )
    s.add_argument("--init", action="store_true", help="start a stories file from a template")
    story = s.add_argument_group("a story to add (`stories add`), without questions")
    story.add_argument("--id", help="kebab-case id (default: from the title)")
    story.add_argument("--title", help="what you call the story")
    # The STAR one-liners, dest star_<part> for guide.stories.STAR_PARTS (not imported here:
    # it loads yaml, and `rehearse --help` stays fast).
    story.add_argument("--situation", dest="star_situation", metavar="TEXT", help="one line")
    story.add_argument("--task", dest="star_task", metavar="TEXT", help="one line")
    story.add_argument("--action", dest="star_action", metavar="TEXT", help="one line")
    story.add_argument("--result", dest="star_result", metavar="TEXT", help="one line")
    story.add_argument(
        "--prompt", action="append", default=[], metavar="ID", help="a prompt it answers (repeat)"
    )
    story.add_argument(
        "--metric", action="append", default=[], metavar="TEXT", help="a number you quote (repeat)"
    )
    story.add_argument(
        "--theme", action="append", default=[], metavar="THEME", help="a theme it covers (repeat)"
    )
    s.set_defaults(func=run)


def run(args, guide, out, err) -> None:
    """The story bank: which stories answer each prompt, how often they were practised, the gaps."""
    from rich.text import Text

    from ..guide import stories
    from ..store import data_dir

    path = (
        Path(args.file).expanduser() if args.file else stories.default_path(data_dir(args.data_dir))
    )
    if args.verb == "add":
        _add(args, path, guide, out)
        return
    given = [f"--{k}" for k in ("id", "title", "prompt", "metric", "theme") if getattr(args, k)]
    given += [f"--{p}" for p in stories.STAR_PARTS if getattr(args, f"star_{p}")]
    if given:  # a story's flags without `add` would be ignored: say so instead
        raise RehearseError(
            f"{', '.join(given)} describe a story to add: `rehearse stories add ...`"
        )
    if args.init:
        stories.write_template(path)
        out.print(f"wrote {path}: edit it, then run `rehearse stories` to see the coverage")
        return
    bank = stories.load(path, guide)
    with open_store(args) as store:
        attempts = store.list()
    _coverage(bank, guide, attempts, path, out)
    out.print()
    _bank_table(bank, out)
    out.print()
    gaps = _story_gaps(bank, guide, attempts)
    if gaps:
        out.print(Text("Gaps", style="bold"))
        for gap in gaps:
            out.print(f"  - {gap}")
    else:
        out.print(
            Text("No gaps: every prompt has a story and every story a metric.", style="green")
        )


def _coverage(bank, guide, attempts, path, out) -> None:
    """A row per prompt, by its id: the stories that answer it, each with how often it was
    practised there, and the attempts at it without a story."""
    from rich.text import Text

    table = views.table(f"Story bank: {path}")
    table.add_column("prompt", style="bold", no_wrap=True)
    table.add_column("stories that answer it (× practised with it)", overflow="fold")
    table.add_column("practised", justify="right", no_wrap=True)
    for p in guide.prompts:
        here = [a for a in attempts if a.prompt_id == p.id]
        cell = Text()
        for story in bank.for_prompt(p.id):
            times = sum(1 for a in here if a.story == story.id)
            if cell:
                cell.append(", ")
            cell.append(story.id, style="green" if times else "")
            if times:
                cell.append(f" {times}×", style="green")
        untagged = sum(1 for a in here if not a.story)
        if untagged:
            cell.append(("  " if cell else "") + f"({untagged}× without --story)", style="dim")
        if not bank.for_prompt(p.id):
            cell = Text("no story yet", style="bold red") + (Text(" ") + cell if cell else "")
        table.add_row(p.id, cell, str(len(here)) if here else Text("–", style="dim"))
    out.print(table)


def _bank_table(bank, out) -> None:
    """A row per story: its id, title, how many prompts it answers and metrics it quotes."""
    from rich.text import Text

    table = views.table("Stories")
    table.add_column("story", style="bold", overflow="fold")
    table.add_column("title", overflow="fold")
    table.add_column("prompts", justify="right", no_wrap=True)
    table.add_column("metrics", justify="right", no_wrap=True)
    for story in bank.stories:
        table.add_row(
            story.id,
            story.title,
            str(len(story.prompts)),
            Text(str(len(story.metrics)), style="" if story.metrics else "red"),
        )
    out.print(table)


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
    unpractised, untagged = [], []
    for p in guide.prompts:
        served = {s.id for s in bank.for_prompt(p.id)}
        here = [a for a in attempts if a.prompt_id == p.id]
        if served and not any(a.story in served for a in here):
            (untagged if here else unpractised).append(p.id)
    if unpractised:
        gaps.append("a story but no practice yet: " + ", ".join(unpractised))
    if untagged:
        gaps.append(
            "practised, never with one of its stories: "
            + ", ".join(untagged)
            + " (`rehearse practice PROMPT --story ID`)"
        )
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


def _add(args, path, guide, out) -> None:
    """`stories add`: a story from the flags, asking for what they leave out (everything when no
    --title is given), appended to the bank; bad flags are one line and nothing is written."""
    from ..guide import stories
    from ..guide.prompts import THEMES

    taken = {s.id for s in stories.load(path, guide).stories} if path.exists() else set()
    star = {part: getattr(args, f"star_{part}") or "" for part in stories.STAR_PARTS}
    title, story_id = args.title, args.id
    prompts, metrics, themes = args.prompt, args.metric, args.theme
    if title is None:  # interactive: ask, and ask again until each answer is usable
        out.print(f"A new story for {path}: Ctrl-D stops, nothing is written until the end.")
        ask = partial(_ask, out, path)
        title = ask("Title", _required("a title"))
        if story_id is None:
            default = stories.slug(title)
            story_id = ask(f"Id [{default}]", lambda t: stories.check_id(t, taken), default)
        for part in stories.STAR_PARTS:
            if not star[part]:
                star[part] = ask(f"{part.capitalize()}, in one line", _required(f"a {part}"))
        if not prompts:
            out.print("Prompts: " + ", ".join(p.id for p in guide.prompts))
            prompts = ask(
                "Prompts it answers (ids, separated by spaces)",
                lambda t: list(stories.check_prompts(t.replace(",", " ").split(), guide)),
            )
        if not metrics:
            out.print("Metrics you quote, one a line (an empty line ends):")
            while line := ask("Metric", str, ""):
                metrics.append(line)
        if not themes:
            themes = ask(
                "Themes (optional, separated by commas: " + ", ".join(THEMES) + ")",
                lambda t: list(
                    stories.check_themes([x.strip() for x in t.split(",") if x.strip()])
                ),
                "",
            )
    story = stories.new_story(
        story_id or stories.slug(title), title, star, prompts, metrics, themes, guide, taken
    )
    stories.append(path, story, guide)
    out.print(f"added story '{story.id}' to {path}: `rehearse stories` shows the coverage")


def _required(what: str):
    """A check for an answer that may not be empty."""

    def check(text: str) -> str:
        if not text:
            raise RehearseError(f"give {what}")
        return text

    return check


def _ask(out, path, question: str, check, default: str | None = None):
    """One answer from stdin, put through check() until it passes; the end of input stops the
    whole story with nothing written."""
    while True:
        try:
            answer = input(f"{question}: ").strip()
        except EOFError:
            raise RehearseError(
                f"stopped before the story was complete: nothing written to {path} "
                "(`rehearse stories add --help` lists the flags for scripts)"
            ) from None
        if not answer and default is not None:
            answer = default
        try:
            return check(answer)
        except RehearseError as e:
            out.print(f"  {e}", highlight=False)
