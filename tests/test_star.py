from __future__ import annotations

import math
import re

import pytest

from rehearse.analysis import analyze, star
from rehearse.analysis.star import (
    LABELS,
    Sentence,
    ends_sentence,
    explain,
    label_sentences,
    score_sentence,
    split_sentences,
    split_spoken,
    star_shares,
)
from rehearse.transcript import Region, Transcript, Word

S, T, A, R, L = LABELS

# Hand-written spoken answers with gold labels, one (sentence, label) per line. They cover
# several prompts from the guide, with and without cue words, one that opens with the action,
# and some with no task or no learning.
ANSWERS = {
    "simple solution": [
        (
            "At my last company I was on the checkout team, and during peak traffic our "
            "service kept timing out.",
            S,
        ),
        ("People were proposing a distributed lock across three services.", S),
        ("My manager asked me to stabilize it within two weeks without a big rewrite.", T),
        (
            "I started by tracing the timeouts and found that one downstream dependency was "
            "bursty.",
            A,
        ),
        ("So I replaced the lock idea with a simple rate limiter and per-endpoint timeouts.", A),
        ("We shipped it behind a feature flag and I ran an A/B test during the peak hour.", A),
        ("Timeouts dropped from 2.3% to 0.2%, and peak capacity went up about 25%.", R),
        (
            "What I took away is that simple controls at the call site usually beat distributed "
            "coordination.",
            L,
        ),
    ],
    "failure, no cue words": [
        ("Last spring we launched a new caching layer for the search API.", S),
        ("Two days later memory climbed until the pods crashed and search was partly down.", S),
        ("I rolled back the release and ran the incident call.", A),
        ("Um, then I went through the heap dumps and found the cache had no size limit.", A),
        ("I added a bound, put heap profiling into CI, and wrote a soak test.", A),
        ("Search was back within twenty minutes and we haven't had a leak since.", R),
        ("These days I don't ship anything stateful without a production-like load test.", L),
    ],
    "proud project, opens with the action": [
        ("I built a feature flag platform from scratch for our release process.", A),
        ("I designed it with gradual rollouts, kill switches and cohorts.", A),
        (
            "Then I wired it into our metrics so it could roll back automatically on SLO breaches.",
            A,
        ),
        ("I also ran training sessions so other teams could adopt it.", A),
        ("Rollbacks went down 60 percent and MTTR fell from 45 minutes to 12 minutes.", R),
        ("Ten teams adopted it within a quarter.", R),
        (
            "It taught me that building safety into a platform multiplies the impact across teams.",
            L,
        ),
    ],
    "tight deadline, no learning": [
        ("A critical vulnerability was disclosed in a library we used everywhere.", S),
        ("We had a 72-hour window to patch about forty services.", S),
        ("I was responsible for getting every service patched without any downtime.", T),
        ("I ranked the services by blast radius and automated the dependency upgrades.", A),
        ("I set up blue-green deploys with health checks so we could roll back instantly.", A),
        ("I also organized a rotation and sent a status update every six hours.", A),
        ("We patched 95% of the services in 48 hours with zero customer-facing incidents.", R),
    ],
    "above and beyond, fillers": [
        ("So, our mobile app was crashing a lot on low-memory phones.", S),
        ("It wasn't in the sprint, and nobody really owned it.", S),
        ("I wanted to bring the crash rate down without slipping the roadmap.", T),
        (
            "I built a small crash triage dashboard and, um, found three issues causing most "
            "of the crashes.",
            A,
        ),
        ("I fixed those with lazy loading and image downscaling, and added regression tests.", A),
        ("Then I worked with support to get a hotfix to the affected users.", A),
        ("The crash rate went from 1.8% to 0.6% in two weeks.", R),
        ("Our app rating went up from 3.9 to 4.4 and support tickets dropped by about 40%.", R),
        ("Next time I'd raise it with the team earlier instead of doing it on the side.", L),
    ],
    "missed deadline, with cue words": [
        (
            "The situation was that we had committed to ship a reporting feature by the end of Q2.",
            S,
        ),
        ("Late in the cycle a third-party API cut our rate limits in half.", S),
        ("My goal was to minimize the impact on customers and reset expectations honestly.", T),
        ("I quantified the delay and showed the data to my director.", A),
        (
            "I proposed a phased launch where the core shipped on time and the analytics came "
            "later.",
            A,
        ),
        ("I implemented batching and backoff to stay under the new limits.", A),
        (
            "As a result, the core shipped on the original date to all users and the analytics "
            "followed two and a half weeks later.",
            R,
        ),
        (
            "The lesson for me was to build contingency into any plan that depends on an "
            "external API.",
            L,
        ),
    ],
    "proud project, present-tense context": [
        ("I work on the payments platform at a mid-size fintech.", S),
        ("About a year ago our nightly reconciliation job took six hours and often failed.", S),
        ("I was asked to get it under an hour.", T),
        (
            "I profiled the job and saw that most of the time went into row-by-row database calls.",
            A,
        ),
        (
            "I rewrote the hot path to use bulk queries and split the work into parallel batches.",
            A,
        ),
        ("I paired with the on-call engineer to roll it out gradually.", A),
        ("The job now finishes in forty minutes and it hasn't failed in three months.", R),
        ("Since then I always profile before I optimize anything.", L),
    ],
    "short internship story": [
        ("During my internship our team's test suite was flaky.", S),
        ("I needed to make it reliable before the release.", T),
        ("I tracked down the flaky tests and replaced the sleeps with proper waits.", A),
        ("The suite passed consistently and the release went out on time.", R),
        ("In hindsight I should have asked the team for help sooner.", L),
    ],
    # The four below were written after the weights were set and first scored unseen (24/25).
    "conflict, no cue words": [
        (
            "So, um, on my previous team we had two senior engineers who disagreed about how to "
            "store user sessions.",
            S,
        ),
        (
            "One wanted Redis, the other wanted to keep everything in Postgres, and the design "
            "review had stalled for a month.",
            S,
        ),
        ("As the tech lead, it was on me to get us to a decision before the holiday freeze.", T),
        ("I set up a one-hour session where each of them wrote down their top three concerns.", A),
        (
            "Then I built a quick prototype of both options and load tested them with real "
            "traffic.",
            A,
        ),
        ("I shared the numbers with both of them before the meeting so nobody felt ambushed.", A),
        ("We went with Postgres, and the p95 for session reads stayed under 10 milliseconds.", R),
        ("The two of them actually co-wrote the migration plan.", R),
        (
            "What I'd do again is get the data on the table early, because it takes the ego out "
            "of it.",
            L,
        ),
    ],
    "we-heavy, result without numbers": [
        (
            "Yeah, so this was at a logistics startup, and our dispatch app would freeze whenever "
            "drivers lost signal.",
            S,
        ),
        (
            "Drivers were calling support constantly and, like, ops was pretty frustrated with us.",
            S,
        ),
        (
            "We looked at the logs together and I noticed the app retried every request in a loop.",
            A,
        ),
        (
            "I added an offline queue and exponential backoff, and we tested it by literally "
            "driving through a tunnel.",
            A,
        ),
        (
            "After the release, the freezes basically disappeared and support calls about the app "
            "dropped by more than half.",
            R,
        ),
        ("Going forward, I made offline testing part of our release checklist.", L),
    ],
    "opens with the task, situation comes second": [
        (
            "I was leading the migration of our billing system to a new payment provider, and we "
            "had to be done by March first.",
            T,
        ),
        # Out of STAR order, so the monotone decoder cannot get this one right.
        ("About three weeks out we found the provider's webhooks were arriving out of order.", S),
        (
            "I told my manager right away that we'd slip by two weeks and laid out what was at "
            "risk.",
            A,
        ),
        ("Then I wrote an idempotent event handler that reordered events by sequence number.", A),
        ("We launched on March fifteenth, two weeks late, but with zero double charges.", R),
        ("I learned to raise a slip as soon as I see it, not when the date arrives.", L),
    ],
    "very short, no task or learning": [
        ("Our CI pipeline took forty minutes per run.", S),
        ("I split the test suite into shards and cached the dependency install.", A),
        ("I also removed a few tests that were duplicates.", A),
        ("Runs now take about eight minutes.", R),
    ],
}

# The labelled example outlines of prompts 2-7 in the interview guide, one line per bullet.
GUIDE_OUTLINES = [
    [
        (
            "Checkout service saw sporadic timeouts during peak traffic; proposals included a "
            "cross-service distributed lock.",
            S,
        ),
        ("Stabilize timeouts within two weeks without a large rewrite.", T),
        ("Traced timeouts to a bursty downstream dependency; observed queue depth spikes.", A),
        (
            "Replaced the lock design with a simple leaky-bucket rate limiter and per-endpoint "
            "timeouts; added fast retries with jitter.",
            A,
        ),
        ("Shipped behind a feature flag; ran A/B during peak hour; added SLO alerts.", A),
        (
            "p99 timeouts dropped from 2.3% to 0.2%; peak capacity +25%; cut 500 lines of "
            "proposed complexity to ~60; incident count down 80% over 30 days.",
            R,
        ),
        ("Prefer simple, observable controls at call sites before distributed coordination.", L),
    ],
    [
        (
            "A memory leak in a new feature caused a production incident and partial outage.",
            S,
        ),
        ("Restore service, prevent recurrence, and rebuild trust with stakeholders.", T),
        ("Led rollback and incident command; stabilized within 20 minutes.", A),
        (
            "Ran a blameless RCA; leak traced to an unbounded cache; load tests missed the "
            "pattern.",
            A,
        ),
        (
            "Added heap-profiling to CI, canary soak tests, and circuit breakers on cache "
            "growth; updated runbooks.",
            A,
        ),
        ("Communicated transparently to partners and set clear prevention actions.", A),
        (
            "99.95% availability restored; no recurrences in 6 months; canary+profiling became "
            "a standard mechanism.",
            R,
        ),
        (
            "Don't skip production-like load and soak tests for stateful changes; build "
            "defenses into CI and runtime.",
            L,
        ),
    ],
    [
        (
            "Committed to ship a feature by Q2-end; a third-party API changed rate limits late "
            "in the cycle.",
            S,
        ),
        ("Minimize customer impact and reset expectations.", T),
        ("Quantified impact; showed data on expected delay and risks.", A),
        (
            "Proposed a phased launch: core functionality on time, advanced analytics 3 weeks "
            "later.",
            A,
        ),
        (
            "Implemented batching and backoff to meet new limits; added contract tests to "
            "detect upstream changes.",
            A,
        ),
        ("Published a new timeline and weekly status with burn-down metrics.", A),
        (
            "Shipped core by original date to 100% users; advanced features 2.5 weeks later; "
            "NPS unaffected; new contract tests caught a similar upstream change pre-prod.",
            R,
        ),
        (
            "Bake contingency capacity for external dependencies; use phased releases to "
            "protect customer outcomes.",
            L,
        ),
    ],
    [
        (
            "Mobile crash rate exceeded target on low-memory devices; not in current sprint scope.",
            S,
        ),
        ("Reduce crashes without slipping roadmap.", T),
        (
            "Built a crash triage dashboard; identified top 3 offenders causing 70% of crashes.",
            A,
        ),
        (
            "Implemented lazy-loading and image downscaling; added automated regression tests.",
            A,
        ),
        ("Coordinated with support to roll out a targeted hotfix to affected cohorts.", A),
        (
            "Crash rate reduced from 1.8% to 0.6% in two weeks; app rating improved from 3.9 to "
            "4.4; support tickets down 40%.",
            R,
        ),
        ("Small, focused fixes to the vital few issues can outperform broad refactors.", L),
    ],
    [
        (
            "Security vulnerability disclosed; 72-hour window to patch and redeploy across "
            "services.",
            S,
        ),
        ("Patch safely without downtime.", T),
        (
            "Prioritized services by blast radius; automated dependency upgrades and builds.",
            A,
        ),
        ("Enabled blue/green deploys with health checks; created rollback switches.", A),
        ("Staffed a 24/7 rotation; communicated status every 6 hours.", A),
        (
            "Patched 95% of services in 48 hours; zero customer-facing incidents; documented a "
            "runbook for future CVEs.",
            R,
        ),
        (
            "Pre-invest in deployment automation and playbooks to compress response time.",
            L,
        ),
    ],
    [
        ("Release process caused frequent rollbacks and long incident MTTR.", S),
        ("Improve safety and speed of deployments.", T),
        (
            "Designed and launched a feature flag platform with gradual rollouts, kill switches, "
            "and cohorting.",
            A,
        ),
        ("Integrated with metrics and alerting; added auto-rollback on SLO breaches.", A),
        ("Ran education sessions and templates for teams to adopt flags.", A),
        (
            "Rollback rate down 60%; MTTR from 45 min to 12 min; release frequency up 3x; "
            "adopted by 10 teams.",
            R,
        ),
        ("Platformizing safety mechanisms multiplies impact across teams.", L),
    ],
]


def words_of(text: str, start: float = 0.0, step: float = 0.4) -> list[Word]:
    """Words of a text, each step seconds long, back to back from start."""
    return [Word(t, start + k * step, start + (k + 1) * step) for k, t in enumerate(text.split())]


def accuracy(answers: list[list[tuple[str, str]]]) -> float:
    """Fraction of sentences whose predicted label matches the gold label."""
    right = total = 0
    for answer in answers:
        texts, gold = zip(*answer, strict=True)
        predicted = label_sentences(list(texts))
        right += sum(p == g for p, g in zip(predicted, gold, strict=True))
        total += len(gold)
    return right / total


def test_star_accuracy_on_hand_written_answers():
    assert len(ANSWERS) >= 5
    assert accuracy(list(ANSWERS.values())) >= 0.85


def test_guide_outlines_in_bullet_form_keep_their_order():
    # Subjectless bullets ("Traced timeouts to ...") are a written register the corpus the
    # weights were fitted on does not have: the labeller is weak on them (0.20 of sentences,
    # against 0.85+ on spoken answers). The spoken-prose outlines of test_rubric.py are graded
    # instead; here the bullets must still come out in STAR order with a result where the
    # outline states its numbers.
    for outline in GUIDE_OUTLINES:
        labels = label_sentences([t for t, _ in outline])
        assert [LABELS.index(x) for x in labels] == sorted(LABELS.index(x) for x in labels)
        assert labels[-2] == R or labels[-1] == R


def test_content_free_sentences_are_all_context():
    blank = [
        "The carpet was blue.", "The window faced the car park.", "There were two chairs.",
        "The kettle was on the shelf.", "The walls were white.", "A clock hung above the desk.",
        "The floor was oak.", "The lamp had a green shade.", "It was a Tuesday in March.",
        "The curtains were long and grey.",
    ]  # fmt: skip
    assert label_sentences(blank) == [S] * len(blank)


@pytest.mark.parametrize(
    "text",
    [t for answer in ANSWERS.values() for t, _ in answer][::3],
)
def test_position_only_breaks_ties(text):
    # Alone, a sentence gets the label its content scores best, wherever it could sit.
    scores = score_sentence(text)
    assert label_sentences([text]) == [max(LABELS, key=lambda k: (scores[k], -LABELS.index(k)))]
    assert label_sentences(["The carpet was blue.", text])[1] in LABELS
    assert all(abs(v) <= star.TIE_BREAK for v in star._position_prior(0, 5).values())


def test_every_label_is_explained():
    for text, _ in ANSWERS["simple solution"]:
        reasons = explain(text, label_sentences([text])[0])
        assert reasons and all(weight > 0 for _, weight in reasons)


@pytest.mark.parametrize("name", sorted(ANSWERS))
def test_each_answer_is_mostly_right(name):
    assert accuracy([ANSWERS[name]]) >= 0.7


def test_answer_opening_with_action_starts_with_action():
    texts = [t for t, _ in ANSWERS["proud project, opens with the action"]]
    assert label_sentences(texts)[0] == A


def test_answer_without_learning_has_no_learning_label():
    texts = [t for t, _ in ANSWERS["tight deadline, no learning"]]
    assert L not in label_sentences(texts)


def test_labels_never_go_backwards():
    for answer in list(ANSWERS.values()) + GUIDE_OUTLINES:
        order = [LABELS.index(label) for label in label_sentences([t for t, _ in answer])]
        assert order == sorted(order)


def test_unpunctuated_answers_are_still_mostly_right():
    # Punctuation gone, lowercase: split_sentences must find clauses for the labeller to work.
    right = total = 0
    for answer in ANSWERS.values():
        gold = [label for text, label in answer for _ in text.split()]
        flat = re.sub(r"[.,!?;](?=\s|$)", "", " ".join(t for t, _ in answer)).lower()
        sentences = split_sentences(words_of(flat))
        labels = label_sentences([s.text for s in sentences])
        for sentence, label in zip(sentences, labels, strict=True):
            right += sum(gold[i] == label for i in range(sentence.first, sentence.last))
        total += len(gold)
    # 0.74: 847 of 1143 words with the model refitted on eight writers (L2 0.001); 0.753 with the
    # one before (L2 0.003). One 14-word sentence of "above and beyond, fillers" flips from result
    # to action; every other answer labels the same. Unpunctuated runs are cut into few long
    # pieces (split_sentences), so one piece's label moves a tenth of an answer.
    assert right / total >= 0.74


def test_the_floor_keeps_one_overconfident_sentence_from_dragging_its_neighbours():
    # Two clear actions, then one sentence the model is sure is context (-20 for action): with no
    # floor the order pulls both actions back into the situation; floored at -4 the one sentence
    # pays its 4 and the actions keep their label (the last one then takes whichever part the
    # position prefers among its floored scores).
    def row(**scores):
        return {label: scores.get(label[0], -9.0) for label in LABELS}

    contents = [row(s=0.0), row(a=-0.1, s=-2.5), row(a=-0.1, s=-2.5), row(s=-0.01, a=-20.0)]
    assert star.ordered(contents, None) == [S, S, S, S]
    assert star.ordered(contents, -4.0)[:3] == [S, A, A]


def test_the_learned_order_weighs_each_label_after_the_one_before():
    # A second sentence the content barely tells apart (action a little over result): the order
    # decides. Where answers to this prompt go from the harm back to the fix (result -> action
    # likely), it reads as the fix; where they never go back, as a second result.
    def row(**scores):
        return {label: scores.get(label[0], -9.0) for label in LABELS}

    contents = [row(r=-0.1), row(a=-0.6, r=-0.7)]
    flat = dict.fromkeys(LABELS, math.log(0.2))
    back = {**flat, A: math.log(0.6), R: math.log(0.1)}
    onward = {**flat, A: math.log(0.01), R: math.log(0.6)}
    table = {"start": flat, **{label: flat for label in LABELS}}
    assert star.sequenced(contents, {**table, R: back}, 1.0) == [R, A]
    assert star.sequenced(contents, {**table, R: onward}, 1.0) == [R, R]
    # Weight 0: the content alone.
    assert star.sequenced(contents, {**table, R: onward}, 0.0) == [R, A]
    assert star.sequenced([], table, 1.0) == []


def test_every_prompt_has_a_learned_order(guide):
    order = star._data()["order"]
    assert set(order["transitions"]) == {p.id for p in guide.prompts}
    assert 0 < order["weight"] <= 1
    for table in order["transitions"].values():
        for row in table.values():  # each row a distribution over the labels
            assert math.isclose(sum(math.exp(v) for v in row.values()), 1.0, abs_tol=0.01)


def test_a_failure_story_goes_back_from_the_harm_to_the_fix():
    story = [
        "I owned the nightly billing export at a payments company.",
        "I changed the date filter and didn't test it against last month's data.",
        "The job overwrote a month of invoices for about sixty clients.",
        "I restored the invoices from the backup and rang each client myself.",
        "Since then every change to the export runs against a copy of last month first.",
    ]
    told = label_sentences(story, "failure")
    assert told[2] == R and told[3] == A
    monotone = [LABELS.index(label) for label in label_sentences(story)]
    assert monotone == sorted(monotone)


def test_label_sentences_edge_cases():
    assert label_sentences([]) == []
    assert label_sentences(["Um."])[0] in LABELS
    assert label_sentences(["I learned to always write the runbook first."]) == [L]


def test_score_sentence_explains_the_label():
    scores = score_sentence("I traced the timeouts to a bursty dependency.")
    assert max(scores, key=scores.get) == A
    scores = score_sentence("Latency dropped from 800 ms to 200 ms.")
    assert max(scores, key=scores.get) == R
    scores = score_sentence("My goal was to cut the build time in half.")
    assert max(scores, key=scores.get) == T


def test_ends_sentence():
    assert ends_sentence("deadline.")
    assert ends_sentence("why?")
    assert ends_sentence('done."')
    assert not ends_sentence("e.g.")
    assert not ends_sentence("U.S.")
    assert not ends_sentence("2.3%")
    assert not ends_sentence("so...")
    assert not ends_sentence("team,")


def test_split_sentences_on_punctuation():
    words = words_of("We had timeouts, e.g. at peak. Errors fell to 2.3%. Why? Because I fixed it!")
    sentences = split_sentences(words)
    assert [s.text for s in sentences] == [
        "We had timeouts, e.g. at peak.",
        "Errors fell to 2.3%.",
        "Why?",
        "Because I fixed it!",
    ]
    assert (sentences[1].first, sentences[1].last) == (6, 10)
    assert sentences[1].start == pytest.approx(2.4)
    assert sentences[1].end == pytest.approx(4.0)
    assert all(s.label == "" for s in sentences)


def test_split_sentences_empty_and_untimed():
    assert split_sentences([]) == []
    sentences = split_sentences([Word("no"), Word("punctuation"), Word("here")])
    assert len(sentences) == 1
    assert sentences[0].text == "no punctuation here"
    assert sentences[0].start is None and sentences[0].end is None


def test_split_sentences_breaks_long_unpunctuated_runs_at_clause_openers():
    text = (
        "at my last job our checkout service kept timing out during peak traffic "
        "and i was asked to fix it within two weeks without a rewrite "
        "so i traced the timeouts to a bursty dependency and replaced the lock with a rate limiter "
        "and then timeouts dropped from two percent to almost nothing"
    )
    sentences = split_sentences(words_of(text))
    assert [s.text.split()[0] for s in sentences] == ["at", "and", "so", "and"]
    assert sentences[0].first == 0 and sentences[-1].last == len(text.split())
    assert all(a.last == b.first for a, b in zip(sentences, sentences[1:], strict=False))
    # A short run without punctuation stays whole.
    assert len(split_sentences(words_of("and so i fixed it and then it worked"))) == 1


def test_a_long_punctuated_sentence_stays_whole_and_a_run_on_is_cut():
    # 41 words with their commas: someone punctuated it, so it is one sentence (dev's longest is
    # 50 words); the same words without a comma are unpunctuated speech, cut at clause openers.
    text = (
        "At my last job, our checkout service kept timing out during peak traffic, and I was "
        "asked to fix it within two weeks without a rewrite, so I traced the timeouts to a bursty "
        "dependency and replaced the lock with a rate limiter."
    )
    assert len(split_sentences(words_of(text))) == 1
    assert len(split_sentences(words_of(text.replace(",", "")))) > 1
    # Past 50 words even a punctuated sentence is run-on speech.
    longer = (
        text[:-1]
        + ", and then timeouts dropped from two percent to almost nothing, and I wrote it up."
    )
    assert len(longer.split()) > 50 and len(split_sentences(words_of(longer))) > 1


def labelled(spans: list[tuple[float, float, str]]) -> list[Sentence]:
    """Timed sentences from (start, end, label), two words each."""
    return [
        Sentence(f"s{k}", 2 * k, 2 * k + 2, start, end, label)
        for k, (start, end, label) in enumerate(spans)
    ]


def test_star_shares_audio_counts_speech_only():
    sentences = labelled([(0.0, 4.0, S), (6.0, 9.0, A), (9.5, 12.0, R)])
    regions = [Region(0.0, 4.0), Region(6.0, 9.0), Region(9.5, 12.0)]
    shares = star_shares(sentences, regions)
    # The silence 4-6 s between the situation and the action belongs to nobody.
    assert shares[S]["seconds"] == pytest.approx(4.0)
    assert shares[A]["seconds"] == pytest.approx(3.0)
    assert shares[R]["seconds"] == pytest.approx(2.5)
    assert shares[T]["seconds"] == 0.0 and shares[L]["share"] == 0.0
    assert shares[S]["share"] == pytest.approx(4.0 / 9.5)
    assert sum(v["share"] for v in shares.values()) == pytest.approx(1.0)
    assert set(shares) == set(LABELS)


def test_star_shares_audio_runs_to_next_sentence_start():
    # Whisper often ends a word early; the trailing speech until the next sentence still counts.
    sentences = labelled([(0.0, 3.0, S), (5.0, 8.0, A)])
    shares = star_shares(sentences, [Region(0.0, 8.0)])
    assert shares[S]["seconds"] == pytest.approx(5.0)
    assert shares[A]["seconds"] == pytest.approx(3.0)


def test_star_shares_audio_bridges_breaths():
    # A 0.1 s breath inside the situation is still speaking time, as in the timing analysis.
    sentences = labelled([(0.0, 4.0, S), (6.0, 8.0, A)])
    shares = star_shares(sentences, [Region(0.0, 2.0), Region(2.1, 4.0), Region(6.0, 8.0)])
    assert shares[S]["seconds"] == pytest.approx(4.0)
    assert shares[A]["seconds"] == pytest.approx(2.0)


def test_star_shares_text_uses_weights():
    sentences = [
        Sentence("a b c", 0, 3, None, None, S),
        Sentence("d", 3, 4, None, None, A),
        Sentence("e f g h", 4, 8, None, None, A),
    ]
    by_count = star_shares(sentences, None)
    assert by_count[S]["share"] == pytest.approx(3 / 8)
    assert by_count[A]["share"] == pytest.approx(5 / 8)
    assert by_count[S]["seconds"] is None
    weighted = star_shares(sentences, None, weights=[1.0, 1.0, 2.0])
    assert weighted[A]["share"] == pytest.approx(0.75)


def test_star_shares_untimed_sentences_fall_back_to_weights():
    sentences = [Sentence("a b", 0, 2, None, None, S), Sentence("c d", 2, 4, None, None, R)]
    shares = star_shares(sentences, [Region(0.0, 5.0)])
    assert shares[R]["seconds"] is None
    assert shares[R]["share"] == pytest.approx(0.5)


def test_star_shares_empty():
    shares = star_shares([], None)
    assert all(v == {"seconds": None, "share": 0.0} for v in shares.values())
    shares = star_shares([], [])
    assert all(v["share"] == 0.0 for v in shares.values())


# 46 words the decoder joined with commas: the fix, then (", after the rollout, ...") its result.
SPLICED = (
    "I rewrote the retry logic in the payment worker and put a circuit breaker around the fraud "
    "check, so a slow vendor could no longer stall checkout for everyone, after the rollout, "
    "failed payments fell from four percent to under one percent and support tickets halved."
)


def test_a_long_spoken_sentence_is_cut_where_a_comma_joins_two_parts():
    words = words_of(SPLICED)
    sentences = split_spoken(words)
    assert [s.text.split()[0] for s in sentences] == ["I", "after"]
    assert (sentences[0].first, sentences[-1].last) == (0, len(words))
    assert label_sentences([s.text for s in sentences]) == ["action", "result"]
    # split_sentences keeps it whole: a writer's comma is the writer's
    assert len(split_sentences(words)) == 1


def test_a_spoken_sentence_is_kept_whole_when_its_commas_join_one_part_or_it_is_short():
    steps = (
        "I rewrote the retry logic in the payment worker, then I put a circuit breaker around "
        "the fraud check, I moved the vendor calls onto their own queue, I added alerts on the "
        "queue depth, and I wrote the runbook for the on-call engineers."
    )
    assert len(steps.split()) > star.SPLICE_WORDS and len(split_spoken(words_of(steps))) == 1
    short = "I put a breaker around the fraud check, after the rollout, failed payments halved."
    assert len(split_spoken(words_of(short))) == 1


def test_only_a_recording_has_its_commas_read_as_possible_full_stops(guide):
    words = words_of(SPLICED)
    spoken = analyze(Transcript(words, [Region(0.0, words[-1].end)], words[-1].end), guide)
    written = analyze(Transcript(words_of(SPLICED), kind="text"), guide)
    assert [s.label for s in spoken.sentences] == ["action", "result"]
    assert len(written.sentences) == 1
