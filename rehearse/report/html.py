"""One attempt as a self-contained HTML page: audio embedded, every word a seek button.

Nothing is fetched when the page opens (no fonts, scripts or images from elsewhere), so it can be
mailed or archived. The audio is the stored FLAC as a data URI: Chromium, Firefox and Safari all
play FLAC in <audio>, and it is about half the size of the same audio as WAV.
"""

from __future__ import annotations

import base64
import time
from html import escape

from .. import __version__
from ..analysis import Report
from ..analysis.timing import LONG_PAUSE_S
from ..progress import METRICS
from ..store import Attempt
from . import charts
from .page import PAGE, SCRIPT, STYLE
from .styles import LABEL_COLOR, STATUS_COLOR
from .timeline import LABELS, Timeline, build, clock

# Inline, so a page without a rubric (every stored version-1 attempt) keeps its exact stylesheet.
RUBRIC_STYLE = "border-collapse:collapse;width:100%;font-size:14px;text-align:left"


def render(
    attempt: Attempt,
    guide,
    history: list[Attempt] | tuple = (),
    audio: bytes | None = None,
    audio_type: str = "audio/flac",
    note: str | None = None,
    session: list[Attempt] | tuple = (),
) -> str:
    """The page for one attempt; history is every attempt of its prompt (for the progress chart)."""
    report = attempt.report
    timeline = build(report)
    title = (report.prompt.text if report.prompt else "") or "Your answer"
    parts = [
        _header(attempt, title),
        "".join(f'<p class="warning">{escape(w)}</p>' for w in report.warnings),
        _first_fix(report),
        _player(audio, audio_type, note),
        _summary(attempt),
        _advice(report),
        _star(report, timeline),
        _transcript(timeline),
        charts.pace(report, timeline, guide),
        charts.delivery(report),
        _checks(report),
        _rubric(report),
        _follow_ups(report),
        _interview(attempt, session, guide),
        charts.progress(attempt, history, guide),
        f"<footer>Made by rehearse {escape(__version__)} from attempt {attempt.id}. "
        "This page is self-contained: it loads nothing from the network.</footer>",
    ]
    return PAGE.format(
        title=escape(f"rehearse · attempt {attempt.id} · {title}"),
        style=STYLE,
        body="\n".join(p for p in parts if p),
        script=SCRIPT,
    )


def _header(attempt: Attempt, title: str) -> str:
    """The prompt and what this attempt is."""
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(attempt.created))
    bits = [f"attempt {attempt.id}", when]
    if attempt.prompt_id:
        bits.append(f"prompt {attempt.prompt_id}")
    if attempt.story:
        bits.append(f"story {attempt.story}")
    if attempt.model:
        bits.append(f"model {attempt.model}")
    if attempt.kind == "text":
        bits.append("written draft")
    meta = " · ".join(escape(b) for b in bits)
    return f'<header><h1>{escape(title)}</h1><p class="meta">{meta}</p></header>'


def _player(audio: bytes | None, audio_type: str, note: str | None) -> str:
    """The audio element with the answer inside it, or a note saying why there is none."""
    html = ""
    if audio is not None:
        data = base64.b64encode(audio).decode("ascii")
        html = (
            f'<audio id="player" controls preload="auto" src="data:{audio_type};base64,{data}">'
            "</audio>"
            '<p class="hint">Click any word, part or point on the pace chart to hear it. Keys: '
            "space play/pause, ← → 5 s, f next filler, n next STAR part.</p>"
        )
    if note:
        html += f'<p class="note">{escape(note)}</p>'
    return f'<section class="player">{html}</section>'


def _summary(attempt: Attempt) -> str:
    """The key numbers as cards, coloured by how their check went."""
    cards = []
    for metric in METRICS:
        value = metric.value(attempt)
        check = attempt.check(metric.target) if metric.target else None
        if metric.target and check is None:
            continue  # not measured for this attempt: a written draft has no pace
        status = check.status if check else "pass" if value == 1 else "warn"
        target = f"target {check.target}" if check else "of the guide's checks"
        cards.append(
            f'<div class="card {status}"><div class="v">{escape(metric.show(value, attempt))}</div>'
            f'<div class="k">{escape(metric.label)}</div><div class="t">{escape(target)}</div></div>'
        )
    return f'<section class="cards">{"".join(cards)}</section>'


def _star(report: Report, timeline: Timeline) -> str:
    """The STAR timeline: each sentence where it was said, coloured by part; seconds per part."""
    seconds = {label: part["seconds"] for label, part in report.shares.items()}
    shares = {label: part["share"] for label, part in report.shares.items()}
    length = timeline.duration or (timeline.sentences[-1].end if timeline.sentences else None)
    bar = []
    if timeline.timed and length:
        for s in timeline.sentences:
            if s.start is None or s.end is None:
                continue
            left, width = 100 * s.start / length, 100 * (s.end - s.start) / length
            bar.append(
                f'<span class="seg" data-start="{s.start:.3f}" style="left:{left:.2f}%;'
                f'width:{width:.2f}%;background:{LABEL_COLOR[s.label]}" title="{s.label} '
                f'{clock(s.start)}: {escape(s.text[:80], quote=True)}"></span>'
            )
        bar.append('<span class="cursor" id="star-cursor"></span>')
    else:  # a draft has no times: one bar split by share
        offset = 0.0
        for label in LABELS:
            share = shares.get(label) or 0.0
            bar.append(
                f'<span class="seg" style="left:{offset * 100:.2f}%;width:{share * 100:.2f}%;'
                f'background:{LABEL_COLOR[label]}" title="{label} {share:.0%}"></span>'
            )
            offset += share
    legend = []
    for label in LABELS:
        secs = seconds.get(label)
        amount = f"{secs:.1f} s" if secs is not None else ""
        legend.append(
            f'<span class="part"><i style="background:{LABEL_COLOR[label]}"></i>{label} '
            f"<b>{amount}</b> {(shares.get(label) or 0.0):.0%}</span>"
        )
    return (
        '<section><h2>STAR timeline</h2><div class="timeline" id="star">'
        + "".join(bar)
        + f'</div><div class="legend">{"".join(legend)}</div></section>'
    )


def _transcript(timeline: Timeline) -> str:
    """Every word as a clickable span, sentences tinted by part, fillers and pauses marked."""
    pauses_before: dict[int, list] = {}
    for pause in timeline.pauses:
        pauses_before.setdefault(pause.before, []).append(pause)
    paragraphs = []
    for s in timeline.sentences:
        spans = [f'<span class="tag" style="background:{LABEL_COLOR[s.label]}">{s.label}</span>']
        for index in range(s.first, s.last):
            word = timeline.words[index]
            for pause in pauses_before.get(index, []):
                kind = "pause long" if pause.long else "pause"
                text = f"pause {pause.duration:.1f} s" if pause.long else "·"
                spans.append(
                    f'<span class="{kind}" data-start="{pause.start:.3f}" '
                    f'title="pause {pause.duration:.1f} s at {clock(pause.start)}">{text}</span>'
                )
            classes = "w filler" if timeline.is_filler(index) else "w"
            timing = (
                f' data-start="{word.start:.3f}" data-end="{word.end:.3f}"'
                if word.start is not None and word.end is not None
                else ""
            )
            title = f' title="{clock(word.start)}"' if word.start is not None else ""
            spans.append(
                f'<span class="{classes}" data-i="{index}"{timing}{title}>'
                f"{escape(word.text)}</span>"
            )
        paragraphs.append(
            f'<p class="s" style="border-color:{LABEL_COLOR[s.label]}">{" ".join(spans)}</p>'
        )
    legend = (
        '<p class="hint"><span class="w filler">filler</span> filler word · '
        '<span class="pause">·</span> pause · '
        f'<span class="pause long">pause {LONG_PAUSE_S:.1f} s</span> long pause'
        "</p>"
    )
    title = "Transcript" if timeline.timed else "Your draft"
    return f'<section><h2>{title}</h2><div id="transcript">{"".join(paragraphs)}</div>{legend}</section>'


def _first_fix(report: Report) -> str:
    """The one thing to change first, with the speaker's own sentence and how to say it."""
    fix = report.first_fix
    if fix is None:
        return ""
    said = (
        f'<p class="said">{escape(fix.quote_label)}: <q>{escape(fix.quote)}</q></p>'
        if fix.quote
        else ""
    )
    tried = f'<p class="try">Try: {escape(fix.suggestion)}</p>' if fix.suggestion else ""
    return (
        f'<section class="fix"><h2>First fix: {escape(fix.name)}</h2>'
        f'<p class="head">{escape(fix.headline)}</p>{said}{tried}</section>'
    )


def _interview(attempt: Attempt, session: list[Attempt] | tuple, guide) -> str:
    """The mock interview this answer was part of: its answers and the scorecard per principle."""
    from ..live.scorecard import is_follow_up, session_scorecard

    if not session:
        return ""
    answers = "".join(
        f"<li>{'<b>' if a.id == attempt.id else ''}{escape(a.prompt_id or '–')} (attempt "
        f"{a.id}): {a.checks_passed}/{a.checks_total} checks{'</b>' if a.id == attempt.id else ''}"
        "</li>"
        for a in session
        if not is_follow_up(a)
    )
    rows = "".join(
        f"<tr><td>{escape(line.principle)}</td><td>{escape(', '.join(line.prompts))}</td>"
        f"<td>{line.checks_passed}/{line.checks_total}</td>"
        f"<td>{line.rubric_found}/{line.rubric_total}</td></tr>"
        for line in session_scorecard(list(session), guide)
    )
    return (
        '<section id="interview"><h2>Mock interview</h2><ol>'
        + answers
        + '</ol><table class="checks"><thead><tr><th>principle</th><th>prompts</th>'
        "<th>checks</th><th>rubric</th></tr></thead><tbody>" + rows + "</tbody></table></section>"
    )


def _checks(report: Report) -> str:
    """The checks against the guide, as a table."""
    rows = []
    for c in report.checks:
        rows.append(
            f'<tr><td class="st" style="color:{STATUS_COLOR.get(c.status, "#333")}">'
            f"{escape(c.status.upper())}</td><td>{escape(c.name)}</td>"
            f"<td>{escape(c.message)}{_evidence(c.evidence)}</td><td>{escape(c.target)}</td>"
            f'<td class="why">{escape(c.reason)}</td></tr>'
        )
    return (
        '<section><h2>Checks against the guide</h2><table class="checks"><thead><tr><th></th>'
        "<th>check</th><th>result</th><th>target</th><th>why</th></tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table></section>"
    )


def _evidence(sentence: str | None) -> str:
    """The sentence that satisfied a check, quoted under its message (nothing when none did)."""
    return f'<br><q class="why">{escape(sentence)}</q>' if sentence else ""


def _rubric(report: Report) -> str:
    """The prompt's rubric from the guide: each element found with its sentence, or missing."""
    if not report.rubric:
        return ""
    rows = []
    for item in report.rubric:
        status = "pass" if item.found else "warn"
        mark = "FOUND" if item.found else "MISSING"
        detail = _evidence(item.evidence) if item.found else escape(item.advice)
        if not item.found and item.evidence:
            detail += _evidence(item.evidence)
        rows.append(
            f'<tr><td class="st" style="color:{STATUS_COLOR[status]}">{mark}</td>'
            f"<td>{escape(item.name)}</td><td>{detail}</td></tr>"
        )
    return (
        f'<section><h2>What this prompt looks for</h2><table class="rubric" style="{RUBRIC_STYLE}">'
        "<thead><tr><th></th>"
        "<th>element</th><th>evidence or advice</th></tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table></section>"
    )


def _follow_ups(report: Report) -> str:
    """The dive-deep questions an interviewer might ask next."""
    if not report.follow_ups:
        return ""
    items = "".join(f"<li>{escape(f.question)}</li>" for f in report.follow_ups)
    return f"<section><h2>An interviewer might follow up with</h2><ol>{items}</ol></section>"


def _advice(report: Report) -> str:
    """What to change next time."""
    advice = [c.message for c in report.advice()]
    if not advice:
        return '<section><p class="good">Every check passed: keep this story.</p></section>'
    items = "".join(f"<li>{escape(a)}</li>" for a in advice)
    return f"<section><h2>Next time</h2><ol>{items}</ol></section>"
