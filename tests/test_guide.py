"""prompts.yaml encodes the guide; rehearse.guide loads it or says what is wrong and where."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from rehearse.errors import RehearseError
from rehearse.guide import Target, prompts

GUIDE_FILE = Path("/work/shared/guide/interview-guide.txt")

# The seven questions, copied from the guide's opening line.
GUIDE_TEXTS = {
    "why-amazon": "Why do you want to work at Amazon?",
    "simple-solution": "Describe a time you delivered a simple solution to a complex problem.",
    "failure": "What is your biggest professional failure and what did you learn from it?",
    "deadline": (
        "Tell me about a time you missed a deadline—what happened and how did you handle it?"
    ),
    "above-and-beyond": "Describe a project where you went above and beyond expectations.",
    "tight-deadline": "Share an example of working under a tight deadline.",
    "proudest": "What project are you most proud of and why?",
}

# Each section's "Principles:" line (why-amazon: the two its example leads with).
GUIDE_PRINCIPLES = {
    "why-amazon": ("Customer Obsession", "Ownership"),
    "simple-solution": ("Invent and Simplify", "Dive Deep", "Bias for Action"),
    "failure": ("Ownership", "Earn Trust", "Learn and Be Curious"),
    "deadline": ("Deliver Results", "Earn Trust", "Ownership"),
    "above-and-beyond": ("Customer Obsession", "Ownership", "Insist on the Highest Standards"),
    "tight-deadline": ("Bias for Action", "Deliver Results", "Dive Deep"),
    "proudest": ("Deliver Results", "Think Big", "Ownership"),
}

# id: (pass_min, pass_max, warn_min, warn_max, unit, source)
TARGET_TABLE = {
    "answer_length_s": (60, 120, 45, 150, "s", "guide"),
    "pace_wpm": (100, 165, 90, 180, "wpm", "convention"),
    "setup_share": (None, 0.35, None, 0.5, "share", "guide"),
    "action_result_share": (0.5, None, 0.35, None, "share", "guide"),
    "result_metrics": (1, None, None, None, "count", "guide"),
    "learning": (1, None, None, None, "flag", "guide"),
    "i_share": (0.5, None, 0.3, None, "share", "guide"),
    "fillers_per_minute": (None, 3, None, 6, "per_min", "convention"),
    "long_pauses": (None, 1, None, 3, "count", "convention"),
    # the guide's answer template: warn at worst
    "action_steps": (3, 5, 0, None, "count", "guide"),
    "alternatives": (1, None, None, None, "flag", "guide"),
    "template_metrics": (2, None, None, None, "count", "guide"),
}


@pytest.fixture(scope="module")
def guide() -> prompts.Guide:
    return prompts.load(prompts.DEFAULT_PATH)


# --- the real prompts.yaml -------------------------------------------------------------------


def test_real_file_has_the_seven_prompts_in_guide_order(guide):
    assert [p.id for p in guide.prompts] == list(GUIDE_TEXTS)
    assert guide.path == prompts.DEFAULT_PATH


@pytest.mark.parametrize("prompt_id", list(GUIDE_TEXTS))
def test_prompt_text_and_principles_match_the_guide(guide, prompt_id):
    prompt = guide.prompt(prompt_id)
    assert prompt.text == GUIDE_TEXTS[prompt_id]
    assert prompt.principles == GUIDE_PRINCIPLES[prompt_id]
    assert prompt.looks_for
    assert prompt.themes and set(prompt.themes) <= set(prompts.THEMES)


@pytest.mark.parametrize("prompt_id", list(GUIDE_TEXTS))
def test_every_prompt_carries_the_shared_tips(guide, prompt_id):
    tips = guide.prompt(prompt_id).tips
    assert any(t.startswith(("Quantify impact", "Quantify outcomes")) for t in tips)
    assert 'Use "I" for actions you owned.' in tips
    assert "Target 1–2 minutes per answer." in tips


def test_why_amazon_says_to_call_out_two_or_three_principles(guide):
    prompt = guide.prompt("why-amazon")
    assert "Mission/principles alignment: call out 2–3 principles that resonate." in prompt.tips
    assert prompt.looks_for == (
        "Alignment with mission and leadership principles, fit with the role/team, "
        "and evidence you did your homework."
    )


def test_looks_for_quotes_the_guide_tips(guide):
    assert guide.prompt("failure").looks_for == (
        "Own it, avoid blaming, include root cause, impact, and prevention mechanisms."
    )
    assert guide.prompt("deadline").looks_for == (
        "Show early risk detection, re-baselining, stakeholder management, "
        "and how you prevented repeats."
    )


@pytest.mark.skipif(not GUIDE_FILE.is_file(), reason="the shared guide is not on this machine")
def test_literals_above_really_are_in_the_guide():
    text = GUIDE_FILE.read_text(encoding="utf-8")
    opening = text.splitlines()[0]
    for sentence in GUIDE_TEXTS.values():
        assert sentence in opening
    for principles in GUIDE_PRINCIPLES.values():
        for principle in principles:
            assert principle in text


def test_real_file_targets_match_the_table(guide):
    assert list(guide.targets) == list(prompts.TARGET_IDS) == list(TARGET_TABLE)
    for tid, (pmin, pmax, wmin, wmax, unit, source) in TARGET_TABLE.items():
        target = guide.targets[tid]
        assert target.id == tid
        assert (target.pass_min, target.pass_max, target.warn_min, target.warn_max) == (
            pmin,
            pmax,
            wmin,
            wmax,
        ), tid
        assert (target.unit, target.source) == (unit, source), tid
        assert target.reason, tid


def test_prompt_lookup_is_exact_but_ignores_case(guide):
    assert guide.prompt("Tight-Deadline").id == "tight-deadline"
    with pytest.raises(RehearseError) as caught:
        guide.prompt("tight")
    assert str(caught.value) == (
        "unknown prompt 'tight': choose one of why-amazon, simple-solution, failure, deadline, "
        "above-and-beyond, tight-deadline, proudest"
    )


# --- Target.status and describe ----------------------------------------------------------------


@pytest.mark.parametrize(
    "tid, value, expected",
    [
        ("answer_length_s", 60, "pass"),
        ("answer_length_s", 120, "pass"),
        ("answer_length_s", 59.9, "warn"),
        ("answer_length_s", 45, "warn"),
        ("answer_length_s", 44.9, "fail"),
        ("answer_length_s", 120.1, "warn"),
        ("answer_length_s", 150, "warn"),
        ("answer_length_s", 150.1, "fail"),
        ("setup_share", 0.0, "pass"),
        ("setup_share", 0.35, "pass"),
        ("setup_share", 0.36, "warn"),
        ("setup_share", 0.5, "warn"),
        ("setup_share", 0.51, "fail"),
        ("action_result_share", 1.0, "pass"),
        ("action_result_share", 0.5, "pass"),
        ("action_result_share", 0.35, "warn"),
        ("action_result_share", 0.34, "fail"),
        ("result_metrics", 0, "fail"),
        ("result_metrics", 1, "pass"),
        ("result_metrics", 4, "pass"),
        ("learning", 0, "fail"),
        ("learning", 1, "pass"),
        ("learning", True, "pass"),
        ("i_share", 0.3, "warn"),
        ("i_share", 0.29, "fail"),
        ("fillers_per_minute", 3, "pass"),
        ("fillers_per_minute", 3.5, "warn"),
        ("fillers_per_minute", 6, "warn"),
        ("fillers_per_minute", 6.5, "fail"),
        ("long_pauses", 0, "pass"),
        ("long_pauses", 2, "warn"),
        ("long_pauses", 4, "fail"),
        ("pace_wpm", 89, "fail"),
        ("pace_wpm", 181, "fail"),
    ],
)
def test_status_boundaries_are_inclusive(guide, tid, value, expected):
    assert guide.targets[tid].status(value) == expected


def test_status_of_an_undefined_value_is_fail():
    target = Target("i_share", "share", 0.5, None, 0.3, None, "r", "guide")
    assert target.status(math.nan) == "fail"


def test_a_target_with_no_bounds_passes_everything():
    target = Target("x", "count", None, None, None, None, "r", "convention")
    assert target.status(-1e9) == target.status(1e9) == "pass"
    assert target.describe() == "any"


@pytest.mark.parametrize(
    "tid, text",
    [
        ("answer_length_s", "60–120 s"),
        ("pace_wpm", "100–165 wpm"),
        ("setup_share", "≤ 35%"),
        ("action_result_share", "≥ 50%"),
        ("result_metrics", "≥ 1"),
        ("learning", "yes"),
        ("i_share", "≥ 50%"),
        ("fillers_per_minute", "≤ 3 /min"),
        ("long_pauses", "≤ 1"),
    ],
)
def test_describe(guide, tid, text):
    assert guide.targets[tid].describe() == text


# --- finding the file ---------------------------------------------------------------------------

VALID = """\
version: 1
prompts:
  - id: deadline
    text: Tell me about a time you missed a deadline.
    principles: [Deliver Results, Ownership]
  - id: failure
    text: What is your biggest professional failure?
    principles: [Ownership]
    looks_for: Own it.
    tips: [Own it.]
    themes: [failure]
targets:
  answer_length_s:
    unit: s
    pass: {min: 60, max: 120}
    warn: {min: 45, max: 150}
    reason: guide
    source: guide
  pace_wpm: {unit: wpm, pass: {min: 100, max: 165}, warn: {min: 90, max: 180}, reason: r,
             source: convention}
  setup_share: {unit: share, pass: {max: 0.35}, warn: {max: 0.5}, reason: r, source: guide}
  action_result_share: {unit: share, pass: {min: 0.5}, warn: {min: 0.35}, reason: r, source: guide}
  result_metrics: {unit: count, pass: {min: 1}, warn: {min: null}, reason: r, source: guide}
  learning: {unit: flag, pass: {min: 1}, reason: r, source: guide}
  i_share: {unit: share, pass: {min: 0.5}, warn: {min: 0.3}, reason: r, source: guide}
  fillers_per_minute: {unit: per_min, pass: {max: 3}, warn: {max: 6}, reason: r, source: convention}
  long_pauses:
    unit: count
    pass: {max: 1}
    warn: {max: 3}
    reason: r
    source: convention
"""


def _write(tmp_path: Path, text: str, name: str = "broken.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_minimal_valid_file_loads(tmp_path):
    guide = prompts.load(str(_write(tmp_path, VALID, "mine.yaml")))
    assert [p.id for p in guide.prompts] == ["deadline", "failure"]
    assert guide.prompt("deadline").tips == () and guide.prompt("deadline").looks_for == ""
    assert guide.prompt("failure").themes == ("failure",)
    assert guide.targets["learning"].warn_min is None
    assert guide.path == tmp_path / "mine.yaml"


def test_env_var_overrides_the_default(tmp_path, monkeypatch):
    path = _write(tmp_path, VALID, "elsewhere.yaml")
    monkeypatch.setenv(prompts.ENV_VAR, str(path))
    assert prompts.default_path() == path
    assert prompts.load().path == path


def test_packaged_copy_is_the_fallback(tmp_path, monkeypatch):
    monkeypatch.delenv(prompts.ENV_VAR, raising=False)
    packaged = _write(tmp_path, VALID, "packaged.yaml")
    monkeypatch.setattr(prompts, "DEFAULT_PATH", tmp_path / "absent.yaml")
    monkeypatch.setattr(prompts, "PACKAGED_PATH", packaged)
    assert prompts.load().path == packaged
    monkeypatch.setattr(prompts, "PACKAGED_PATH", tmp_path / "also-absent.yaml")
    with pytest.raises(RehearseError, match="prompts file not found: .*absent.yaml"):
        prompts.load()


def test_default_is_the_repo_file_when_env_is_unset(monkeypatch):
    monkeypatch.delenv(prompts.ENV_VAR, raising=False)
    assert prompts.default_path() == Path(__file__).resolve().parent.parent / "prompts.yaml"


def test_missing_file(tmp_path):
    path = tmp_path / "nope.yaml"
    with pytest.raises(RehearseError) as caught:
        prompts.load(path)
    assert str(caught.value).startswith(f"prompts file not found: {path} (")


def test_anchors_and_merge_keys_work_as_in_safe_load(tmp_path):
    text = VALID.replace(
        "  setup_share: {unit: share,", "  setup_share: &share {unit: share,"
    ).replace(
        "  i_share: {unit: share, pass: {min: 0.5}, warn: {min: 0.3}, reason: r, source: guide}",
        "  i_share: {<<: *share, pass: {min: 0.5}, warn: {min: 0.3}}",
    )
    assert "*share" in text
    target = prompts.load(_write(tmp_path, text)).targets["i_share"]
    assert (target.unit, target.pass_min, target.pass_max, target.warn_min) == (
        "share",
        0.5,
        None,
        0.3,
    )


# --- broken files: one RehearseError with file and line -----------------------------------------

# (case, old text, new text, a snippet on the line the error must name, part of the message)
BROKEN = [
    (
        "invalid-yaml",
        "    text: What is your biggest professional failure?",
        "    text: What is: your biggest: failure?",
        "What is: your",
        "invalid YAML: mapping values are not allowed here",
    ),
    (
        "missing-text",
        "    text: Tell me about a time you missed a deadline.\n",
        "",
        "- id: deadline",
        "prompt 'deadline' has no 'text' (every prompt needs id, text, principles)",
    ),
    (
        "missing-id",
        "  - id: failure\n    text: What",
        "  - text: What",
        "- text: What",
        "prompt 2 has no 'id'",
    ),
    (
        "principles-not-a-list",
        "principles: [Ownership]",
        "principles: Ownership",
        "principles: Ownership",
        "prompt 'failure' principles must be a list, found 'Ownership'",
    ),
    (
        "text-not-text",
        "    text: What is your biggest professional failure?",
        "    text: [a, b]",
        "text: [a, b]",
        "prompt 'failure' text must be text, found a list",
    ),
    (
        "id-not-kebab-case",
        "  - id: failure",
        "  - id: Deadline",
        "- id: Deadline",
        "prompt id 'Deadline' is not kebab-case",
    ),
    (
        "duplicate-prompt-id",
        "  - id: failure",
        "  - id: deadline",
        "  - id: deadline\n    text: What",
        "duplicate prompt id 'deadline' (first at line 3)",
    ),
    (
        "duplicate-key",
        "    looks_for: Own it.\n",
        "    looks_for: Own it.\n    looks_for: Again.\n",
        "looks_for: Again.",
        "duplicate key 'looks_for' (first at line 9)",
    ),
    (
        "unknown-prompt-key",
        "    tips: [Own it.]",
        "    tipps: [Own it.]",
        "tipps:",
        "prompt 'failure' has unknown key 'tipps'",
    ),
    (
        "unknown-theme",
        "themes: [failure]",
        "themes: [failure, heroics]",
        "themes: [failure, heroics]",
        "unknown theme 'heroics'",
    ),
    (
        "empty-prompts",
        VALID[VALID.index("  - id: deadline") : VALID.index("targets:")],
        "",
        "prompts:",
        "prompts list is empty (add at least one prompt)",
    ),
    (
        "empty-prompts-list",
        VALID[VALID.index("prompts:\n") : VALID.index("targets:")],
        "prompts: []\n",
        "prompts: []",
        "prompts list is empty (add at least one prompt)",
    ),
    (
        "prompts-not-a-list",
        VALID[VALID.index("prompts:\n") : VALID.index("targets:")],
        "prompts: deadline\n",
        "prompts: deadline",
        "prompts must be a list of prompts, found 'deadline'",
    ),
    (
        "wrong-version",
        "version: 1",
        "version: 2",
        "version: 2",
        "unsupported version '2' (rehearse reads version 1)",
    ),
    (
        "unknown-target-id",
        "  learning: {unit: flag, pass: {min: 1}, reason: r, source: guide}\n",
        "  learning: {unit: flag, pass: {min: 1}, reason: r, source: guide}\n"
        "  lerning: {unit: flag, pass: {min: 1}, reason: r, source: guide}\n",
        "lerning:",
        "targets has unknown key 'lerning' (known targets: answer_length_s",
    ),
    (
        "missing-target",
        "  learning: {unit: flag, pass: {min: 1}, reason: r, source: guide}\n",
        "",
        "targets:",
        "targets has no 'learning' (the analyzer grades all of answer_length_s, pace_wpm",
    ),
    (
        "missing-target-field",
        "    reason: guide\n",
        "",
        "  answer_length_s:",
        "target 'answer_length_s' has no 'reason'",
    ),
    (
        "pass-range-inverted",
        "    pass: {min: 60, max: 120}",
        "    pass: {min: 120, max: 60}",
        "pass: {min: 120, max: 60}",
        "target 'answer_length_s' pass range is inverted: min 120 > max 60 (swap them)",
    ),
    (
        "warn-range-inverted",
        "warn: {min: 90, max: 180}",
        "warn: {min: 180, max: 90}",
        "warn: {min: 180, max: 90}",
        "target 'pace_wpm' warn range is inverted",
    ),
    (
        "non-numeric-bound",
        "pass: {max: 3}",
        "pass: {max: three}",
        "pass: {max: three}",
        "target 'fillers_per_minute' pass.max must be a number or null, found 'three'",
    ),
    (
        "boolean-bound",
        "    pass: {max: 1}",
        "    pass: {max: yes}",
        "pass: {max: yes}",
        "target 'long_pauses' pass.max must be a number or null",
    ),
    (
        "no-pass-bounds",
        "pass: {min: 1}, warn: {min: null}",
        "pass: {}, warn: {min: null}",
        "result_metrics:",
        "target 'result_metrics' pass range has no bounds",
    ),
    (
        "warn-inside-pass",
        "    warn: {min: 45, max: 150}",
        "    warn: {min: 70, max: 150}",
        "warn: {min: 70, max: 150}",
        "warn.min 70 is inside the pass range (pass.min is 60)",
    ),
    (
        "warn-without-pass-side",
        "warn: {max: 0.5}",
        "warn: {min: 0.1, max: 0.5}",
        "warn: {min: 0.1, max: 0.5}",
        "target 'setup_share' warn.min 0.1 has no pass.min to widen",
    ),
    (
        "unknown-unit",
        "    unit: count\n    pass: {max: 1}",
        "    unit: pauses\n    pass: {max: 1}",
        "unit: pauses",
        "target 'long_pauses' has unknown unit 'pauses'",
    ),
    (
        "unknown-source",
        "    source: convention\n",
        "    source: folklore\n",
        "source: folklore",
        "source must be guide or convention, not 'folklore'",
    ),
    (
        "python-tag",
        "    reason: guide",
        "    reason: !!python/object/apply:os.system [echo hi]",
        "!!python/object",
        "unsupported YAML: could not determine a constructor for the tag",
    ),
    (
        "warn-not-a-mapping",
        "    warn: {max: 3}\n    reason: r",
        "    warn: 3\n    reason: r",
        "warn: 3",
        "target 'long_pauses' warn must be a mapping of min, max, found '3'",
    ),
    (
        "two-documents",
        "version: 1\n",
        "version: 1\n---\nversion: 1\n",
        "---",
        "invalid YAML: expected a single document in the stream, but found another document",
    ),
    (
        "control-character",
        "reason: r, source: guide}\n  i_share",
        "reason: r\x07, source: guide}\n  i_share",
        "r\x07",
        "invalid YAML: unacceptable character #x0007",
    ),
]


def _line_of(text: str, snippet: str) -> int:
    """1-based line where snippet starts in text."""
    assert snippet in text, snippet
    return text[: text.index(snippet)].count("\n") + 1


@pytest.mark.parametrize(
    "old, new, snippet, fragment", [case[1:] for case in BROKEN], ids=[c[0] for c in BROKEN]
)
def test_broken_file_names_file_and_line(tmp_path, old, new, snippet, fragment):
    assert VALID.count(old) == 1, old
    text = VALID.replace(old, new)
    path = _write(tmp_path, text)
    with pytest.raises(RehearseError) as caught:
        prompts.load(path)
    message = str(caught.value)
    assert message.startswith(f"{path}:{_line_of(text, snippet)}: "), message
    assert fragment in message
    assert "\n" not in message


def test_empty_file_is_line_one(tmp_path):
    path = _write(tmp_path, "# nothing here\n")
    with pytest.raises(RehearseError) as caught:
        prompts.load(path)
    assert str(caught.value) == f"{path}:1: file is empty (it needs version, prompts, targets)"


def test_top_level_list_is_rejected(tmp_path):
    path = _write(tmp_path, "\n- id: deadline\n")
    with pytest.raises(RehearseError) as caught:
        prompts.load(path)
    assert str(caught.value).startswith(f"{path}:2: the file must be a mapping of version, prompts")


def test_non_utf8_file(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes("version: 1\nprompts: caf\xe9\n".encode("latin-1"))
    with pytest.raises(RehearseError, match="not UTF-8 text"):
        prompts.load(path)


def test_why_amazon_is_not_graded_as_a_star_story():
    guide = prompts.load()
    assert set(guide.prompt("why-amazon").skip_checks) == {
        "setup_share",
        "action_result_share",
        "learning",
    }
    assert guide.prompt("deadline").skip_checks == ()


def test_unknown_skipped_check_names_the_line(tmp_path):
    text = prompts.DEFAULT_PATH.read_text().replace(
        "skip_checks: [setup_share, action_result_share, learning]",
        "skip_checks: [setup_share, nonsense]",
    )
    bad = tmp_path / "prompts.yaml"
    bad.write_text(text)
    line = next(i for i, row in enumerate(text.splitlines(), 1) if "nonsense" in row)
    with pytest.raises(RehearseError, match=rf"prompts.yaml:{line}: .*unknown check 'nonsense'"):
        prompts.load(bad)
