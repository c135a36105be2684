"""The JSON document of a Report (schema_version 3), and the Report read back from one.

Every field is documented in the README. Fields are only ever added: a document written by an
older rehearse still reads. Version 2 added content.stated_learning, content.mechanism,
content.alternatives, content.action_steps, content.metric_details, checks[].evidence, rubric
and follow_ups; version 3 added first_fix, checks[].name, delivery and
transcript.words[].pitch_st/level_db. An older document reads back with
them empty (None where unknown). Those from before sentences and fillers carried their word ranges
("first_word", "last_word", last exclusive) get them derived here, once, so nothing downstream
re-aligns words by counting.
"""

from __future__ import annotations

from ..analysis import Check, Delivery, Fix, Report
from ..analysis.content import Finding
from ..analysis.delivery import Span
from ..analysis.fillers import Filler, normalize
from ..analysis.followups import FollowUp
from ..analysis.metrics import Metric
from ..analysis.pronouns import PronounCounts
from ..analysis.rubric import RubricItem
from ..analysis.star import LABELS, Sentence
from ..analysis.timing import Timing
from ..errors import RehearseError
from ..guide import Prompt
from ..transcript import Region, Transcript, Word

SCHEMA_VERSION = 3
EPSILON_S = 1e-6  # times are rounded to the millisecond: a word starting "at" a sentence's start


def _r(value: float | None, digits: int = 2) -> float | None:
    """Round for JSON, keeping None."""
    return None if value is None else round(float(value), digits)


def length_s(report: Report) -> float:
    """The answer's length as the JSON gives it: the spoken span, or a draft's estimate."""
    if report.timing is not None:
        return _r(report.timing.answer_span_s)
    return _r(report.minutes * 60, 1)


def i_share(report: Report) -> float | None:
    """The share of "I" among first-person pronouns as the JSON gives it; None without any."""
    return _r(report.pronouns.i_share)


def to_dict(report: Report) -> dict:
    """The JSON report: every field is documented in the README."""
    t = report.transcript
    timed = report.timing is not None
    fillers_by_word: dict[str, int] = {}
    for f in report.fillers:
        fillers_by_word[f.text] = fillers_by_word.get(f.text, 0) + 1
    timing = report.timing
    return {
        "schema_version": SCHEMA_VERSION,
        "source": {"path": report.source_path, "kind": t.kind, "duration_s": _r(t.duration_s)},
        "prompt": {"id": report.prompt.id, "text": report.prompt.text} if report.prompt else None,
        "model": report.model,
        "transcript": {
            "text": t.text,
            "words": [
                {
                    "text": w.text,
                    "start": _r(w.start, 3),
                    "end": _r(w.end, 3),
                    "filler": i in report.filler_indices,
                    "pitch_st": w.pitch_st,
                    "level_db": w.level_db,
                }
                for i, w in enumerate(t.words)
            ],
            "uncovered": [{"start": _r(r.start, 3), "end": _r(r.end, 3)} for r in t.uncovered],
        },
        "timing": {
            "answer_span_s": length_s(report) if timed else None,
            "speaking_time_s": _r(timing.speaking_time_s) if timed else None,
            "wpm": _r(timing.wpm, 1) if timed else None,
            "articulation_wpm": _r(timing.articulation_wpm, 1) if timed else None,
            "pauses": [{"start": _r(p.start), "end": _r(p.end)} for p in timing.pauses]
            if timed
            else [],
            "long_pauses": timing.long_pauses if timed else 0,
            "pace": [{"t": _r(x, 1), "wpm": _r(y, 1)} for x, y in timing.pace] if timed else [],
            "estimated_length_s": None if timed else length_s(report),
        },
        "fillers": {
            "count": len(report.fillers),
            "per_minute": _r(report.fillers_per_minute),
            "per_100_words": _r(
                100 * len(report.fillers) / report.content_words if report.content_words else 0.0
            ),
            "by_word": fillers_by_word,
            "items": [
                {
                    "text": f.text,
                    "start": _r(f.start, 3),
                    "end": _r(f.end, 3),
                    "first_word": f.index,
                    "last_word": f.index + f.length,
                    "source": f.source,
                }
                for f in report.fillers
            ],
        },
        "pronouns": {
            "i": report.pronouns.i,
            "we": report.pronouns.we,
            "i_share": i_share(report),
            "action": {"i": report.action_pronouns.i, "we": report.action_pronouns.we},
        },
        "star": {
            "sentences": [
                {
                    "text": s.text,
                    "label": s.label,
                    "start": _r(s.start, 3),
                    "end": _r(s.end, 3),
                    "first_word": s.first,
                    "last_word": s.last,
                }
                for s in report.sentences
            ],
            "shares": {label: _r(report.shares[label]["share"], 3) for label in LABELS},
            "seconds": {label: _r(report.shares[label]["seconds"]) for label in LABELS},
        },
        "content": {
            "metrics": report.metrics,
            "result_metrics": report.result_metrics,
            "has_learning": report.has_learning,
            "stated_learning": _finding(report.stated_learning),
            "mechanism": _finding(report.mechanism),
            "alternatives": _finding(report.alternatives),
            "action_steps": [{"text": t, "sentence": i} for t, i in report.action_steps],
            "metric_details": [
                {
                    "text": m.text,
                    "sentence": m.sentence,
                    "kind": m.kind,
                    "impact": m.impact,
                    "counted": m.counted,
                    "why": m.why,
                }
                for m in report.metric_details
            ],
        },
        "checks": [
            {
                "id": c.id,
                "name": c.name,
                "status": c.status,
                "value": _r(c.value, 3),
                "target": c.target,
                "message": c.message,
                "reason": c.reason,
                "evidence": c.evidence,
            }
            for c in report.checks
        ],
        "rubric": [
            {
                "id": r.id,
                "name": r.name,
                "found": r.found,
                "evidence": r.evidence,
                "advice": r.advice,
            }
            for r in report.rubric
        ],
        "follow_ups": [
            {"kind": f.kind, "question": f.question, "quote": f.quote} for f in report.follow_ups
        ],
        "first_fix": report.first_fix.to_dict() if report.first_fix else None,
        "delivery": _delivery(report.delivery),
        "advice": [c.message for c in report.advice()],
        "warnings": report.warnings,
    }


def from_dict(d: dict) -> Report:
    """The Report a JSON document of any stored schema version describes.

    Numbers come back as the document rounded them. The prompt carries only its id and text (the
    document's, which may predate an edit of prompts.yaml); speech regions are not stored.
    """
    version = d.get("schema_version", 1)
    if version > SCHEMA_VERSION:
        raise RehearseError(
            f"this report has schema version {version}; this rehearse reads up to "
            f"{SCHEMA_VERSION}: upgrade rehearse"
        )
    source, raw_words = d["source"], d["transcript"]["words"]
    words = [
        Word(
            w["text"],
            w.get("start"),
            w.get("end"),
            pitch_st=w.get("pitch_st"),
            level_db=w.get("level_db"),
        )
        for w in raw_words
    ]
    transcript = Transcript(words, [], source.get("duration_s"), source.get("kind", "audio"))
    transcript.uncovered = [
        Region(r["start"], r["end"]) for r in d["transcript"].get("uncovered", [])
    ]
    fillers = d["fillers"]
    pronouns, star, content = d["pronouns"], d["star"], d["content"]
    prompt = d.get("prompt")
    return Report(
        transcript=transcript,
        source_path=source.get("path", ""),
        prompt=Prompt(prompt["id"], prompt["text"], ()) if prompt else None,
        fillers=_fillers(raw_words, fillers["items"]),
        filler_indices={i for i, w in enumerate(raw_words) if w.get("filler")},
        timing=_timing(d["timing"]),
        pronouns=PronounCounts(pronouns["i"], pronouns["we"]),
        action_pronouns=PronounCounts(pronouns["action"]["i"], pronouns["action"]["we"]),
        sentences=_sentences(raw_words, star["sentences"]),
        shares={
            label: {"seconds": star["seconds"].get(label), "share": star["shares"].get(label, 0.0)}
            for label in LABELS
        },
        metrics=list(content["metrics"]),
        result_metrics=list(content["result_metrics"]),
        has_learning=bool(content["has_learning"]),
        checks=[
            Check(
                c["id"],
                c["status"],
                c["value"],
                c["target"],
                c["message"],
                c.get("reason", ""),
                c.get("evidence"),
            )
            for c in d["checks"]
        ],
        model=d.get("model"),
        warnings=list(d.get("warnings", [])),
        fillers_per_minute=fillers["per_minute"],
        metric_details=[Metric(**m) for m in content.get("metric_details", [])],
        stated_learning=_read_finding(content.get("stated_learning")),
        mechanism=_read_finding(content.get("mechanism")),
        alternatives=_read_finding(content.get("alternatives")),
        action_steps=[(a["text"], a["sentence"]) for a in content.get("action_steps", [])],
        rubric=[RubricItem(**r) for r in d.get("rubric", [])],
        follow_ups=[FollowUp(**f) for f in d.get("follow_ups", [])],
        first_fix=Fix.from_dict(d["first_fix"]) if d.get("first_fix") else None,
        delivery=_read_delivery(d.get("delivery")),
    )


def _delivery(d: Delivery | None) -> dict | None:
    """How the answer was said, as JSON."""
    if d is None:
        return None
    return {
        "pitch_range_st": d.pitch_range_st,
        "pitch_sd_st": d.pitch_sd_st,
        "monotone": d.monotone,
        "level_range_db": d.level_range_db,
        "sentence_pitch_st": d.sentence_pitch,
        "sentence_level_db": d.sentence_level,
        "trailing_off": d.trailing,
        "pace_spans": [
            {"start": _r(s.start), "end": _r(s.end), "kind": s.kind, "wpm": s.wpm}
            for s in d.pace_spans
        ],
        "starters": [{"text": t, "count": n} for t, n in d.starters],
        "crutches": [{"text": t, "count": n} for t, n in d.crutches],
        "hedges": [{"text": t, "count": n} for t, n in d.hedges],
    }


def _read_delivery(d: dict | None) -> Delivery | None:
    """The Delivery of a version-3 document; None before."""
    if d is None:
        return None
    return Delivery(
        pitch_range_st=d["pitch_range_st"],
        pitch_sd_st=d["pitch_sd_st"],
        level_range_db=d["level_range_db"],
        sentence_pitch=list(d["sentence_pitch_st"]),
        sentence_level=list(d["sentence_level_db"]),
        trailing=list(d["trailing_off"]),
        pace_spans=[Span(s["start"], s["end"], s["kind"], s["wpm"]) for s in d["pace_spans"]],
        starters=[(x["text"], x["count"]) for x in d["starters"]],
        crutches=[(x["text"], x["count"]) for x in d["crutches"]],
        hedges=[(x["text"], x["count"]) for x in d["hedges"]],
    )


def _finding(f: Finding | None) -> dict | None:
    """A content finding as JSON: found, and the sentence that says it."""
    if f is None:
        return None
    return {"found": f.found, "evidence": f.evidence, "sentence": f.sentence}


def _read_finding(d: dict | None) -> Finding | None:
    """A content finding from JSON; None for a version-1 document, which did not have it."""
    return None if d is None else Finding(d["found"], d.get("evidence"), d.get("sentence"))


def _timing(t: dict) -> Timing | None:
    """The timing of a recording; None for a draft (which has an estimated length instead)."""
    if t.get("answer_span_s") is None:
        return None
    return Timing(
        answer_span_s=t["answer_span_s"],
        speaking_time_s=t["speaking_time_s"],
        wpm=t["wpm"],
        articulation_wpm=t["articulation_wpm"],
        pauses=[Region(p["start"], p["end"]) for p in t["pauses"]],
        long_pauses=t["long_pauses"],
        pace=[(p["t"], p["wpm"]) for p in t["pace"]],
    )


def _sentences(words: list[dict], sentences: list[dict]) -> list[Sentence]:
    """The sentences with their word ranges: stored, or derived for a document without them."""
    if all("first_word" in s for s in sentences):
        ranges = [(s["first_word"], s["last_word"]) for s in sentences]
    else:
        ranges = _derive_sentence_ranges(words, sentences)
    return [
        Sentence(s["text"], first, last, s.get("start"), s.get("end"), s["label"])
        for s, (first, last) in zip(sentences, ranges, strict=True)
    ]


def _derive_sentence_ranges(words: list[dict], sentences: list[dict]) -> list[tuple[int, int]]:
    """Which words each sentence holds, for documents written before the ranges were stored.

    A sentence's text is its words joined by spaces, so counting tokens assigns them; times are
    the fallback should the counts ever disagree. A sentence left with no word gets (0, 0).
    """
    counts = [len(s["text"].split()) for s in sentences]
    if sum(counts) == len(words):
        owner = [i for i, n in enumerate(counts) for _ in range(n)]
    else:
        owner = []
        for w in words:
            start = w.get("start") or 0.0
            index = 0
            for i, s in enumerate(sentences):
                if s.get("start") is not None and s["start"] <= start + EPSILON_S:
                    index = i
            owner.append(index)
    ranges = []
    for index in range(len(sentences)):
        members = [i for i, o in enumerate(owner) if o == index]
        ranges.append((members[0], members[-1] + 1) if members else (0, 0))
    return ranges


def _fillers(words: list[dict], items: list[dict]) -> list[Filler]:
    """The fillers with the words they cover: stored, or derived from the words' filler marks."""
    if all("first_word" in f for f in items):
        return [
            Filler(
                f["text"],
                f["first_word"],
                f["last_word"] - f["first_word"],
                f["start"],
                f["end"],
                f.get("source", "asr"),
            )
            for f in items
        ]
    # Fillers never overlap and come in order, so the marked words are theirs one after another.
    marked = [i for i, w in enumerate(words) if w.get("filler")]
    fillers, k = [], 0
    for f in items:
        index = marked[k] if k < len(marked) else len(words)
        # A two-word filler ("you know") covers two words; its contraction ("y'know") one.
        spoken = normalize(words[index]["text"]) if index < len(words) else ""
        length = len(f["text"].split()) if spoken == f["text"].split()[0] else 1
        fillers.append(
            Filler(f["text"], index, length, f["start"], f["end"], f.get("source", "asr"))
        )
        k += length
    return fillers
