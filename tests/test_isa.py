"""End-to-end checks under forced CPU instruction sets, in subprocesses running the real CLI.

CTranslate2's int8 kernels differ per instruction set, so a window that decodes whole on one CPU
can lose its middle on another. CT2_FORCE_CPU_ISA makes this machine decode as an AVX2-only and as
a plain (GENERIC) x86-64 CPU would; the coverage guard, not looser tolerances, must make every
answer come out whole on each.
"""

from __future__ import annotations

import json

import pytest
from conftest import FIXTURES, run_cli, truth
from scoring import filler_hits, match, sentence_hits, truth_words, word_recall

from rehearse.coverage import loops
from rehearse.transcript import Word

pytestmark = pytest.mark.slow

ISAS = ["AVX2", "GENERIC"]
OLD = ["balanced", "we_heavy", "long_setup", "no_metric", "over_two_min", "filler_heavy"]
HARD = sorted(p.stem for p in FIXTURES.glob("hard_*.json"))
WORD_RECALL_MIN = 0.95  # tiny.en's own mishearings cost a few percent; a lost sentence 5-15%
UNCOVERED_MAX_S = 1.0
FILLER_MIN = 0.9  # the bar for recall and precision over the hard answers
STAR_MIN = 0.7  # test_analyze_e2e's bar, on the old answers (written with sentence truth)


_REPORTS: dict[tuple[str, str, str], dict] = {}


def _report(stem: str, isa: str, command: str, tmp_path) -> dict:
    """The --json report of `analyze` or `practice --input` on a fixture under a forced ISA
    (each made once per test session)."""
    key = (stem, isa, command)
    if key not in _REPORTS:
        _REPORTS[key] = _run(stem, isa, command, tmp_path)
    return _REPORTS[key]


def _run(stem: str, isa: str, command: str, tmp_path) -> dict:
    """Run the CLI once."""
    t = truth(stem)
    path = str(FIXTURES / t["audio"])
    if command == "analyze":
        args = ["analyze", path, "--prompt", t["prompt"], "--json"]
    else:
        args = ["practice", t["prompt"], "--input", path, "--speed", "0", "--json"]
        args += ["--data-dir", str(tmp_path)]
    result = run_cli(*args, env={"CT2_FORCE_CPU_ISA": isa})
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout)


def _check_whole(stem: str, doc: dict, recall: bool = True) -> None:
    """Every word said is there, in order; no speech left unheard; no loop."""
    t = truth(stem)
    words = [w["text"] for w in doc["transcript"]["words"]]
    if recall:
        found = word_recall(truth_words(t), words)
        assert found >= WORD_RECALL_MIN, (stem, found, " ".join(words))
    unheard = sum(u["end"] - u["start"] for u in doc["transcript"]["uncovered"])
    assert unheard <= UNCOVERED_MAX_S, (stem, doc["transcript"]["uncovered"])
    assert loops([Word(w) for w in words]) == [], (stem, " ".join(words))


@pytest.mark.parametrize("isa", ISAS)
@pytest.mark.parametrize("stem", OLD + HARD)
def test_analyze_hears_every_answer_whole(stem, isa, tmp_path):
    _check_whole(stem, _report(stem, isa, "analyze", tmp_path))


@pytest.mark.parametrize("isa", ISAS)
@pytest.mark.parametrize("stem", OLD)
def test_analyze_labels_and_times_fillers_alike_on_every_isa(stem, isa, tmp_path):
    # The decoder's commas and word times change with the ISA: under AVX2 over_two_min's
    # "release, within two weeks, ..." and filler_heavy's "ah" folded into "with" failed
    # test_analyze_e2e's bars on an AVX2 machine while an AVX-512 one passed them.
    doc, t = _report(stem, isa, "analyze", tmp_path), truth(stem)
    found = [(s["start"], s["end"], s["label"]) for s in doc["star"]["sentences"]]
    assert sentence_hits(t, found) / len(t["sentences"]) >= STAR_MIN, found
    fillers = [(f["text"], (f["start"] + f["end"]) / 2) for f in doc["fillers"]["items"]]
    assert filler_hits(t, fillers) >= len(t["fillers"]) - 1, fillers


@pytest.mark.parametrize("command", ["analyze", "practice"])
@pytest.mark.parametrize("isa", ISAS)
def test_hard_answers_fillers(isa, command, tmp_path):
    """Filler recall and precision >= 0.9 over all hard answers, for analyze and practice."""
    hits = found = true = 0
    for stem in HARD:
        doc = _report(stem, isa, command, tmp_path)
        if command == "practice":
            _check_whole(stem, doc, recall=False)  # word recall: test_practice_hears_…
        pairs = match(doc["fillers"]["items"], truth(stem)["fillers"])
        hits += sum(t is not None for _, t in pairs)
        found += len(pairs)
        true += len(truth(stem)["fillers"])
    assert hits / true >= FILLER_MIN, (hits, true)
    assert hits / found >= FILLER_MIN, (hits, found)


@pytest.mark.parametrize("isa", ISAS)
@pytest.mark.parametrize("stem", HARD)
def test_practice_hears_every_hard_answer_whole(stem, isa, tmp_path):
    # practice decodes the answer's own windows as analyze does; with only its eager 6 s windows
    # tiny.en misheard hard_testing's noisy words ("one in five" -> "1 and 5"), recall 0.933.
    _check_whole(stem, _report(stem, isa, "practice", tmp_path))
