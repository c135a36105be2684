"""`rehearse report ID`: write an attempt as a self-contained page, its audio embedded.

Without --html the page goes to DATA_DIR/reports/attempt-ID.html; --open shows it in the browser
(webbrowser: it honours $BROWSER, which is how the tests see it opened without a display).
"""

from __future__ import annotations

from pathlib import Path

from ..errors import RehearseError
from ._common import attempt_id, data_dir_parent, open_store, say_repairs, warn

REPORTS_DIR = "reports"  # inside the data directory: where pages go without --html


def add_parser(sub) -> None:
    """Add `report` to the CLI."""
    p = sub.add_parser(
        "report", parents=[data_dir_parent()], help="write an attempt as a self-contained page"
    )
    p.add_argument("id", help="the attempt id (see `rehearse history`)")
    p.add_argument(
        "--html",
        metavar="OUT",
        help="the HTML file to write (default: DATA_DIR/reports/attempt-ID.html)",
    )
    p.add_argument("--open", action="store_true", help="open the page in the web browser")
    p.set_defaults(func=run)


def run(args, guide, out, err) -> None:
    """Write an attempt as a self-contained HTML page."""
    from ..report import html

    wanted = attempt_id(args.id)
    target = Path(args.html).expanduser() if args.html else None
    if target is not None:
        _check_target(target)
    with open_store(args) as store:
        attempt = store.get(wanted)
        history = store.list(attempt.prompt_id) if attempt.prompt_id else [attempt]
        session = _session(store, attempt)
        say_repairs(store, err)
        if target is None:
            target = _default_target(store.root, attempt.id)
    audio = None
    note = None
    if attempt.has_audio:
        audio = attempt.audio_path.read_bytes()
    elif attempt.kind == "text":
        note = "A written draft: there is no audio; lengths are estimated at a speaking pace."
    else:
        note = f"The audio file of this attempt is missing ({attempt.audio_path})."
    page = html.render(attempt, guide, history, audio=audio, note=note, session=session)
    partial = target.with_name(f".{target.name}.partial")
    try:
        partial.write_text(page, encoding="utf-8")
        partial.replace(target)
    except OSError as e:
        partial.unlink(missing_ok=True)
        raise RehearseError(f"cannot write {target}: {e.strerror or e}") from None
    size = target.stat().st_size / 1e6
    embedded = "audio embedded" if audio else "no audio"
    out.print(f"wrote {target} ({size:.1f} MB, {embedded})", highlight=False, soft_wrap=True)
    if args.open and not open_page(target):
        warn(err, f"could not open a web browser: open {target} yourself")
    if audio is None and attempt.kind != "text":
        raise RehearseError(
            f"attempt {attempt.id}'s audio file {attempt.audio_path} is missing (deleted?): "
            "the page has the transcript and feedback only"
        )


def _session(store, attempt) -> list:
    """The stored answers of the mock interview this attempt belongs to, in loop order; []."""
    from ..live.scorecard import sessions

    link = attempt.data.get("interview") if isinstance(attempt.data, dict) else None
    if not isinstance(link, dict):
        return []
    return sessions(store.list()).get(link.get("session"), [])


def _check_target(target: Path) -> None:
    """Refuse an --html path that is a folder or lies in a folder that does not exist."""
    if target.is_dir():
        raise RehearseError(f"{target} is a folder: give the HTML file to write, e.g. out.html")
    if not target.parent.is_dir():
        raise RehearseError(f"cannot write {target}: the folder {target.parent} does not exist")


def _default_target(root: Path, attempt_id_: int) -> Path:
    """DATA_DIR/reports/attempt-ID.html, its folder made on first use."""
    folder = Path(root) / REPORTS_DIR
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise RehearseError(
            f"cannot make {folder}: {e.strerror or e} (give --html FILE to write elsewhere)"
        ) from None
    return folder / f"attempt-{attempt_id_}.html"


def open_page(path: Path) -> bool:
    """Show the page in the user's web browser; False when none could be started."""
    import webbrowser

    try:
        return bool(webbrowser.open(path.resolve().as_uri()))
    except webbrowser.Error:
        return False
