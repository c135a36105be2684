from __future__ import annotations

import pytest

from rehearse.analysis.content import find_metrics, has_learning, result_metrics


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Latency dropped 35% after the change.", ["35%"]),
        ("It went down 35 percent.", ["35 percent"]),
        ("Thirty-five percent fewer errors.", ["Thirty-five percent"]),
        ("We saved $2M a year.", ["$2M"]),
        ("That saved about 2 million dollars.", ["2 million dollars"]),
        ("It took two weeks and then 20 minutes a day.", ["two weeks", "20 minutes a day"]),
        ("We had a 72-hour window.", ["72-hour"]),
        ("Done in 48 hours.", ["48 hours"]),
        ("Throughput went up 3x.", ["3x"]),
        ("It was three times faster.", ["three times"]),
        ("We doubled throughput and halved the cost.", ["doubled", "halved"]),
        ("p99 timeouts dropped from 2.3% to 0.2%.", ["from 2.3% to 0.2%"]),
        ("MTTR went from 45 min to 12 min.", ["from 45 min to 12 min"]),
        ("Rating improved from 3.9 to 4.4.", ["from 3.9 to 4.4"]),
        (
            "from forty five minutes down to twelve minutes",
            ["from forty five minutes down to twelve minutes"],
        ),
        (
            "It serves 8M daily users and 10,000 requests per second.",
            ["8M", "10,000 requests per second"],
        ),
        ("two and a half weeks later", ["two and a half weeks"]),
        ("a hundred customers and a dozen teams", ["a hundred customers", "a dozen teams"]),
        ("peak capacity +25%, to ~60 lines", ["+25%", "~60 lines"]),
        (
            "Zero downtime and zero customer-facing incidents.",
            ["Zero downtime", "zero customer-facing incidents"],
        ),
        ("We went from zero tests to 300 tests.", ["from zero tests to 300 tests"]),
    ],
)
def test_find_metrics(text, expected):
    assert find_metrics(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "One of the services failed.",
        "First, I looked at the logs.",
        "I joined in 2019 and left in 2021.",
        "The two of us paired on it.",
        "We ran a 24/7 rotation in Q2 to watch p99 latency.",
        "I mean, it was fine.",
        "",
    ],
)
def test_find_metrics_ignores_context_numbers(text):
    assert find_metrics(text) == []


def test_find_metrics_keeps_numbers_that_look_like_years_with_units():
    assert find_metrics("We migrated 2000 users in 2020.") == ["2000 users"]


def test_find_metrics_dedupes_in_order():
    assert find_metrics("It took 2 weeks. Yes, 2 weeks, then 5%.") == ["2 weeks", "5%"]


def test_has_learning_from_label():
    assert has_learning(["We shipped.", "Good."], ["action", "learning"])


def test_has_learning_from_language_in_the_last_third():
    texts = ["Our deploys were slow.", "I parallelised the build.", "Deploys took 5 minutes."]
    labels = ["situation", "action", "result"]
    assert not has_learning(texts, labels)
    assert has_learning([*texts, "Next time I would measure first."], [*labels, "result"])
    assert has_learning([*texts, "I also put a runbook in place."], [*labels, "result"])
    assert has_learning([*texts, "Since then we always add alerts."], [*labels, "result"])


def test_has_learning_ignores_learning_words_early_on():
    texts = ["I learned about the bug on Monday.", "I fixed it.", "I shipped it.", "It worked."]
    labels = ["situation", "action", "action", "result"]
    assert not has_learning(texts, labels)


def test_has_learning_empty():
    assert not has_learning([], [])


def test_result_metrics_only_from_result_and_learning():
    texts = [
        "We had 3 services timing out for 2 weeks.",
        "I added a rate limiter in 2 days.",
        "Timeouts dropped from 2.3% to 0.2%.",
        "That saved 10 hours a week of on-call.",
    ]
    labels = ["situation", "action", "result", "learning"]
    assert result_metrics(texts, labels) == ["from 2.3% to 0.2%", "10 hours a week"]
    assert result_metrics(texts, ["situation", "action", "action", "action"]) == []
    assert result_metrics([], []) == []


def test_learning_language_needs_reflection_not_just_the_word():
    texts = ["We had a slow model.", "I tuned it.", "It now works on machine learning data."]
    assert not has_learning(texts, ["situation", "action", "result"])
    texts = ["We had a slow model.", "I tuned it.", "I'd approach the tuning differently now."]
    assert has_learning(texts, ["situation", "action", "result"])
