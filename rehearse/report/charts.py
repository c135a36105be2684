"""The HTML page's charts as inline SVG: pace over the answer, and progress across attempts.

Each chart has labelled axes and the guide's target band shaded, so a value reads against what
good looks like rather than against the chart's own range.
"""

from __future__ import annotations

import time
from html import escape

from ..analysis import Report
from ..progress import METRICS
from ..store import Attempt
from .styles import LABEL_COLOR
from .timeline import Timeline, clock

PACE_W, PACE_H = 720, 200  # px of the pace chart's drawing area
PACE_PAD = 36  # px left and bottom for the axis labels
PACE_MARGIN = 14  # px top and right, so the last labels are not cut off
PACE_FLOOR, PACE_CEIL = 60.0, 200.0  # wpm the pace axis always shows, so charts compare
SPARK_W, SPARK_H = 220, 96  # px of one progress chart
SPARK_AXIS = 40  # px left of a progress chart for its y-axis labels
DELIVERY_W = 340  # px of a per-sentence delivery chart
GOOD_WAY = {"lower": "lower is better", "higher": "higher is better", "band": "in the band is good"}
TICK_S = 15  # seconds between time-axis ticks


def pace(report: Report, timeline: Timeline, guide) -> str:
    """Words per minute over time as an inline SVG, with the guide's pace band shaded."""
    pace = report.timing.pace if report.timing is not None else []
    if not pace or not timeline.timed:
        return ""
    length = max(timeline.duration or 0.0, pace[-1][0], 1.0)
    target = guide.targets.get("pace_wpm") if guide is not None else None
    values = [wpm for _, wpm in pace]
    low = min([PACE_FLOOR, *values])
    high = max([PACE_CEIL, *values])

    right = PACE_W - PACE_MARGIN

    def x(t: float) -> float:
        return PACE_PAD + (right - PACE_PAD) * t / length

    def y(wpm: float) -> float:
        return PACE_MARGIN + (PACE_H - PACE_PAD - PACE_MARGIN) * (1 - (wpm - low) / (high - low))

    svg = [
        f'<svg id="pace" viewBox="0 0 {PACE_W} {PACE_H}" width="100%" role="img" '
        f'aria-label="pace in words per minute over the answer">'
    ]
    if target is not None:
        top = y(min(target.pass_max if target.pass_max is not None else high, high))
        bottom = y(max(target.pass_min if target.pass_min is not None else low, low))
        svg.append(
            f'<rect x="{PACE_PAD}" y="{top:.1f}" width="{right - PACE_PAD}" '
            f'height="{bottom - top:.1f}" class="band"><title>target {escape(target.describe())}'
            "</title></rect>"
        )
    spans = report.delivery.pace_spans if report.delivery is not None else []
    for span in spans:  # stretches too fast or too slow, shaded across the chart's height
        svg.append(
            f'<rect class="span {span.kind}" x="{x(span.start):.1f}" y="{PACE_MARGIN}" '
            f'width="{max(2.0, x(span.end) - x(span.start)):.1f}" '
            f'height="{PACE_H - PACE_PAD - PACE_MARGIN}" data-start="{span.start:.3f}">'
            f"<title>too {span.kind} {clock(span.start)}–{clock(span.end)}</title></rect>"
        )
    for wpm in range(int(low // 40 * 40 + 40), int(high) + 1, 40):
        svg.append(
            f'<line x1="{PACE_PAD}" x2="{right}" y1="{y(wpm):.1f}" y2="{y(wpm):.1f}" '
            f'class="grid"/><text x="{PACE_PAD - 4}" y="{y(wpm) + 4:.1f}" '
            f'text-anchor="end">{wpm}</text>'
        )
    for t in range(0, int(length) + 1, TICK_S):
        svg.append(
            f'<text x="{x(t):.1f}" y="{PACE_H - PACE_PAD + 16}" text-anchor="middle">'
            f"{clock(t)}</text>"
        )
    points = " ".join(f"{x(t):.1f},{y(wpm):.1f}" for t, wpm in pace)
    svg.append(f'<polyline points="{points}" class="line"/>')
    for t, wpm in pace:
        svg.append(
            f'<circle cx="{x(t):.1f}" cy="{y(wpm):.1f}" r="4" data-start="{t:.3f}">'
            f"<title>{clock(t)}: {wpm:.0f} wpm</title></circle>"
        )
    svg.append(
        f'<line id="pace-cursor" x1="{PACE_PAD}" x2="{PACE_PAD}" y1="{PACE_MARGIN}" '
        f'y2="{PACE_H - PACE_PAD}" data-x0="{PACE_PAD}" data-x1="{right}" '
        f'data-length="{length:.3f}"/>'
    )
    svg.append("</svg>")
    band = f" The shaded band is the target, {escape(target.describe())}." if target else ""
    return f'<section><h2>Pace</h2><div class="chart">{"".join(svg)}</div><p class="hint">Words per minute over a rolling window.{band}</p></section>'


def progress(attempt: Attempt, history: list[Attempt] | tuple, guide) -> str:
    """One chart per metric over the attempts of this prompt and kind up to this one: a y axis,
    the guide's target band shaded, which way is better, this attempt ringed."""
    ordered = sorted(
        (
            a
            for a in history
            if a.kind == attempt.kind and (a.created, a.id) <= (attempt.created, attempt.id)
        ),
        key=lambda a: (a.created, a.id),
    )
    if len(ordered) < 2:
        return ""
    charts = [spark(metric, ordered, attempt, guide) for metric in METRICS]
    kind = "drafts" if attempt.kind == "text" else "spoken attempts"
    return (
        f"<section><h2>Progress on this prompt ({len(ordered)} {kind}, oldest to newest)</h2>"
        f'<div class="progress" id="progress">{"".join(c for c in charts if c)}</div>'
        '<p class="hint">The shaded band is the guide\'s target; the ringed dot is this attempt.'
        "</p></section>"
    )


def spark(metric, ordered: list[Attempt], attempt: Attempt, guide) -> str:
    """One metric's chart: its values, the target band and a labelled y axis."""
    values = [metric.value(a) for a in ordered]
    known = [v for v in values if v is not None]
    if not known:
        return ""
    target = guide.targets.get(metric.target) if metric.target else None
    band = (target.pass_min, target.pass_max) if target is not None else (None, None)
    if metric.unit == "share":
        low, high = 0.0, 1.0  # shares always on a 0-100% axis, so a drop reads at its size
    else:
        edges = known + [b for b in band if b is not None]
        low, high = min(edges), max(edges)
        pad = (high - low) * 0.1 or 1.0
        low, high = max(0.0, low - pad), high + pad
    left, right, top, bottom = SPARK_AXIS, SPARK_W - 8, 8, SPARK_H - 16

    def y(v: float) -> float:
        return bottom - (bottom - top) * (v - low) / (high - low)

    step = (right - left) / (len(ordered) - 1)
    parts = []
    if band != (None, None):
        b_low = band[0] if band[0] is not None else low
        b_high = band[1] if band[1] is not None else high
        b_low, b_high = max(b_low, low), min(b_high, high)
        parts.append(
            f'<rect class="band" x="{left}" y="{y(b_high):.1f}" width="{right - left}" '
            f'height="{max(0.0, y(b_low) - y(b_high)):.1f}"/>'
        )
    for v in (low, high):
        parts.append(
            f'<text x="{left - 4}" y="{y(v) + 4:.1f}" text-anchor="end">'
            f"{escape(metric.show(v))}</text>"
        )
    parts.append(f'<line class="axis" x1="{left}" y1="{top}" x2="{left}" y2="{bottom}"/>')
    parts.append(f'<line class="axis" x1="{left}" y1="{bottom}" x2="{right}" y2="{bottom}"/>')
    points, dots = [], []
    for i, (a, v) in enumerate(zip(ordered, values, strict=True)):
        cx = left + i * step
        parts.append(f'<text x="{cx:.1f}" y="{SPARK_H - 3}" text-anchor="middle">#{a.id}</text>')
        if v is None:
            continue
        points.append(f"{cx:.1f},{y(v):.1f}")
        ring = ' class="this"' if a.id == attempt.id else ""
        dots.append(
            f'<circle cx="{cx:.1f}" cy="{y(v):.1f}" r="4"{ring}><title>attempt {a.id} '
            f"({time.strftime('%Y-%m-%d', time.localtime(a.created))}): "
            f"{escape(metric.show(v, a))}</title></circle>"
        )
    first, last = ordered[0], ordered[-1]
    return (
        f'<figure class="spark"><svg viewBox="0 0 {SPARK_W} {SPARK_H}" width="{SPARK_W}" '
        f'height="{SPARK_H}">{"".join(parts)}<polyline points="{" ".join(points)}"/>'
        f"{''.join(dots)}</svg><figcaption><b>{escape(metric.label)}</b> "
        f"{escape(metric.show(metric.value(first), first))} → "
        f"{escape(metric.show(metric.value(last), last))} "
        f'<span class="better">{GOOD_WAY[metric.better]}</span></figcaption></figure>'
    )


def delivery(report: Report) -> str:
    """How it was said: each sentence's pitch and loudness as dots over the answer, the ranges,
    and what stands out."""
    d = report.delivery
    if d is None:
        return ""
    facts, notes = d.facts(), d.notes()
    if not facts and not notes:
        return ""
    chart = "".join(
        _sentence_chart(report, values, label, unit)
        for values, label, unit in (
            (d.sentence_pitch, "pitch", "st"),
            (d.sentence_level, "loudness", "dB"),
        )
        if any(v is not None for v in values)
    )
    items = "".join(f"<li>{escape(n)}</li>" for n in notes)
    return (
        f'<section><h2>Delivery</h2><p class="hint">{escape(" · ".join(facts))}</p>'
        f'<div class="progress" id="delivery">{chart}</div>'
        + (f"<ul>{items}</ul>" if items else "")
        + "</section>"
    )


def _sentence_chart(report: Report, values: list, name: str, unit: str) -> str:
    """One dot per sentence (its median word), coloured by STAR part, on a labelled y axis;
    trailing sentences ringed in red on the loudness chart."""
    known = [v for v in values if v is not None]
    low, high = min(known), max(known)
    pad = (high - low) * 0.15 or 1.0
    low, high = low - pad, high + pad
    left, right, top, bottom = SPARK_AXIS, DELIVERY_W - 8, 8, SPARK_H - 16
    step = (right - left) / max(1, len(values) - 1)

    def y(v: float) -> float:
        return bottom - (bottom - top) * (v - low) / (high - low)

    parts = [
        f'<line class="axis" x1="{left}" y1="{top}" x2="{left}" y2="{bottom}"/>',
        f'<line class="axis" x1="{left}" y1="{bottom}" x2="{right}" y2="{bottom}"/>',
    ]
    for v in (low, high):
        parts.append(
            f'<text x="{left - 4}" y="{y(v) + 4:.1f}" text-anchor="end">{v:.0f} {unit}</text>'
        )
    parts.append(
        f'<text x="{(left + right) / 2:.0f}" y="{SPARK_H - 3}" text-anchor="middle">'
        "sentences, first to last</text>"
    )
    trailing = set(report.delivery.trailing) if name == "loudness" else set()
    for i, (s, v) in enumerate(zip(report.sentences, values, strict=False)):
        if v is None:
            continue
        ring = ' class="trail"' if i in trailing else ""
        parts.append(
            f'<circle cx="{left + i * step:.1f}" cy="{y(v):.1f}" r="4" '
            f'style="fill:{LABEL_COLOR.get(s.label, "#6b7280")}"{ring}'
            f' data-start="{s.start or 0:.3f}"><title>{escape(s.text[:60])}: {v:.1f} {unit}'
            "</title></circle>"
        )
    return (
        f'<figure class="spark"><svg viewBox="0 0 {DELIVERY_W} {SPARK_H}" width="{DELIVERY_W}" '
        f'height="{SPARK_H}">{"".join(parts)}</svg><figcaption><b>{name}</b> per sentence'
        "</figcaption></figure>"
    )
