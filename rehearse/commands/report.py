"""`rehearse report --html`: write an attempt as a self-contained page, its audio embedded."""

from __future__ import annotations

from pathlib import Path

from ..errors import RehearseError
from ._common import attempt_id, data_dir_parent, open_store, say_repairs


def add_parser(sub) -> None:
    """Add `report` to the CLI."""
    p = sub.add_parser(
        "report", parents=[data_dir_parent()], help="write an attempt as a self-contained page"
    )
    p.add_argument("id", help="the attempt id (see `rehearse history`)")
    p.add_argument("--html", metavar="OUT", required=True, help="the HTML file to write")
    p.set_defaults(func=run)


def run(args, guide, out, err) -> None:
    """Write an attempt as a self-contained HTML page."""
    from ..report import html

    wanted = attempt_id(args.id)
    target = Path(args.html).expanduser()
    if target.is_dir():
        raise RehearseError(f"{target} is a folder: give the HTML file to write, e.g. out.html")
    if not target.parent.is_dir():
        raise RehearseError(f"cannot write {target}: the folder {target.parent} does not exist")
    with open_store(args) as store:
        attempt = store.get(wanted)
        history = store.list(attempt.prompt_id) if attempt.prompt_id else [attempt]
        say_repairs(store, err)
    audio = None
    note = None
    if attempt.has_audio:
        audio = attempt.audio_path.read_bytes()
    elif attempt.kind == "text":
        note = "A written draft: there is no audio; lengths are estimated at a speaking pace."
    else:
        note = f"The audio file of this attempt is missing ({attempt.audio_path})."
    page = html.render(attempt, guide, history, audio=audio, note=note)
    partial = target.with_name(f".{target.name}.partial")
    try:
        partial.write_text(page, encoding="utf-8")
        partial.replace(target)
    except OSError as e:
        partial.unlink(missing_ok=True)
        raise RehearseError(f"cannot write {target}: {e.strerror or e}") from None
    size = target.stat().st_size / 1e6
    embedded = "audio embedded" if audio else "no audio"
    out.print(f"wrote {target} ({size:.1f} MB, {embedded})")
    if audio is None and attempt.kind != "text":
        raise RehearseError(
            f"attempt {attempt.id}'s audio file {attempt.audio_path} is missing (deleted?): "
            "the page has the transcript and feedback only"
        )
