from __future__ import annotations

import pytest

from rehearse.analysis.fillers import FILLERS, Filler, filler_indices, find_fillers, normalize
from rehearse.transcript import Word


def words_of(text: str, step: float = 0.5) -> list[Word]:
    """Whisper-style words of a text, each step seconds long, back to back from 0."""
    return [Word(t, k * step, (k + 1) * step) for k, t in enumerate(text.split())]


def found(text: str) -> list[str]:
    """The fillers in a text as 'canonical@index'."""
    return [f"{f.text}@{f.index}" for f in find_fillers(words_of(text))]


def kinds(text: str) -> list[str]:
    """Just the canonical forms of the fillers in a text."""
    return [f.text for f in find_fillers(words_of(text))]


def test_filler_set():
    assert {"um", "uh", "er", "ah", "hmm", "like", "you know", "i mean", "so"} <= FILLERS
    assert {"basically", "actually", "literally", "kind of", "sort of"} <= FILLERS
    assert "well" not in FILLERS


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("Um,", "um"),
        ("Umm", "um"),
        ("Ummm...", "um"),
        ("Um-", "um"),
        ("Uhh", "uh"),
        ("Uh-", "uh"),
        ("Erm,", "er"),
        ("Err", "er"),
        ("Ahh.", "ah"),
        ("Hmmm", "hmm"),
        ("Hm?", "hmm"),
        ("Mm", "hmm"),
        ("Mmm,", "hmm"),
        ("mm-hmm", "hmm"),
        ("Like,", "like"),
        ("deadline.", "deadline"),
        ("I'm", "i'm"),
        ("we\u2019re", "we're"),
        ("well-known", "wellknown"),
        ("So,", "so"),
        ("", ""),
    ],
)
def test_normalize(token, expected):
    assert normalize(token) == expected


def test_normalize_keeps_real_words():
    for word in ("umbrella", "human", "her", "error", "ham", "mhz", "summer", "arm"):
        assert normalize(word) == word


def test_hesitations_are_always_fillers():
    assert kinds("Um, we had, uh, a problem. Erm, hmm. Ah, right.") == [
        "um",
        "uh",
        "er",
        "hmm",
        "ah",
    ]


def test_filler_fields_and_times():
    fillers = find_fillers(words_of("Well, you know, it was fine."))
    assert fillers == [Filler("you know", 1, 2, 0.5, 1.5)]
    untimed = find_fillers([Word("Um,"), Word("yes.")])
    assert untimed == [Filler("um", 0, 1, None, None)]


def test_like_as_verb_or_comparison_is_not_a_filler():
    assert found("I like Python.") == []
    assert found("We needed something like that.") == []
    assert found("It looks like the cache was cold.") == []
    assert found("I would like to talk about a migration.") == []
    assert found("I'd like to add that we tested it.") == []
    assert found("We built a queue like a rate limiter.") == []
    assert found("It seemed like a good idea.") == []
    assert found("It was like a maze in there.") == []
    assert found("Like I said, the team was small.") == []
    assert found("I know what it was like.") == []
    assert found("Like most teams, we had on-call.") == []


def test_like_as_discourse_marker_is_a_filler():
    assert found("It was, like, really slow.") == ["like@2"]
    assert found("Like, we had no tests at all.") == ["like@0"]
    assert found("I called and like the whole team joined.") == ["like@3"]
    assert found("It was like really slow.") == ["like@2"]
    assert found("It took like twenty minutes to build.") == ["like@2"]
    assert found("We waited for like an hour.") == ["like@3"]
    assert found("and you're like no way") == ["like@2"]
    # Two AMI meeting fragments (ES2011a, CC BY 4.0), verbatim apart from case.
    assert kinds("or like or like a light thing") == ["like", "like"]
    assert kinds("it has like a screen and like so i think it should be possible") == [
        "like",
        "like",
    ]


def test_hedges():
    assert found("It was kind of slow.") == ["kind of@2"]
    assert found("I sort of fixed it.") == ["sort of@1"]
    assert found("It was kinda broken.") == ["kind of@2"]
    assert found("What kind of database did you use?") == []
    assert found("We added a sort of cache in front.") == []
    assert found("It can't be that hard to put some kind of a noise on it.") == []
    assert found("That sort of thing happens.") == []
    # "kind of like" is one hedge, not two fillers.
    assert found("It's kind of like a cache.") == ["kind of@1"]


def test_so_only_opens_a_sentence():
    assert found("So we had a problem.") == ["so@0"]
    assert found("Um, so we had a problem.") == ["um@0", "so@1"]
    assert found("Okay, so the service was down.") == ["so@1"]
    # After a full stop, "So I rolled back" links the result to its cause: a connective; with
    # its pause ("So, ...") it is the discourse marker.
    assert found("It broke. So I rolled back.") == []
    assert found("It broke. So, I rolled back.") == ["so@2"]
    assert found("I added a cache so that reads were fast.") == []
    assert found("It was so much faster.") == []
    assert found("So much of the traffic was bots.") == []
    assert found("I think so.") == []
    # Trailing off at the end is a filler too.
    assert found("and that was the result, so...") == ["so@5"]


def test_you_know():
    assert found("We had, you know, no budget.") == ["you know@2"]
    assert found("You know, the deploy failed.") == ["you know@0"]
    assert found("it was slow you know") == ["you know@3"]
    assert found("Do you know how the cache works?") == []
    assert found("If you know the codebase, it's easy.") == []
    assert found("As you know, we run on Kubernetes.") == []
    assert found("You know what the problem was?") == []


# Each rule on both sides; the meaningful uses are sentences of the coaching corpus's dev part.
@pytest.mark.parametrize(
    "text",
    [
        "We moved the tickets into our tools, like Jira and Confluence.",
        "Some services, like billing, could not go down at all.",
        "Like a lot of startups, we had no on-call rotation.",
        "It needs engineers like you and me.",
        "It was a new kind of problem for the ward.",
        "Once you know your p99, the rest is easy.",
        "The outage was actually a DNS misconfiguration.",
        "I asked which items were actually nut-free.",
        "I split it into what the launch actually needed.",
        "We kept finding keys in our repos, like three or four a month.",
    ],
)
def test_meaningful_uses_are_not_fillers(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was, like, really slow.", ["like@2"]),
        ("Like we had no tests.", ["like@0"]),
        ("It was kind of slow.", ["kind of@2"]),
        ("You know, the deploy failed.", ["you know@0"]),
        ("I actually, wrote a script.", ["actually@1"]),
        ("It actually worked.", ["actually@1"]),
    ],
)
def test_the_same_words_as_fillers(text, expected):
    assert found(text) == expected


def test_i_mean():
    assert found("I mean, the tests were flaky.") == ["i mean@0"]
    assert found("It was fine, I mean we shipped it.") == ["i mean@3"]
    assert found("What I mean is that we had no owner.") == []
    assert found("I mean it.") == []
    assert found("I mean to fix it next sprint.") == []


def test_always_fillers_mid_sentence():
    assert kinds("I basically rewrote it and it actually worked, literally overnight.") == [
        "basically",
        "actually",
        "literally",
    ]


def test_plain_lowercase_transcript():
    text = "so um we had this like really slow build and i mean it took like forty minutes"
    assert kinds(text) == ["so", "um", "like", "i mean", "like"]
    # Without punctuation only the first word opens a sentence.
    assert kinds("we fixed it so we could ship") == []


def test_every_word_a_filler():
    fillers = find_fillers(words_of("Um, uh, you know, like, um."))
    assert [f.text for f in fillers] == ["um", "uh", "you know", "like", "um"]
    assert filler_indices(fillers) == {0, 1, 2, 3, 4, 5}


def test_empty_input():
    assert find_fillers([]) == []
    assert filler_indices([]) == set()


def test_each_word_in_at_most_one_filler():
    fillers = find_fillers(words_of("so you know like I mean kind of um"))
    covered = [f.index + k for f in fillers for k in range(f.length)]
    assert len(covered) == len(set(covered))
