"""`rehearse replay`: play an attempt with the transcript following along, or print its timeline."""

from __future__ import annotations

from .. import views
from ..errors import RehearseError
from ._common import attempt_id, data_dir_parent, open_store, say_repairs

REFRESH_S = 0.1  # how often the replay view redraws and polls the keyboard
SKIP_S = 5.0  # seconds skipped by the left and right arrow keys
BAR_WIDTH = 60  # characters of the replay's STAR position bar
KEYS_HELP = "space pause/play · ← → 5 s · f next filler · n next STAR part · q quit"


def add_parser(sub) -> None:
    """Add `replay` to the CLI."""
    r = sub.add_parser(
        "replay",
        parents=[data_dir_parent()],
        help="play an attempt with the transcript following along",
    )
    r.add_argument("id", help="the attempt id (see `rehearse history`)")
    start = r.add_mutually_exclusive_group()
    start.add_argument("--from", dest="part", metavar="PART", help="start at a STAR part")
    start.add_argument("--at", metavar="M:SS", help="start at a time, e.g. 1:05")
    r.add_argument("--no-audio", action="store_true", help="print the timeline as text")
    r.set_defaults(func=run)


def run(args, guide, out, err) -> int | None:
    """Play an attempt (or print its timeline) from the start, a STAR part or a time."""
    from ..report.timeline import LABELS, build, parse_clock

    wanted = attempt_id(args.id)
    with open_store(args) as store:
        say_repairs(store, err)
        attempt = store.get(wanted)
    timeline = build(attempt.report)
    start = 0.0
    if args.part:
        label = args.part.strip().lower()
        if label not in LABELS:
            raise RehearseError(
                f"unknown STAR part '{args.part}': choose one of {', '.join(LABELS)}"
            )
        sentence = timeline.part_start(label)
        if sentence is None:
            said = ", ".join(dict.fromkeys(s.label for s in timeline.sentences)) or "none"
            raise RehearseError(f"attempt {attempt.id} has no {label} part (it has: {said})")
        start = sentence.start or 0.0
        first_word = sentence.first
    elif args.at:
        start = parse_clock(args.at)
        if not timeline.timed:
            raise RehearseError(
                f"attempt {attempt.id} is a written draft: it has no times (use --from PART)"
            )
        end = timeline.duration or (timeline.words[-1].end if timeline.words else 0.0)
        if start > end:
            raise RehearseError(
                f"--at {args.at} is past the end of attempt {attempt.id} ({views.clock(end)})"
            )
        first_word = timeline.word_at(start) or 0
    else:
        first_word = 0

    if args.no_audio or attempt.kind == "text":
        if not args.no_audio:
            err.print(f"attempt {attempt.id} is a written draft: no audio, here is its timeline")
        views.print_timeline(attempt, timeline, first_word, out)
        return None
    if not attempt.has_audio:
        views.print_timeline(attempt, timeline, first_word, out)
        missing = attempt.audio_path or "(no audio stored)"
        raise RehearseError(
            f"attempt {attempt.id}'s audio file {missing} is missing (deleted?): "
            "printed its timeline as text instead"
        )
    _play(attempt, timeline, start, out)
    return None


def _play(attempt, timeline, start: float, out) -> None:
    """Play the audio through sounddevice while a Live view follows the words."""
    try:
        import sounddevice as sd
    except OSError as e:  # the PortAudio library itself is missing
        raise RehearseError(
            f"cannot play audio ({e}): `rehearse replay {attempt.id} --no-audio` prints the "
            "timeline as text"
        ) from None
    try:
        sd.query_devices(kind="output")
    except (sd.PortAudioError, ValueError) as e:
        reason = str(e).split(":")[0] or "none found"
        raise RehearseError(
            f"no sound output device ({reason}): `rehearse replay {attempt.id} --no-audio` prints "
            "the timeline as text"
        ) from None
    from rich.live import Live

    from .. import audio
    from ..playback import Keys, Player

    samples = audio.load(attempt.audio_path)
    player = Player(samples, audio.SAMPLE_RATE, start)
    try:
        # "high" latency: a larger device buffer, so a busy machine (the Live view redrawing, an
        # analysis running) does not starve the callback into gaps; the view subtracts it.
        stream = sd.OutputStream(
            samplerate=audio.SAMPLE_RATE,
            channels=1,
            dtype="int16",
            callback=player.callback,
            latency="high",
        )
    except sd.PortAudioError as e:
        raise RehearseError(
            f"cannot open the sound output ({e}): `rehearse replay {attempt.id} --no-audio` prints "
            "the timeline as text"
        ) from None
    feedback = views.feedback(attempt.report)
    quit_ = False
    with stream, Keys() as keys, Live(console=out, auto_refresh=False) as live:
        while not quit_ and not player.finished.is_set():
            # What is heard lags what was handed to the device by the output latency.
            heard = max(0.0, player.seconds - (0.0 if player.paused else stream.latency))
            live.update(_live_view(attempt, timeline, heard, player.paused, feedback), refresh=True)
            for key in keys.read(REFRESH_S):
                target = None
                if key == "space":
                    player.toggle()
                elif key == "right":
                    target = heard + SKIP_S
                elif key == "left":
                    target = heard - SKIP_S
                elif key == "f":
                    target = timeline.next_filler(heard)
                elif key == "n":
                    target = timeline.next_part(heard)
                elif key in ("q", "\x1b"):
                    quit_ = True
                if target is not None:
                    player.seek(target)
        end = (
            timeline.duration if player.finished.is_set() and timeline.duration else player.seconds
        )
        live.update(_live_view(attempt, timeline, end, True, feedback), refresh=True)


def _live_view(attempt, timeline, t: float, paused: bool, feedback):
    """One frame of the replay: position bar, the sentence being said with its word lit, keys,
    and the feedback table below."""
    from rich.console import Group
    from rich.panel import Panel
    from rich.text import Text

    length = timeline.duration or (timeline.words[-1].end if timeline.words else 1.0) or 1.0
    status = Text("⏸ paused " if paused else "▶ playing ", style="bold")
    status.append(f"{views.clock(t)} / {views.clock(length)}   ", style="bold")
    status.append_text(views.attempt_header(attempt).split("\n")[0])

    bar = Text()
    cursor = min(int(t / length * BAR_WIDTH), BAR_WIDTH - 1)
    for i in range(BAR_WIDTH):
        sentence = timeline.sentence_at((i + 0.5) * length / BAR_WIDTH)
        style = views.LABEL_STYLE.get(sentence.label, "") if sentence else "dim"
        bar.append("┃" if i == cursor else "━", style="bold white" if i == cursor else style)

    word = timeline.word_at(t)
    index = timeline.sentence_index_at(t)
    if index is None:
        body = Text("…", style="dim")
        title = "before the answer"
    else:
        sentence = timeline.sentences[index]
        body = Text()
        if index > 0:
            body.append_text(views.sentence_text(timeline, timeline.sentences[index - 1]))
            body.stylize("dim")
            body.append("\n")
        body.append_text(views.sentence_text(timeline, sentence, current=word))
        if index + 1 < len(timeline.sentences):
            following = views.sentence_text(timeline, timeline.sentences[index + 1])
            following.stylize("dim")
            body.append("\n")
            body.append_text(following)
        title = f"[bold {views.LABEL_STYLE[sentence.label]}]{sentence.label.upper()}[/]"
    in_pause = next((p for p in timeline.pauses if p.start <= t < p.end and p.long), None)
    notes = Text(KEYS_HELP, style="dim")
    if in_pause is not None:
        notes = Text(f"⏸ long pause {in_pause.duration:.1f} s   ", style="bold red") + notes
    return Group(status, bar, Panel(body, title=title), notes, feedback)
