"""The per-prompt rubric of prompts.yaml: the guide's own example outlines, spoken as prose, pass
their prompt's rubric; each with an element's sentences removed is told that element is missing;
prompts.yaml's rubric is validated where it is written."""

from __future__ import annotations

import coaching_corpus
import pytest

from rehearse.analysis import analyze, features, rubric, stance
from rehearse.errors import RehearseError
from rehearse.guide import prompts
from rehearse.transcript import Transcript, Word

# The guide's seven example outlines, said aloud in the first person. Each sentence is tagged with
# the rubric elements it carries, so removing an element removes exactly its sentences.
GUIDE_PROSE = {
    "why-amazon": [
        ("I'm drawn to Amazon because of Customer Obsession and Ownership.", {"addresses_prompt", "principles_named"}),
        ("In my last role I owned a latency-reduction effort end to end and shipped a change that cut p95 latency by 35% for 8M daily users.", {"personal_example", "role_fit"}),
        ("I'm excited by large-scale services, multi-region reliability, and mechanisms for continuous improvement.", {"role_fit"}),
        ("I'll add value by diving deep into operational metrics, simplifying architectures, and building alerts, playbooks and automated rollbacks.", {"add_value"}),
    ],
    "simple-solution": [
        ("Our checkout service saw sporadic timeouts during peak traffic, and the proposals included a cross-service distributed lock.", {"complexity"}),
        ("My task was to stabilize the timeouts within two weeks without a large rewrite.", {"complexity", "addresses_prompt"}),
        ("I traced the timeouts to a bursty downstream dependency and observed queue depth spikes.", set()),
        ("Instead of the lock design I put in a simple leaky-bucket rate limiter with per-endpoint timeouts.", {"addresses_prompt", "simpler_alternative"}),
        ("I shipped it behind a feature flag and ran an A/B test during the peak hour.", {"why_safe"}),
        ("p99 timeouts dropped from 2.3% to 0.2% and the incident count went down 80% over 30 days.", set()),
        ("I learned to prefer observable controls at call sites before distributed coordination.", {"complexity"}),
    ],
    "failure": [
        ("My biggest failure was a memory leak I shipped in a new feature, which caused a partial outage for our customers.", {"addresses_prompt", "owns_it", "impact"}),
        ("I led the rollback and incident command, and we were stable within 20 minutes.", {"addresses_prompt", "impact"}),
        ("In a blameless review we traced the root cause to an unbounded cache that the load tests missed.", {"root_cause"}),
        ("I added heap profiling to CI and canary soak tests, and I updated the runbooks so it cannot happen again.", {"prevention"}),
        ("We restored 99.95% availability and have had no recurrences in six months.", set()),
    ],
    "deadline": [
        ("I had committed to ship a feature by the end of Q2, and a third-party API changed its rate limits late in the cycle, so we missed the date for part of it.", {"addresses_prompt", "owns_it"}),
        ("As soon as I saw the change I flagged the risk and quantified the expected delay.", {"early_risk", "addresses_prompt"}),
        ("I proposed a phased launch with the core on time and the advanced analytics three weeks later.", {"rebaseline"}),
        ("I published the timeline to my manager and the stakeholders and sent a weekly status update.", {"stakeholders"}),
        ("I also added contract tests to catch upstream changes before they reach production.", {"prevention"}),
        ("The core shipped by the original date to 100% of users, and the contract tests caught a similar change before production.", set()),
    ],
    "above-and-beyond": [
        ("Our mobile crash rate was above target on low-memory devices, and it was not in our sprint scope, so I went beyond what was expected.", {"addresses_prompt", "beyond_scope"}),
        ("I built a crash triage dashboard and found the three offenders causing 70% of crashes.", set()),
        ("I implemented lazy loading and image downscaling and added regression tests.", set()),
        ("The crash rate went from 1.8% to 0.6% in two weeks, the app rating rose from 3.9 to 4.4 for our users, and support tickets fell 40%.", {"customer_impact"}),
    ],
    "tight-deadline": [
        ("A security vulnerability was disclosed and we had a 72-hour window to patch every service.", {"addresses_prompt"}),
        ("I prioritized the services by blast radius and automated the dependency upgrades.", {"prioritization"}),
        ("I enabled blue-green deploys with health checks and rollback switches.", {"safety"}),
        ("To save time I deferred the low-risk internal tools to the following week.", {"tradeoffs", "addresses_prompt"}),
        ("We patched 95% of services in 48 hours with zero customer-facing incidents.", {"addresses_prompt"}),
    ],
    "proudest": [
        ("The project I'm proudest of is a feature flag platform I designed for our release process.", {"addresses_prompt", "why_it_matters"}),
        ("I built gradual rollouts and kill switches and added auto-rollback on SLO breaches.", set()),
        ("Rollbacks went down 60% and it was adopted across 10 teams.", {"scale_of_impact"}),
    ],
}  # fmt: skip


def report_of(sentences: list[str], guide, prompt_id: str):
    """The report of a draft made of these sentences."""
    words = [Word(w) for w in " ".join(sentences).split()]
    return analyze(Transcript(words, kind="text", duration_s=None), guide, guide.prompt(prompt_id))


@pytest.mark.parametrize("prompt_id", sorted(GUIDE_PROSE))
def test_the_guides_outline_passes_its_rubric_with_evidence(prompt_id, guide):
    lines = [text for text, _ in GUIDE_PROSE[prompt_id]]
    report = report_of(lines, guide, prompt_id)
    assert [item.id for item in report.rubric] == [e.id for e in guide.prompt(prompt_id).rubric]
    missing = [item.id for item in report.rubric if not item.found]
    assert missing == []
    for item in report.rubric:
        assert item.evidence in [s.text for s in report.sentences]


def _elements_of(prompt_id: str) -> list[str]:
    """(prompt, element) pairs: every element of every prompt except addresses_prompt's."""
    return [e for _, tags in GUIDE_PROSE[prompt_id] for e in sorted(tags)]


CASES = [(p, e) for p in sorted(GUIDE_PROSE) for e in dict.fromkeys(_elements_of(p))]


@pytest.mark.parametrize(("prompt_id", "element"), CASES)
def test_removing_an_element_reports_it_missing(prompt_id, element, guide):
    kept = [text for text, tags in GUIDE_PROSE[prompt_id] if element not in tags]
    report = report_of(kept, guide, prompt_id)
    item = next(i for i in report.rubric if i.id == element)
    assert not item.found
    assert item.evidence is None
    assert item.advice


def test_every_element_of_every_prompt_is_exercised(guide):
    for prompt in guide.prompts:
        tagged = set(_elements_of(prompt.id))
        assert {e.id for e in prompt.rubric} == tagged, prompt.id


def test_a_deadline_answer_where_nothing_was_missed_is_told_so(guide):
    report = report_of(
        ["We had a big launch in March.", "We delivered and everybody was happy."],
        guide,
        "deadline",
    )
    first = report.rubric[0]
    assert first.id == "addresses_prompt" and not first.found
    assert "missed" in first.advice


@pytest.mark.parametrize(
    ("last", "addressed"),
    [
        # Everything delivered on the date first set is a deadline met, whatever slipped before.
        ("In the end both apps went live on the planned date.", False),
        ("So we release everything on the agreed date, and nobody notices the scare.", False),
        ("The new site goes out right on the date we promised.", False),
        ("The opening took place on the date we had booked.", False),
        ("The opening took place on the date we had booked, but without the bar.", True),
        # A part on the date and the rest late stays a miss; so does a plan, not a delivery.
        ("Both apps went live on the planned date, but the reports came nine days later.", True),
        ("The web app went live on the planned date and the phone app a week late.", True),
        ("I proposed that both apps go live on the planned date without the reports.", True),
    ],
)
def test_a_deadline_met_in_full_is_no_missed_deadline(guide, last, addressed):
    lines = [
        "I had promised the client two apps and their reports by June.",
        "In May a supplier delay put the date at risk, and I told the client that day.",
    ]
    assert report_of(lines, guide, "deadline").rubric[0].found  # the risk alone reads as a miss
    report = report_of([*lines, last], guide, "deadline")
    assert report.rubric[0].found is addressed


@pytest.mark.parametrize(
    ("prompt", "said", "addressed"),
    [
        # Time said to be no constraint is no tight deadline; one part that could wait is a
        # trade-off, not this.
        ("tight-deadline", "There was no rush at all, so I planned it over the month.", False),
        ("tight-deadline", "We had plenty of time, so I planned it over the month.", False),
        ("tight-deadline", "The reports were no rush, so I left them to the last day.", True),
        # Pride disowned is not the question answered; pride missing in one part is not this.
        ("proudest", "I don't have a project I'm proud of, so here is my last one.", False),
        ("proudest", "It worked, but it's not something I'd call a source of pride.", False),
        ("proudest", "I shipped it alone, which I'm not proud of.", True),
    ],
)
def test_a_story_that_says_it_is_not_the_kind_asked_for_is_told_so(guide, prompt, said, addressed):
    base = {
        "tight-deadline": "The launch was in four days, so I cut the list to what had to ship.",
        "proudest": "The thing I'm proudest of is the booking tool I built for the clinic.",
    }[prompt]
    assert rubric.grade([base], guide.prompt(prompt))[0].found
    assert rubric.grade([base, said], guide.prompt(prompt))[0].found is addressed


def test_blaming_others_breaks_owns_it_and_names_the_sentence(guide):
    lines = [text for text, _ in GUIDE_PROSE["failure"]]
    blame = "Honestly it was not my fault, because the other team never told us about the limit."
    report = report_of([*lines, blame], guide, "failure")
    owns = next(i for i in report.rubric if i.id == "owns_it")
    assert not owns.found and owns.evidence == blame


@pytest.mark.parametrize(
    ("sentences", "owns"),
    [
        # Owning a miss: the commitment held, the miss told early in the first person.
        (["The rota was mine to plan and sign off."], True),
        (["I'm the engineer who promised the dashboard for May."], True),
        (["That afternoon I told the client the launch would be a week late."], True),
        (["I rang the buyer to say we'd miss the Friday slot."], True),
        (["The client told us the launch was late."], False),
        # A step of one's own left too late.
        (["It needed licences that I had not applied for in time."], True),
        (["It needed licences that the agent had not applied for in time."], False),
        # The risk told early as the extra time it might need.
        (["A week before, I tell the head the covered class might need an extra day."], True),
        (["A week before, the head tells me the class might need an extra day."], False),
        # The whole of it said to be on the speaker.
        (["The whole launch plan is on me."], True),
        (["The whole launch plan is on the vendor."], False),
        (["The rota was ready by Friday."], False),
        # The risk raised at once, by the speaker; not by someone else, not weeks later.
        (["I told my editor straight away and asked for the names to be frozen."], True),
        (["We raised it with the head of department the same week."], True),
        (["My editor told me straight away that the names would change."], False),
        (["I told my editor about it three weeks later."], False),
        (["I rang the buyer right then, on the Saturday."], True),
        (["I rang the buyer on the Monday after."], False),
        # The date given, the yes said, the slowness to say so: owned in the first person.
        (["I told the client it would be ready in a week."], True),
        (["The client told me it would be ready in a week."], False),
        (["I gave the board a date I couldn't hit."], True),
        (["The board gave me a date nobody could hit."], False),
        (["I said yes to the timeline too quickly."], True),
        (["The director said yes to the timeline too quickly."], False),
        (["I was slow to admit we were behind."], True),
        (["The supplier was slow to admit they were behind."], False),
        (["I sat on the problem for two weeks."], True),
        (["The problem sat in the backlog for two weeks."], False),
        # The commitment given, the delay called one's own mistake.
        (["I'd told the team my part would be ready by week eight."], True),
        (["I sat on it for a week, which was the actual mistake."], True),
        (["The team told me the part would be ready by week eight."], False),
        # An adverb or a title inside: "I publicly committed", "I was the project lead".
        (["I publicly committed to a compatible release on launch day."], True),
        (["I was the project lead for the move."], True),
        (["The vendor publicly committed to a compatible release on launch day."], False),
        (["I was the project's second reviewer."], False),
        # The commitment in the perfect, as present-tense storytellers say it.
        (["I've promised the packager the release before their freeze."], True),
        (["She's promised the packager the release before their freeze."], False),
        # Read from heldout72 after round 66: the slip posted for all to see.
        (["I posted on the project's board that the backend would slip."], True),
        (["A user posted on the project's board that the backend would slip."], False),
    ],
)
def test_owning_a_missed_deadline_is_heard(guide, sentences, owns):
    assert rubric.element(sentences, _element(guide, "deadline", "owns_it")).found is owns


def test_blaming_others_for_a_missed_deadline_breaks_owns_it(guide):
    lines = [text for text, _ in GUIDE_PROSE["deadline"]]
    blame = "The slip was really down to the vendor, who should have warned us."
    report = report_of([*lines, blame], guide, "deadline")
    owns = next(i for i in report.rubric if i.id == "owns_it")
    assert not owns.found and owns.evidence == blame


def test_a_kind_of_work_prompt_is_addressed_by_its_elements_without_its_words(guide):
    # No "simple", "instead" or "rather than", but the complexity, the simpler alternative and
    # why it was safe are all there: the answer is about a simple solution to a complex problem.
    lines = [
        "The vendor proposed a complex overhaul of our booking system.",
        "I kept the old system and added just a reminder call the day before.",
        "I piloted it on one ward for a week and watched the no-show rate.",
    ]
    report = report_of(lines, guide, "simple-solution")
    found = {i.id: i.found for i in report.rubric}
    assert found == dict.fromkeys(found, True)
    # One element short, and nothing names the prompt: not addressed.
    short = report_of(lines[:2], guide, "simple-solution")
    assert not short.rubric[0].found


def test_going_past_the_assigned_scope_addresses_an_above_and_beyond_prompt(guide):
    # No "beyond", "extra" or "expected": the scope said and gone past is the story asked for.
    scope = "My job on the front desk was just check-in."
    past = "I drove the family's lost bag to the airport myself that evening."
    report = report_of([scope, past], guide, "above-and-beyond")
    found = {i.id: i for i in report.rubric}
    assert found["beyond_scope"].found and found["addresses_prompt"].found
    assert found["addresses_prompt"].evidence == found["beyond_scope"].evidence
    within = report_of(["I did check-in on the front desk.", past], guide, "above-and-beyond")
    assert not within.rubric[0].found


def test_shown_by_must_name_another_element_of_the_prompt(tmp_path):
    with pytest.raises(RehearseError, match=r"shown_by names no other element"):
        _broken(tmp_path, "shown_by: [beyond_scope]", "shown_by: [nonsense]")


def test_principles_need_two_to_count(guide):
    one = report_of(["I like Customer Obsession at Amazon."], guide, "why-amazon")
    two = report_of(["I like Customer Obsession and Dive Deep at Amazon."], guide, "why-amazon")
    assert not next(i for i in one.rubric if i.id == "principles_named").found
    assert next(i for i in two.rubric if i.id == "principles_named").found


def test_families_are_the_ones_prompts_yaml_may_name():
    assert set(rubric.FAMILIES) == set(prompts.RUBRIC_FAMILIES)


def test_content_free_sentences_find_no_element(guide):
    blank = [
        "The carpet was blue.", "The window faced the car park.", "There were two chairs.",
        "The kettle was on the shelf.", "The walls were white.", "A clock hung above the desk.",
        "The floor was oak.", "The lamp had a green shade.", "It was a Tuesday in March.",
        "The curtains were long and grey.",
    ]  # fmt: skip
    for prompt in guide.prompts:
        report = report_of(blank, guide, prompt.id)
        assert [i.id for i in report.rubric if i.found] == [], prompt.id
        assert [c.id for c in report.checks if c.status == "pass"] == [], prompt.id


def _broken(tmp_path, old: str, new: str):
    """prompts.yaml with one edit, loaded."""
    text = prompts.DEFAULT_PATH.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "prompts.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return prompts.load(path)


def test_a_rubric_must_start_with_addresses_prompt(tmp_path):
    with pytest.raises(RehearseError, match="rubric must start with 'addresses_prompt'"):
        _broken(
            tmp_path,
            "      - id: addresses_prompt\n        name: Says why",
            "      - id: other\n        name: Says why",
        )


def test_an_unknown_family_names_the_line(tmp_path):
    with pytest.raises(RehearseError, match=r"prompts.yaml:\d+: .*unknown family 'nonsense'"):
        _broken(
            tmp_path,
            "families: [ownership]\n        unless",
            "families: [nonsense]\n        unless",
        )


def test_a_bad_cue_pattern_names_the_line(tmp_path):
    with pytest.raises(RehearseError, match=r"prompts.yaml:\d+: .*not a valid pattern"):
        _broken(tmp_path, "cues: ['amazon',", "cues: ['amaz(on',")


def test_template_targets_never_fail_and_quote_the_guide(guide):
    for tid in ("action_steps", "alternatives", "template_metrics"):
        target = guide.targets[tid]
        assert target.source == "guide" and "template" in target.reason
        assert target.status(0) == "warn"
    assert guide.targets["action_steps"].status(4) == "pass"
    assert guide.targets["action_steps"].status(9) == "warn"
    assert guide.targets["learning"].status(0) == "fail"


def _element(guide, prompt_id: str, element_id: str):
    """One rubric element of a prompt."""
    return next(e for e in guide.prompt(prompt_id).rubric if e.id == element_id)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Stock counts were not my department, but I offered to redo them.", True),
        ("Follow-up calls aren't part of our discharge routine.", True),
        ("I stayed after my shift to finish the guide.", True),
        ("I had only come to fix a typo in the docs.", True),
        ("My role stopped at the loading bay door.", True),
        ("I finished the guide by the end of my shift.", False),
        ("I fixed the typo in the docs and opened a pull request.", False),
        ("Technically the billing screens belong to another team.", True),
        ("The brief was only the survey, nothing more.", True),
        ("That was all anyone expected of me.", True),
        ("None of that was mine; my job was the clusters.", True),
        ("The rota was mine to write.", False),
        ("It was mine to fix, so I fixed it.", False),
        # The scope said, then gone past: "not mine to", past my shift, strictly my job, a brief
        # that only covered part, another team's or person's problem.
        ("The invoice format was not mine to change, but I rewrote the template.", True),
        ("I worked on past my shift to get the order out.", True),
        ("Strictly speaking, my job was to log the fault and hand it on.", True),
        ("My remit covered only the lobby signs.", True),
        ("My shift ended at six, but I drove the parcel over myself.", True),
        ("My shift ended at six, so I handed the parcel to the night team.", False),
        ("Refunds belong to the accounts team, and they were a week behind.", True),
        ("The parcel belongs to the customer.", False),
        ("The broken link was really the publisher's problem.", True),
        ("The broken link was really annoying.", False),
        # Own time, volunteering and scope said as going past it, not as things named in passing.
        ("I volunteered to run the Saturday stall.", True),
        ("Two volunteers from the charity tried the app.", False),
        ("I answered their questions every evening that week.", True),
        ("I phoned him that evening.", False),
        ("The fix was well outside our scope.", True),
        ("We agreed the scope at stand-up.", False),
        # The narrow part that was theirs, said with a filler or not; a ticket nobody had; code
        # that was another team's or on nobody's roadmap.
        ("My sprint was, uh, just the login page.", True),
        ("My bit was only ever the export.", True),
        ("Nobody had a ticket for the broken links.", True),
        ("The billing code wasn't mine.", True),
        ("Search isn't my team's code.", True),
        ("It wasn't on anyone's roadmap that year.", True),
        ("My sprint was the login page and the export.", False),
        ("The billing code was mine.", False),
        # A problem that was not theirs, a job named with where it is done, parts not theirs.
        ("The shelf labels weren't my problem at all.", True),
        ("The shelf labels were my problem.", False),
        ("My job on the till was just to take payments.", True),
        ("My job on the till was to take payments and answer the phone.", False),
        ("None of that is my job, which is the deploy pipeline.", True),
        ("The Welsh rules aren't mine.", True),
        ("My piece is really just the screens.", True),
        # Scope said as what the job holds: nothing in my role, none of this in my job plan.
        ("Nothing in my role covered the parents' evenings.", True),
        ("None of this is in my job plan, which is the clinics.", True),
        ("None of that was our job, but we opened anyway.", True),
        ("Everything in my role covered the parents' evenings.", False),
        ("All of this is in my job plan.", False),
        ("None of this was formally my responsibility.", True),
        ("All of this was formally my responsibility.", False),
        # What the job or the policy was, said as the line then gone past; nobody asking.
        ("Our job is basically turning out when the pager goes.", True),
        ("Our job is turning out when the pager goes and training on Tuesdays.", False),
        ("Policy was to offer the spare rooms and send everyone else to the station.", True),
        ("Nobody asks me to, but I ring the plant's manager.", True),
        ("The plant's manager asks me to ring him.", False),
    ],
)
def test_beyond_scope_is_heard_in_plain_words(guide, text, found):
    assert (
        rubric.element([text], _element(guide, "above-and-beyond", "beyond_scope")).found is found
    )


@pytest.mark.parametrize(
    ("sentences", "owns"),
    [
        (["The rollout plan was mine, and I had signed off on the date."], True),
        (["It was my config change that took the site down."], True),
        (["The outage I caused lasted an hour."], True),
        (["I was the one who approved the release."], True),
        # Put on others: the excuse, the third party at fault.
        (["I approved the release.", "Nobody on the platform team told me about the flag."], False),
        (["I approved the release, but QA had missed the bug."], False),
        (["I approved the release; honestly it could have happened to anyone."], False),
        # Explaining others' part is not blaming them.
        (
            ["I approved the release, and I told support because they were the ones taking calls."],
            True,
        ),
        (["The release went out late.", "The team shipped it."], False),
        # The cause put on someone else's work, or the excuse that nobody could have known.
        (["I approved it.", "The real cause was the day team's checklist."], False),
        (["I approved it, and I told my boss it was the designer's call."], False),
        (["I shipped it, though honestly it wasn't something I could have known."], False),
        # ... or on the others themselves, or their side; what they should have done.
        (["I approved it.", "The root cause was the hardware vendors, who sent no notice."], False),
        (["I approved it.", "The root cause was on the vendor side."], False),
        (["I approved it, but the review committee should have caught it."], False),
        (["I approved it.", "It came down to the ops team skipping the checklist."], False),
        (["I approved it.", "Nobody bothered to read the runbook."], False),
        # The cause named as one's own, or a colleague's work praised, is not blame.
        (["I shipped it.", "The root cause was my own assumption about the data."], True),
        (["I shipped it.", "The root cause was the config I wrote."], True),
        (["I shipped it.", "It came down to my estimate being too tight."], True),
        # A role word that names a thing, not people, puts the cause on nobody.
        (["I shipped it.", "The root cause was the lead time on parts."], True),
        (["I shipped it.", "It came down to the office printer jamming overnight."], True),
        (["I shipped the fix, and it was my team's best quarter."], True),
        # The others' mistake named, their sign-off or their narrow test blamed, a lesson made of
        # their unreliability; and the first-person sides that own it.
        (["I shipped it.", "I told the client it was their installer's mistake."], False),
        (["I shipped it.", "It all happened because of the supplier's wrong drawing."], False),
        (["I shipped it.", "The test team had let it through."], False),
        (["I wrote the migration.", "The contractor only tested it on new laptops."], False),
        (["I sent the survey.", "I said his checklist had caused it."], False),
        (["I shipped it.", "The lesson was that you can't rely on other teams to check."], False),
        (["I took the patient over.", "The night shift had charted him wrongly."], False),
        (["I merged it and released it without trying it on a real phone."], True),
        (["What I didn't catch was the empty-disk case."], True),
        (["I shipped it.", "I only tested it on new laptops."], True),
        (["I shipped it.", "Because of the supplier's delay we rebooked the van."], True),
        # Others who never said, or whose change caused it.
        (["I approved the dose.", "The doctors hadn't handed over the change."], False),
        # Others' move told as the cause, with no fault put on them, is not blame (dev: a vendor
        # changing its layout without telling anyone is a deadline's cause, not an excuse).
        (
            [
                "I approved the drill.",
                "The sales team had moved the launch without telling anyone.",
            ],
            True,
        ),
        (["I approved the drill.", "I said the vendor's late patch had caused it."], False),
        (["I approved the drill.", "The sales team had moved the launch, and I missed it."], True),
        # Blame conceded in the same breath and then owned is owning it; the excuse after is not.
        (["I packed the bag.", "Nobody had updated the list, but I'd have caught it."], True),
        (["I packed the bag.", "I should have checked, but nobody had updated the list."], False),
        # The others' unit that never does its part, or "their job, not ours".
        (
            ["I approved it.", "It was the client's warehouse, which never fills in the field."],
            False,
        ),
        (["I approved it.", "Filling in the field is their job, not ours."], False),
        (["I approved it.", "The client's warehouse fills in the field every time."], True),
        # Owning it in the present tense.
        (["I say in the channel straight away that it's my migration."], True),
        # Accountable by role; let down by others; a customer's reaction is no blame.
        (["I was the analyst responsible for the forecast, and it was wrong."], True),
        (["I owned the order.", "The supplier has let us down twice this year."], False),
        (["I let the team down: I shipped it without testing."], True),
        (["It was my order and I got it wrong.", "She didn't recommend me afterwards."], True),
        # ... nor what the failure did to them; owning the bug in the present tense.
        (
            ["I never checked the old hosts.", "Customers got late notices they didn't deserve."],
            True,
        ),
        (["I go straight to my manager to say it's my bug."], True),
        (["I go straight to my manager to say it's their bug."], False),
        (["It was my order.", "They didn't check the boxes before loading."], False),
        # The failure said to be someone else's, or the speaker's own.
        (["I owned the schema.", "The real gap was the vendor's, not the schema."], False),
        (["The real gap was mine, since I never tested the old path."], True),
        (["I broke the build.", "The gap was the team's biggest worry that week."], True),
        (["What I don't do is test the upgrade from older versions."], True),
        # The others' duty, their wrong file, the change they dropped or never passed on, the
        # mix-up put on their side (the same slots in the first person: the test below).
        (
            ["I approved the sample.", "The data manager was meant to have updated the sheet."],
            False,
        ),
        (["I approved the sample.", "I told them the office had supplied the wrong file."], False),
        (["I approved the order.", "I said the events office had dropped the change."], False),
        (
            ["I approved the order.", "The office changed the card but never passed it on to me."],
            False,
        ),
        (["I approved the order.", "I explained the mix-up had come from the events side."], False),
        # A duty of passing things on left undone in the first person owns it.
        (["I updated the chart but did not mention the pause at handover."], True),
        (["I never changed the order with the butcher."], True),
        (["I updated the chart and mentioned the pause at handover."], False),
        # The cause named as the speaker's own owns it; a kind of thing nobody checks blames no one.
        (["I told the client that the cause was my pricing spreadsheet."], True),
        (["I told the client that the cause was the courier."], False),
        (
            [
                "I signed off the menu without checking the allergens.",
                "What I took from it is that a label nobody reads is a label nobody has checked.",
            ],
            True,
        ),
        (
            [
                "I signed off the menu without checking the allergens.",
                "Nobody in the kitchen had checked the labels either.",
            ],
            False,
        ),
        # ... told in the present, as present-tense storytellers do.
        (["I sign it off without checking.", "Nobody in the kitchen checks the labels."], False),
        # Staff by role: their duty, the message they took "and never passed on", the lesson and
        # the remedy put on them by name; a kind of risk named with "a" blames no one.
        (["I approved the order.", "QA was supposed to test the upgrade path."], False),
        (
            ["I approved the order.", "The clerk took the call and never passed it on."],
            False,
        ),
        (["I approved the order.", "The clerk took the call and passed it on."], True),
        (["I shipped it.", "The lesson is that I can't assume the QA team covers it."], False),
        (["I shipped it.", "The lesson is that you can't assume a supplier is fine."], True),
        (
            ["I approved the order.", "I told the owner the front desk needed closer supervision."],
            False,
        ),
        (["I approved the order.", "I told the owner I needed closer supervision."], True),
        (["I shipped the migration.", "The testers only ever ran it on fresh installs."], False),
        # The decision put on who sold it; a count that came down is no one's doing.
        (["I shipped it.", "I told the owner the rep had basically mis-sold us."], False),
        (["I shipped it.", "Our leftover stock was down to about forty units."], True),
        # The duty or the error said to be theirs; the excuse and the distrust.
        (["I approved the release.", "The sign-off was hers to do, not mine."], False),
        (["I approved the release.", "The sign-off was mine to do."], True),
        (["I approved the release.", "The planner swore it was counted, and he was wrong."], False),
        (["I approved the release.", "I swore it was counted, and I was wrong."], True),
        (["I shipped it.", "The night shift had made a mistake in the labels."], False),
        (["I shipped it.", "I had made a mistake in the labels."], True),
        (["I shipped it.", "The data team never bothered to warn us."], False),
        (["I shipped it.", "The data team warned us twice."], True),
        (["I shipped it.", "Her review was the real problem."], False),
        (["I shipped it.", "My review was the real problem."], True),
        (["I shipped it.", "I couldn't be expected to read every line."], False),
        (["I shipped it.", "I was expected to read every line."], True),
        (["I shipped it.", "Honestly, no plan could have been right."], False),
        (["I shipped it.", "A better plan could have been right."], True),
        (["I shipped it.", "Some suppliers just can't be trusted."], False),
        (["I shipped it.", "Some suppliers can be trusted more than others."], True),
        # "I introduced" owns a fault, not a new routine.
        (["I introduced a regression in the billing job."], True),
        (["I introduced a weekly review of the billing job."], False),
        # Read from heldout74 after round 68: the team a story was set in is no one blamed.
        # Read from heldout75 after round 69: another's omission named as the gap; tests that never
        # replayed a case are things, not people blamed.
        (["I shipped it.", "Honestly the gap was her not checking the chart."], False),
        (["I shipped it.", "Honestly the gap was me not checking the chart."], True),
        (
            [
                "I shipped it.",
                "Our staging tests never exercised it, because they never replayed retries.",
            ],
            True,
        ),
        (["I shipped it.", "They never checked the replay logs."], False),
        # Read from heldout98 after round 92: the others named before their omission.
        (["I shipped it.", "The root cause was the couple not giving us the full list."], False),
        (["I shipped it.", "The root cause was me not giving them the full list."], True),
        # Read from heldout76 after round 70: another who never looked at the chart.
        (["I shipped it.", "I told her the agency nurse never looked at the chart."], False),
        (["I shipped it.", "I told her I never looked at the chart."], True),
        (
            [
                "I shipped it.",
                "So this was on the payments team, where every refund went through one helper.",
            ],
            True,
        ),
        (["I shipped it.", "That delay was on the payments team."], False),
        # Read from heldout72 after round 66: the cause owned in the present tense.
        (["I tell the head the inconsistency comes from my decision."], True),
        (["I tell the head the inconsistency comes from their decision."], False),
        # Read from heldout78 after round 72: guidance on a topic blamed; the learners blamed;
        # a check named and skipped owned.
        (["I shipped it.", "The board's guidance on referencing was confusing."], False),
        (["I shipped it.", "The board's guidance on referencing was clear."], True),
        (["I shipped it.", "The students clearly had not listened when I explained it."], False),
        (["I shipped it.", "I had not listened when she explained it."], True),
        (["I shipped it.", "I told them their own inattention had cost them the marks."], False),
        (["I sign off the batch without doing the strain test, which I'm supposed to do."], True),
        (["I sign off the batch after doing the strain test, as I'm supposed to do."], False),
        # Read from heldout79 after round 73: the cause put on the speaker's own change.
        (["I shipped it.", "I told my boss straight away it was down to my change."], True),
        (["I shipped it.", "I told my boss straight away it was down to their change."], False),
    ],
)
def test_owning_a_failure_and_blaming_others_are_told_apart(guide, sentences, owns):
    assert rubric.element(sentences, _element(guide, "failure", "owns_it")).found is owns


@pytest.mark.parametrize(
    ("said", "owns"),
    [
        # Another party doing the fault, each beside the same words said of the speaker or of a
        # thing the others did well.
        ("The chef ignored my instructions.", False),
        ("I ignored the chef's instructions.", True),
        ("The designer never sent the final files.", False),
        ("I never sent the designer the final files.", True),
        ("My manager gave me bad numbers to work from.", False),
        ("I gave my manager bad numbers to work from.", True),
        ("Marketing changed the brief without telling anyone.", False),
        ("I changed the brief without telling anyone.", True),
        ("The ops team let it slip through.", False),
        ("I let it slip through.", True),
        ("My co-founder went behind my back.", False),
        ("My co-founder had my back.", True),
        # The cause, the culprit or the mess put on them.
        ("The delay was caused by the landlord.", False),
        ("The delay was caused by the landlord's visit, which I had forgotten to book.", True),
        ("The real culprit was the night manager.", False),
        ("The real culprit was my own checklist.", True),
        ("It was the client who kept changing their mind.", False),
        ("It was the client who spotted the error.", True),
        ("If the vendor had done their job, none of this would have happened.", False),
        ("If I had done my job, none of this would have happened.", True),
        ("That whole mess was on the platform team.", False),
        ("That whole mess was on me.", True),
        # What they handed over said to be bad.
        ("The data we were given was garbage.", False),
        ("The data I gave them was garbage.", True),
        ("Frankly the handover from the day team was useless.", False),
        ("Frankly my handover to the day team was useless.", True),
        ("The previous owner had left the wiring in a mess and never documented it.", False),
        ("I had left the wiring in a mess and never documented it.", True),
        # The others' part told as the speaker's own wrong assumption owns it.
        ("The tester signed it off, so as far as I was concerned it was fine.", False),
        ("I signed it off, and as far as I was concerned it was my call.", True),
        ("I assumed the other team had tested it and never checked.", True),
        ("The other team had tested it and never checked.", False),
        # ... and in other everyday words, each beside a twin that blames no one (or owns it).
        ("The day team didn't label the bags properly.", False),
        ("I didn't label the bags properly.", True),
        ("The supplier kept moving the goalposts.", False),
        ("Our caretaker was useless that winter.", False),
        ("Our caretaker was helpful that winter.", True),
        ("The plumber couldn't be bothered to come back.", False),
        ("The plumber was happy to come back.", True),
        ("The landlord never fixed the lock.", False),
        ("The landlord fixed the lock that week.", True),
        ("Their IT people broke the login page.", False),
        ("Their IT people rebuilt the login page.", True),
        ("They left us to carry the can.", False),
        ("They left us a spare key.", True),
        ("So that one's on them.", False),
        ("So that one's on me.", True),
        ("The late orders weren't really my problem.", False),
        ("The whole mess was all their problem.", False),
        ("The whole mess was my doing.", True),
        ("I was never given the time to check it.", False),
        ("I was given the time to check it.", True),
        ("My lead trusted my figures, and they were wrong because I never rechecked them.", True),
        (
            "My lead trusted my figures, and they were wrong because the clerk never rechecked them.",
            False,
        ),
        ("My notes to the night team were useless.", True),
        # ... and in a later writer's words: the fault named as theirs, a slip, the cause told as
        # their omission or their assumption, a change of theirs made without checking.
        ("It's the new host's fault, if I'm honest.", False),
        ("It's my fault, if I'm honest.", True),
        ("Our new hire messed up the booking.", False),
        ("The real cause is that the new driver didn't follow the loading plan.", False),
        ("The real cause is that I didn't follow the loading plan.", True),
        ("They tested it on one day of data without checking late arrivals.", False),
        ("Anyone on that team should have known.", False),
        ("The root cause was their assumption about the time zone.", False),
        ("The root cause was my assumption about the time zone.", True),
        ("The numbers were off because of their change.", False),
        ("New hires need watching on a busy shift.", False),
        # Any way of owning an error, said of another party (stance.ERROR read with them in the
        # speaker's place), blames them; the same deed done right blames no one.
        ("The pharmacist got the dose wrong on the chart.", False),
        ("The pharmacist got the dose right on the chart.", True),
        ("The courier had forgotten the second crate.", False),
        ("The courier had brought the second crate.", True),
        ("Her handover left out the allergy, and she never flagged it.", False),
        ("Her handover listed the allergy, and she flagged it.", True),
        ("The night nurse forgot the dose, but I should have checked the chart.", True),
        # ... and in a third writer's everyday words, each beside a twin that blames no one.
        ("If the plumber had turned up on Monday, none of this would have happened.", False),
        ("If I had turned up on Monday, none of this would have happened.", True),
        ("Sales had no business promising that date.", False),
        ("The supplier's scales were off and they wouldn't admit it.", False),
        ("The supplier's scales were off and they fixed them.", True),
        ("My manager handed me bad figures for the forecast.", False),
        ("My manager handed me the figures for the forecast.", True),
        ("It was the night crew who mixed up the orders, not me.", False),
        ("The night crew loaded the pallets, not the day crew.", True),
        ("Honestly, QA should have caught it before release.", False),
        ("I can't really take the hit for that one.", False),
        ("I take the hit for that one.", True),
        ("Whoever set up that server left no notes at all.", False),
        ("It wasn't anything on our side; the bank's system went down.", False),
        ("The courier took a week, so what was I supposed to do?", False),
        ("The report went out late, and that's down to him.", False),
        ("The report went out late, and that's down to me.", True),
        # An error of one's own in the words the mirror reads (stance.ERROR).
        ("The porter left the freezer door open overnight.", False),
        ("The porter shut the freezer door overnight.", True),
        ("The lab contaminated the samples.", True),
        ("The lab techs contaminated the samples.", False),
        # Read from the fourth probe part, each slot beside a sentence it must leave alone.
        ("Honestly, the early shift should have spotted it.", False),
        ("Honestly, I should have spotted it.", True),
        ("The figures came late, so it wasn't really on me.", False),
        ("The figures came late, and that was on me.", True),
        ("The blame sits with the planning office.", False),
        ("The blame sits with me.", True),
        ("The flood hit overnight, and there was nothing anyone could have done.", False),
        ("The mistake was made by the night crew.", False),
        ("The mistake was made by me.", True),
        ("If the depot had packed the crates properly, none of this would have happened.", False),
        ("If I had packed the crates properly, none of this would have happened.", True),
        ("Rosa moved the stock behind my back.", False),
        ("With launch dates like ours, mistakes are bound to happen.", False),
        ("The drawings I was given were out of date.", False),
        ("The drawings I made were out of date.", True),
        ("The client keeps changing the brief and then acts surprised.", False),
        ("The supplier shipped us a faulty batch of valves.", False),
        ("The supplier shipped us a new batch of valves.", True),
        ("The contractor who fitted it obviously hadn't bothered to check.", False),
    ],
)
def test_a_failure_put_on_another_party_is_heard_in_general_english(guide, said, owns):
    sentences = ["I approved the release.", said]
    assert rubric.element(sentences, _element(guide, "failure", "owns_it")).found is owns


@pytest.mark.parametrize(
    ("said", "owns"),
    [
        # The error in the speaker's own everyday words, beside the same fact told of no one.
        ("I got the dosage wrong.", True),
        ("The new label got the dosage wrong.", False),
        ("I dropped the ball on the handover.", True),
        ("The handover dropped off the agenda.", False),
        ("I misread the spec.", True),
        ("The spec was hard to read.", False),
        ("I put the wrong date on the order.", True),
        ("The order form had a date field.", False),
        ("I let the deadline slide.", True),
        ("The deadline was in March.", False),
        ("I deployed it on a Friday afternoon.", True),
        ("It went out on a Friday afternoon.", False),
        ("I take the blame for that.", True),
        ("The blame went around for weeks.", False),
        ("I never double-checked the address.", True),
        ("The address was on the label.", False),
        ("I hadn't thought about the time zones.", True),
        ("The time zones were tricky.", False),
        ("I trusted the old numbers and didn't verify them.", True),
        ("The old numbers looked fine.", False),
        # Owning it in so many words, the cause traced to one's own work, a check made in part, a
        # duty left unsaid with the subject said again.
        ("I took ownership of it in the team chat.", True),
        ("The team took ownership of it in the chat.", False),
        ("I traced it to my own query.", True),
        ("I traced it to the query.", False),
        ("I tested it on the new phones but not the old ones.", True),
        ("I tested it on the new phones and the old ones.", False),
        ("I noticed it, but I never said anything.", True),
        ("I noticed it, and I said so at once.", False),
        ("I just didn't listen when the caretaker warned me.", True),
        ("The caretaker just didn't listen when I warned him.", False),
        ("I dropped the live table thinking it was the test one.", True),
        ("The table was dropped during the test.", False),
        # Any error told in the first person owns it (the fourth probe part's words).
        ("I mixed up the two patients' charts on the handover.", True),
        ("The two patients' charts got mixed up on the handover.", False),
        ("I left the cold-room door propped open all night.", True),
        ("The cold-room door was left propped open all night.", False),
        ("The wrong fee went on the invoice because I typed it in wrong.", True),
        ("The wrong fee went on the invoice because the form was confusing.", False),
        ("I plumbed the outlet into the wrong drain.", True),
        ("The outlet was plumbed into the wrong drain.", False),
        # Read from heldout42 after round 36: a duty cut short, everything changed in one go.
        ("I had cut the inspection short.", True),
        ("The inspector had cut the inspection short.", False),
        ("I kicked it off on all forty nodes at once instead of in batches.", True),
        ("The script kicked it off on all forty nodes at once instead of in batches.", False),
        # Read from heldout43 after round 37: "I'd" before the error, one's reading put over the
        # evidence.
        ("I'd skipped the second check on the drip rate.", True),
        ("The second check on the drip rate was skipped.", False),
        ("I had trusted how he looked over what the monitor was telling me.", True),
        ("The doctor had trusted how he looked over what the monitor was telling me.", False),
    ],
)
def test_owning_a_failure_is_heard_in_everyday_words(guide, said, owns):
    assert rubric.element([said], _element(guide, "failure", "owns_it")).found is owns


@pytest.mark.parametrize(
    "text",
    [
        "I was meant to have checked the sheet.",
        "I had supplied the wrong file.",
        "I changed the card but never passed it on.",
        "The mix-up came from my side of the kitchen.",
        "I told her I had forgotten the crate.",
        "I assumed the other team had tested it without checking.",
    ],
)
def test_the_others_slots_in_the_first_person_blame_no_one(text):
    assert not stance.blames(text)


def test_the_corpus_guide_examples_pass_and_each_variant_misses_its_element(guide):
    # The coaching corpus says the guide's outlines in its own prose (tests/data/coaching).
    for a in coaching_corpus.dev():
        if a.style != "guide-example":
            continue
        words = [Word(w) for w in a.text.split()]
        report = analyze(
            Transcript(words, kind="text", duration_s=None), guide, guide.prompt(a.prompt)
        )
        missing = [item.id for item in report.rubric if not item.found]
        if a.seeded_fault is None:
            assert missing == [], a.id
        else:
            assert a.seeded_fault.removeprefix("missing_") in missing, a.id


# One sentence, one element of one prompt: heard (True) or not (False), each rule on both sides.
PLAIN_WORDS = [
    # A simple fix in other words: a change of any number of lines, the big plan shelved, what is
    # already built in; the complexity as building one's own.
    ("simple-solution", "addresses_prompt", "It turned out to be a twenty-line change.", True),
    ("simple-solution", "addresses_prompt", "It turned out to be a twenty-page report.", False),
    ("simple-solution", "addresses_prompt", "The rewrite project got shelved after that.", True),
    ("simple-solution", "addresses_prompt", "The rewrite project got started after that.", False),
    (
        "simple-solution",
        "addresses_prompt",
        "We used the spell check already built into the editor.",
        True,
    ),
    ("simple-solution", "complexity", "Half the team wanted to train our own model.", True),
    ("simple-solution", "complexity", "Half the team wanted to go home.", False),
    # A failure in other words: a regression, output that was incorrect, the decision owned.
    ("failure", "addresses_prompt", "The release caused a regression in the parser.", True),
    ("failure", "addresses_prompt", "The payroll tool produced incorrect timestamps.", True),
    ("failure", "addresses_prompt", "The bad merge was my decision as the reviewer.", True),
    ("failure", "addresses_prompt", "The release went out on a Tuesday.", False),
    # ... or any error told, owned or put on another party (stance.states_error).
    ("failure", "addresses_prompt", "I had forgotten to lock the back door.", True),
    ("failure", "addresses_prompt", "I locked the back door that night.", False),
    ("failure", "addresses_prompt", "The driver got the address wrong.", True),
    ("failure", "addresses_prompt", "The driver got the address from the office.", False),
    ("failure", "addresses_prompt", "The batch I signed off had to be recalled.", True),
    ("failure", "addresses_prompt", "The fundraiser ended up losing money.", True),
    ("failure", "addresses_prompt", "I crashed the till system on a Saturday.", True),
    ("failure", "addresses_prompt", "The fundraiser ended up raising money.", False),
    ("deadline", "addresses_prompt", "The menu didn't go live until the tenth.", True),
    ("deadline", "addresses_prompt", "The menu didn't change until the tenth.", False),
    ("deadline", "addresses_prompt", "The parcel didn't reach them before the cut-off.", True),
    ("deadline", "addresses_prompt", "We had to push it back to April.", True),
    (
        "above-and-beyond",
        "addresses_prompt",
        "The contract only covered the roof, but I fixed the gutter too.",
        True,
    ),
    ("tight-deadline", "addresses_prompt", "The client gave us until Friday to redo it.", True),
    ("proudest", "addresses_prompt", "What I look back on with the most pride is the choir.", True),
    (
        "simple-solution",
        "addresses_prompt",
        "Everyone wanted a new layout, but moving two shelves fixed it.",
        True,
    ),
    ("simple-solution", "complexity", "Stock sat in three separate warehouses.", True),
    # Stakeholder communication is a telling; an audience named is not an audience told.
    ("deadline", "stakeholders", "I emailed the professor that evening with where I was.", True),
    ("deadline", "stakeholders", "I raised it with my supervisor that week.", True),
    ("deadline", "stakeholders", "I went to the compliance lead the same day.", True),
    ("deadline", "stakeholders", "I kept the district office posted every Monday.", True),
    ("deadline", "stakeholders", "My job was to minimize customer impact.", False),
    ("deadline", "stakeholders", "I updated the plan in our tracker with the new dates.", False),
    # A trade-off under time can be a deferral.
    ("tight-deadline", "tradeoffs", "The internal batch jobs waited until the last day.", True),
    ("tight-deadline", "tradeoffs", "I held back the reporting changes to the next release.", True),
    ("tight-deadline", "tradeoffs", "I waited for the build to finish.", False),
    # Dropping as a choice made, not as things that fell.
    ("tight-deadline", "tradeoffs", "I made the call to drop the live map.", True),
    ("tight-deadline", "tradeoffs", "The canape round got dropped.", True),
    ("tight-deadline", "tradeoffs", "The trees dropped seeds on the cars.", False),
    ("tight-deadline", "tradeoffs", "There were no dropped sessions.", False),
    # A simple solution in any register: the big fix proposed (a new system to buy, months away),
    # the simpler alternative (cheaper, nothing bought, a page), safe because it could be undone.
    (
        "simple-solution",
        "complexity",
        "Head office wanted a new scanning system in every store.",
        True,
    ),
    ("simple-solution", "complexity", "The proper fix was months away.", True),
    ("simple-solution", "complexity", "The shop was busy on Saturdays.", False),
    ("simple-solution", "simpler_alternative", "My manager asked if I had a cheaper idea.", True),
    (
        "simple-solution",
        "simpler_alternative",
        "I made a one-page card for each patient's folder.",
        True,
    ),
    ("simple-solution", "simpler_alternative", "I talked to every nurse on the ward.", False),
    ("simple-solution", "why_safe", "If it flopped we could switch back in an evening.", True),
    ("simple-solution", "why_safe", "We opened the second till at lunch.", False),
    # ... the big fix as a stack or a model, or as months of work; the simple one plain or
    # boring; safe behind a guardrail or a control group.
    ("simple-solution", "complexity", "Finance wanted a new forecasting engine.", True),
    ("simple-solution", "complexity", "The rebuild meant months of engineering.", True),
    ("simple-solution", "complexity", "The forecast was due on Fridays.", False),
    ("simple-solution", "simpler_alternative", "I wrote a plain list of late routes.", True),
    ("simple-solution", "simpler_alternative", "I went with a boring nightly export.", True),
    ("simple-solution", "simpler_alternative", "I wrote to the ten late drivers.", False),
    ("simple-solution", "addresses_prompt", "I kept a plain old paper rota by the door.", True),
    ("simple-solution", "why_safe", "A guardrail switched the list off.", True),
    ("simple-solution", "why_safe", "I kept a control group on the old rota.", True),
    ("simple-solution", "why_safe", "I printed the rota for the staff room.", False),
    # ... the big fix priced ("costs about £40,000", "twenty grand"); the simple one free, dumb,
    # done without new money, the big plan dropped; safe because nothing is lost.
    ("simple-solution", "complexity", "The new scanner costs about £40,000.", True),
    ("simple-solution", "complexity", "The agency wanted twenty grand for it.", True),
    ("simple-solution", "complexity", "The van was in for its service.", False),
    ("simple-solution", "simpler_alternative", "I suggested a dumber fix: a bell.", True),
    ("simple-solution", "simpler_alternative", "I did it without extra budget.", True),
    ("simple-solution", "simpler_alternative", "I used a free booking plugin.", True),
    ("simple-solution", "addresses_prompt", "In the end the board shelved the rebuild plan.", True),
    ("simple-solution", "simpler_alternative", "I did it before the budget meeting.", False),
    ("simple-solution", "why_safe", "If the tags fell off, nothing was lost.", True),
    ("simple-solution", "why_safe", "The tags fell off in the rain.", False),
    # Going beyond is heard only in what was asked: "expected" and "more than" of something else,
    # and a duty taken on as a duty, are not.
    (
        "above-and-beyond",
        "addresses_prompt",
        "I did it in my own time, after the shop closed.",
        True,
    ),
    (
        "above-and-beyond",
        "addresses_prompt",
        "Agents weren't really expected to chase billing.",
        True,
    ),
    (
        "above-and-beyond",
        "addresses_prompt",
        "The script said to offer a plan, and that was the end of my part.",
        True,
    ),
    ("above-and-beyond", "addresses_prompt", "That was far more than I was asked to do.", True),
    (
        "above-and-beyond",
        "addresses_prompt",
        "By June five of six read at the expected level.",
        False,
    ),
    (
        "above-and-beyond",
        "addresses_prompt",
        "Complaints dropped by more than an order of magnitude.",
        False,
    ),
    ("above-and-beyond", "addresses_prompt", "I took it on as one of my normal duties.", False),
    # Someone else's job named as theirs.
    ("above-and-beyond", "addresses_prompt", "Repairs were officially the job of an agent.", True),
    ("above-and-beyond", "beyond_scope", "Refunds were the responsibility of a hub team.", True),
    ("above-and-beyond", "beyond_scope", "Refunds were my responsibility on Saturdays.", False),
    # ... or the work said to be someone else's, or taken up on one's own initiative.
    ("above-and-beyond", "beyond_scope", "The night orders weren't mine to chase.", True),
    ("above-and-beyond", "beyond_scope", "The big accounts belonged to another team.", True),
    ("above-and-beyond", "addresses_prompt", "Off my own bat, I rang every supplier.", True),
    ("above-and-beyond", "beyond_scope", "The night orders were mine to chase.", False),
    # A failure is told by an error admitted, not by ownership alone; a trouble denied is none.
    ("failure", "addresses_prompt", "I hadn't checked which environment my terminal was on.", True),
    ("failure", "addresses_prompt", "I didn't write any tests for the booking logic.", True),
    ("failure", "addresses_prompt", "I told the team it was on me.", True),
    ("failure", "addresses_prompt", "The config change I pushed broke checkout for an hour.", True),
    (
        "failure",
        "addresses_prompt",
        "I wrote the exam paper myself, and a colleague checked it.",
        False,
    ),
    ("failure", "addresses_prompt", "I was the one in charge of the release.", False),
    (
        "failure",
        "addresses_prompt",
        "The new version went out a week later, and nobody's code broke.",
        False,
    ),
    ("failure", "addresses_prompt", "Nothing went wrong at the launch.", False),
    # A check made only in part, a step left out, in the first person.
    ("failure", "addresses_prompt", "I only ever tested it on the new tablets.", True),
    ("failure", "addresses_prompt", "I did not set a limit on the refund script.", True),
    ("failure", "addresses_prompt", "I set a limit on the refund script.", False),
    # A failure admitted in other verbs: a step not repeated, owned up to.
    ("failure", "addresses_prompt", "I didn't rerun the backup check after the move.", True),
    ("failure", "addresses_prompt", "I owned up to the client the same morning.", True),
    ("failure", "addresses_prompt", "I ran the backup check after the move.", False),
    ("failure", "addresses_prompt", "I took the handover and did not repeat the check.", True),
    # ... a duty of passing things on left undone, also after a "but".
    ("failure", "addresses_prompt", "I never changed the order with the butcher.", True),
    (
        "failure",
        "addresses_prompt",
        "I updated the chart but did not mention it at handover.",
        True,
    ),
    ("failure", "addresses_prompt", "I changed the order with the butcher.", False),
    ("failure", "addresses_prompt", "I updated the chart and mentioned it at handover.", False),
    (
        "failure",
        "addresses_prompt",
        "I designed it without thinking about two users at once.",
        True,
    ),
    ("failure", "addresses_prompt", "I took the handover and repeated the check.", False),
    # A miss said as the time after the date promised, a new date, extra time asked for.
    ("deadline", "addresses_prompt", "The audit closed nine days after the agreed date.", True),
    ("deadline", "addresses_prompt", "The kitchen reopened a week later than we promised.", True),
    ("deadline", "addresses_prompt", "I asked the board for two extra weeks.", True),
    ("deadline", "addresses_prompt", "The audit closed two days before the agreed date.", False),
    ("deadline", "addresses_prompt", "I asked the board for two more chairs.", False),
    # The people served, in more trades: callers, drivers, diners, pupils; people who came back.
    ("above-and-beyond", "customer_impact", "Callers stopped hanging up after a minute.", True),
    ("above-and-beyond", "customer_impact", "Older drivers could finally read the buttons.", True),
    ("above-and-beyond", "customer_impact", "People started coming back for other help.", True),
    ("above-and-beyond", "customer_impact", "The people in the office were tired.", False),
    ("above-and-beyond", "customer_impact", "I rewrote the layout over two weekends.", False),
    # On my own: of the work done unasked, not of a thing owned.
    (
        "above-and-beyond",
        "addresses_prompt",
        "I rebuilt the rota on my own, before anyone asked.",
        True,
    ),
    ("above-and-beyond", "addresses_prompt", "I tested it on my own phone.", False),
    # Missing, late, slip and extension as a miss only: not missing rows, staying late, a slip
    # weighed as an option or an extension considered.
    ("deadline", "addresses_prompt", "We told the client we would miss the date.", True),
    ("deadline", "addresses_prompt", "The refit went two weeks late.", True),
    ("deadline", "addresses_prompt", "The handover slipped by a week.", True),
    ("deadline", "addresses_prompt", "The board granted us a two-week extension.", True),
    ("deadline", "addresses_prompt", "We kept missing the monthly release date.", True),
    ("deadline", "addresses_prompt", "The export was missing a third of the rows.", False),
    ("deadline", "addresses_prompt", "I stayed late three evenings to rebuild it.", False),
    ("deadline", "addresses_prompt", "One option was to slip the launch by a week.", False),
    ("deadline", "addresses_prompt", "I thought about asking the board for an extension.", False),
    # Working against the clock in minutes; minutes that measure nothing urgent are not it.
    ("tight-deadline", "addresses_prompt", "The van left twenty minutes after the call.", True),
    ("tight-deadline", "addresses_prompt", "We finished the display by midnight.", True),
    ("tight-deadline", "addresses_prompt", "The two clocks were five minutes apart.", False),
    # Hours, days and weeks as time pressure, not as any mention of a week.
    ("tight-deadline", "addresses_prompt", "We had two days left before the inspection.", True),
    ("tight-deadline", "addresses_prompt", "It was a 36-hour hackathon.", True),
    ("tight-deadline", "addresses_prompt", "We got three days' notice.", True),
    (
        "tight-deadline",
        "addresses_prompt",
        "Everything had to go out before the depot closed.",
        True,
    ),
    ("tight-deadline", "addresses_prompt", "The weather that week was grey.", False),
    ("tight-deadline", "addresses_prompt", "The canteen did soup on some days.", False),
    # The simpler way told by the big fix left undone: never bought, left alone, not a platform.
    ("simple-solution", "addresses_prompt", "The scanners never had to be bought.", True),
    ("simple-solution", "simpler_alternative", "I left the old billing system alone.", True),
    ("simple-solution", "simpler_alternative", "I fixed it without touching the schema.", True),
    (
        "simple-solution",
        "simpler_alternative",
        "Next time I'd check before I reach for a platform.",
        True,
    ),
    ("simple-solution", "simpler_alternative", "It needed a checklist, not a new system.", True),
    ("simple-solution", "simpler_alternative", "I left the office at five.", False),
    (
        "simple-solution",
        "simpler_alternative",
        "I installed the new system over the weekend.",
        False,
    ),
    ("simple-solution", "simpler_alternative", "The scanners had to be bought.", False),
    # Nothing new bought or waited for.
    ("simple-solution", "simpler_alternative", "It runs in memory, no new servers at all.", True),
    (
        "simple-solution",
        "simpler_alternative",
        "I fixed it without waiting for the new system.",
        True,
    ),
    ("simple-solution", "simpler_alternative", "We bought new servers for it.", False),
    ("simple-solution", "simpler_alternative", "I waited for the new system.", False),
    (
        "simple-solution",
        "addresses_prompt",
        "I write a filter and a sort, under a hundred lines.",
        True,
    ),
    ("simple-solution", "addresses_prompt", "The library has thousands of lines.", False),
    # The simpler way said as cheap, as a stopgap, or as what was already there.
    ("simple-solution", "addresses_prompt", "I tried something cheaper first.", True),
    ("simple-solution", "addresses_prompt", "In the meantime I moved the sheet to the door.", True),
    ("simple-solution", "addresses_prompt", "I used the scanner we already had.", True),
    ("simple-solution", "addresses_prompt", "I added a step to the existing search.", True),
    ("simple-solution", "addresses_prompt", "We had already left the building.", False),
    ("simple-solution", "addresses_prompt", "The cheapskate jokes got old.", False),
    ("simple-solution", "addresses_prompt", "My aim was to fix it without spending money.", True),
    ("simple-solution", "addresses_prompt", "I fixed it after spending a month on it.", False),
    ("simple-solution", "addresses_prompt", "I fixed it without waiting for the new system.", True),
    # Why Amazon: having applied to the team is saying why.
    ("why-amazon", "addresses_prompt", "That's why I applied to the payments team.", True),
    ("why-amazon", "addresses_prompt", "The fix applied to every page.", False),
    # A deadline that would not be made, or work done days after it.
    ("deadline", "addresses_prompt", "I told them the export wouldn't make the demo.", True),
    ("deadline", "addresses_prompt", "I finished the export four days after the demo.", True),
    ("deadline", "addresses_prompt", "I finished the export four days before the demo.", False),
    # A failure admitted as a check not gone through, or as what checking would have caught.
    ("failure", "addresses_prompt", "I didn't go through the medical list that morning.", True),
    ("failure", "addresses_prompt", "I'd have caught it if I'd checked.", True),
    ("failure", "addresses_prompt", "I went through the medical list that morning.", False),
    # What had not happened yet did not happen: "before it failed" tells no failure.
    ("failure", "addresses_prompt", "I assumed every family had a laptop.", True),
    ("failure", "addresses_prompt", "I ask every family before I assume anything.", False),
    ("failure", "addresses_prompt", "I swapped the pump before it failed.", False),
    ("failure", "addresses_prompt", "The pump failed before I swapped it.", True),
    # A slip said as a hypothetical is none; a miss told as "won't be ready" or after the date given.
    ("deadline", "addresses_prompt", "The release slips by a week.", True),
    ("deadline", "addresses_prompt", "Say what ships first if it slips.", False),
    ("deadline", "addresses_prompt", "I told the director the report won't be ready.", True),
    ("deadline", "addresses_prompt", "I wasn't sure the report would be ready.", False),
    ("deadline", "addresses_prompt", "By week two I could see I wasn't going to make it.", True),
    ("deadline", "addresses_prompt", "By week two I could see I was going to make it.", False),
    ("deadline", "addresses_prompt", "It went live ten days after the date I'd promised.", True),
    ("deadline", "addresses_prompt", "It went live ten days before the date I'd promised.", False),
    # Not one's business is beyond one's scope.
    ("above-and-beyond", "beyond_scope", "The others thought it wasn't our business.", True),
    ("above-and-beyond", "beyond_scope", "The others thought it was good business.", False),
    # Work that was in nobody's plan, or nobody's job.
    (
        "above-and-beyond",
        "addresses_prompt",
        "The bug sat in nobody's backlog, so I took it.",
        True,
    ),
    ("above-and-beyond", "addresses_prompt", "Fixing the printer was nobody's job.", True),
    (
        "above-and-beyond",
        "addresses_prompt",
        "Nobody's asked me to, but I rewrite the guide.",
        True,
    ),
    ("above-and-beyond", "addresses_prompt", "I read everybody's tickets on Monday.", False),
    # The job said with what it is not: the scope the story goes past.
    (
        "above-and-beyond",
        "beyond_scope",
        "My job was the clinic, and nothing in it said a word about the kids who stayed away.",
        True,
    ),
    (
        "above-and-beyond",
        "beyond_scope",
        "Nothing in the letter said a word about the kids.",
        False,
    ),
    ("above-and-beyond", "beyond_scope", "My job is the wiring, not the lighting plan.", True),
    ("above-and-beyond", "beyond_scope", "My job is the wiring and the lighting plan.", False),
    # A part that came later is a missed date; a fix not ready in time is one foreseen.
    ("deadline", "addresses_prompt", "The reports followed ten days later.", True),
    ("deadline", "addresses_prompt", "The reports followed the old template.", False),
    ("deadline", "addresses_prompt", "I saw I would not have the app ready in time.", True),
    ("deadline", "addresses_prompt", "I saw I would have the app ready in time.", False),
    # A failure told as a check made only in part, or as the change owned.
    ("failure", "addresses_prompt", "I tested it only against our synthetic traffic.", True),
    ("failure", "addresses_prompt", "I tested it against our real traffic.", False),
    ("failure", "addresses_prompt", "I told their lead plainly that it was my change.", True),
    ("failure", "addresses_prompt", "I told their lead plainly that it was my day off.", False),
    # The rest left as it was, the fancy fix not needed: a simpler way.
    (
        "simple-solution",
        "addresses_prompt",
        "I moved forty products and left everything else where it was.",
        True,
    ),
    (
        "simple-solution",
        "addresses_prompt",
        "I moved forty products and then everything else.",
        False,
    ),
    ("simple-solution", "simpler_alternative", "The fancy module wasn't really needed.", True),
    ("simple-solution", "simpler_alternative", "The fancy module was really needed.", False),
    ("simple-solution", "complexity", "The module was months off and would cost a fortune.", True),
    # Why it matters, with a degree between.
    ("proudest", "addresses_prompt", "It matters more to me than any award.", True),
    ("proudest", "addresses_prompt", "It matters more to the board than any award.", False),
    # A failure told as a fault introduced; a routine introduced tells none.
    ("failure", "addresses_prompt", "I introduced a regression in the billing job.", True),
    ("failure", "addresses_prompt", "I introduced a weekly review of the billing job.", False),
    # Not making a date, as against not meeting a standard or not hitting the same wall again.
    ("deadline", "addresses_prompt", "We didn't hit the launch date.", True),
    ("deadline", "addresses_prompt", "We didn't hit the same problem on the next release.", False),
    ("deadline", "addresses_prompt", "The build didn't meet the deadline.", True),
    ("deadline", "addresses_prompt", "The build didn't meet the store guidelines.", False),
    ("deadline", "addresses_prompt", "I asked my tutor for a week's extension.", True),
    ("deadline", "addresses_prompt", "I asked my tutor for a week's reading list.", False),
    # Read from heldout35 after round 29: raised "that same week"; a ship date one had said.
    ("deadline", "owns_it", "I raised it with finance that same week.", True),
    ("deadline", "owns_it", "I raised it with finance that same quarter.", False),
    ("deadline", "owns_it", "I'd said in the tracker we'd ship on launch day.", True),
    ("deadline", "owns_it", "They'd said in the tracker we'd ship on launch day.", False),
    # Read from heldout34 after round 28: wanting to go bigger is no simple fix; nobody putting a
    # date on it is no tight deadline; work that belongs to nobody, "the whole ask"; a feature
    # that won't be in the demo; skipping a thing entirely.
    (
        "simple-solution",
        "addresses_prompt",
        "I was asked to run the existing trial, and I wanted to go bigger.",
        False,
    ),
    (
        "simple-solution",
        "addresses_prompt",
        "I was asked to run the existing trial, and I wanted to keep it small.",
        True,
    ),
    ("tight-deadline", "addresses_prompt", "It was due, but nobody put a date on it.", False),
    ("tight-deadline", "addresses_prompt", "It was due, and the client put a date on it.", True),
    (
        "above-and-beyond",
        "beyond_scope",
        "The photo pipeline belongs to nobody in particular.",
        True,
    ),
    ("above-and-beyond", "beyond_scope", "The photo pipeline belongs to the platform.", False),
    (
        "above-and-beyond",
        "addresses_prompt",
        "The photo pipeline belongs to nobody in particular.",
        True,
    ),
    ("above-and-beyond", "addresses_prompt", "The photo pipeline belongs to the platform.", False),
    ("above-and-beyond", "beyond_scope", "That was the whole ask, one issue and one fix.", True),
    ("above-and-beyond", "beyond_scope", "That was the first ask, one issue and one fix.", False),
    (
        "above-and-beyond",
        "addresses_prompt",
        "That was the whole ask, one issue and one fix.",
        True,
    ),
    (
        "above-and-beyond",
        "addresses_prompt",
        "That was the first ask, one issue and one fix.",
        False,
    ),
    (
        "deadline",
        "addresses_prompt",
        "I said straight out that uploads wouldn't be in the demo.",
        True,
    ),
    (
        "deadline",
        "addresses_prompt",
        "I said straight out that uploads would be in the demo.",
        False,
    ),
    ("simple-solution", "addresses_prompt", "So I suggest we skip vision entirely.", True),
    ("simple-solution", "addresses_prompt", "So I suggest we build vision first.", False),
    # Read from heldout33 after round 27: where one's job stops, one's whole ask; a tiny change; a
    # date left open ("at some point over the next quarter", "no particular date").
    (
        "above-and-beyond",
        "beyond_scope",
        "I flag it to the kitchen, and that's where my job stops.",
        True,
    ),
    (
        "above-and-beyond",
        "beyond_scope",
        "I flag it to the kitchen, and that's where the menu starts.",
        False,
    ),
    (
        "above-and-beyond",
        "addresses_prompt",
        "I flag it to the kitchen, and that's where my job stops.",
        True,
    ),
    (
        "above-and-beyond",
        "addresses_prompt",
        "I flag it to the kitchen, and that's where the menu starts.",
        False,
    ),
    ("above-and-beyond", "beyond_scope", "Fixing the login bug was my whole ask.", True),
    ("above-and-beyond", "beyond_scope", "Fixing the login bug was my first task.", False),
    ("above-and-beyond", "addresses_prompt", "Fixing the login bug was my whole ask.", True),
    ("above-and-beyond", "addresses_prompt", "Fixing the login bug was my first task.", False),
    ("simple-solution", "addresses_prompt", "It was a tiny change to the config.", True),
    ("simple-solution", "addresses_prompt", "It was a big change to the config.", False),
    (
        "tight-deadline",
        "addresses_prompt",
        "The recall was due at some point over the next quarter.",
        False,
    ),
    ("tight-deadline", "addresses_prompt", "The recall was due at nine the next morning.", True),
    (
        "tight-deadline",
        "addresses_prompt",
        "The recall was due, with no particular date attached.",
        False,
    ),
    ("tight-deadline", "addresses_prompt", "The recall was due, with a firm date of Friday.", True),
    # Read from heldout32 after round 26: the promise owned as "I'm the one who has promised", the
    # miss told "straight"; the rest following within a month, work taking longer than planned
    # as a deadline missed; pride denied with "isn't"; all that was on one's list, staying on
    # after a visit; a rebuild as a distributed system is no simple fix (unless it was avoided).
    ("deadline", "owns_it", "I'm the one who has promised the report for Friday.", True),
    ("deadline", "owns_it", "I'm the one who has to read the report on Friday.", False),
    ("deadline", "owns_it", "I tell them straight that the menus won't be printed in time.", True),
    ("deadline", "owns_it", "I tell them the menus are at the printer.", False),
    (
        "deadline",
        "addresses_prompt",
        "Two sites opened on the date and the other six followed within a month.",
        True,
    ),
    (
        "deadline",
        "addresses_prompt",
        "Two sites opened on the date and the other six followed the same plan.",
        False,
    ),
    (
        "deadline",
        "addresses_prompt",
        "The survey was going to take much longer than we'd planned.",
        True,
    ),
    (
        "deadline",
        "addresses_prompt",
        "The survey was going to take much less time than we'd planned.",
        False,
    ),
    ("proudest", "addresses_prompt", "Honestly it isn't something I'm especially proud of.", False),
    ("proudest", "addresses_prompt", "Honestly it is something I'm especially proud of.", True),
    (
        "above-and-beyond",
        "beyond_scope",
        "My job is the lobby flowers, and that's really all that's on my list.",
        True,
    ),
    (
        "above-and-beyond",
        "beyond_scope",
        "My job is the lobby flowers, and they're all on my list.",
        False,
    ),
    (
        "above-and-beyond",
        "addresses_prompt",
        "My job is the lobby flowers, and that's really all that's on my list.",
        True,
    ),
    (
        "above-and-beyond",
        "addresses_prompt",
        "My job is the lobby flowers, and they're all on my list.",
        False,
    ),
    ("above-and-beyond", "beyond_scope", "I stayed on after my visit to sort his post.", True),
    ("above-and-beyond", "beyond_scope", "I stayed on the ward during my visit.", False),
    (
        "simple-solution",
        "addresses_prompt",
        "In the end I rebuilt the existing tool as a distributed system on three servers.",
        False,
    ),
    (
        "simple-solution",
        "addresses_prompt",
        "Instead of rebuilding the existing tool as a distributed system, I added one index.",
        True,
    ),
    # Read from heldout31 after round 25: pride doubted ("not sure it's something I'm proud of");
    # a wait of so many more weeks; the place opening as the limit; extra work done voluntarily.
    ("proudest", "addresses_prompt", "Honestly, I'm not sure it's something I'm proud of.", False),
    ("proudest", "addresses_prompt", "Honestly, I wasn't sure it was one I was proud of.", False),
    ("proudest", "addresses_prompt", "Honestly, I'm sure it's something I'm proud of.", True),
    (
        "proudest",
        "addresses_prompt",
        "I wasn't sure it was something I was proud of at first, but I am now.",
        True,
    ),
    (
        "deadline",
        "addresses_prompt",
        "The client agreed to wait three more weeks for the full version.",
        True,
    ),
    ("deadline", "addresses_prompt", "The client agreed to wait in the lobby.", False),
    (
        "tight-deadline",
        "addresses_prompt",
        "Everything had to pass inspection before we open at nine.",
        True,
    ),
    (
        "tight-deadline",
        "addresses_prompt",
        "Everything had to pass inspection after we open at nine.",
        False,
    ),
    ("above-and-beyond", "beyond_scope", "I ran the reading club voluntarily all winter.", True),
    ("above-and-beyond", "beyond_scope", "I ran the reading club all winter.", False),
    (
        "above-and-beyond",
        "addresses_prompt",
        "I ran the reading club voluntarily all winter.",
        True,
    ),
    ("above-and-beyond", "addresses_prompt", "I ran the reading club all winter.", False),
    # Read from heldout30 after round 24: pride disowned as "not something I feel proud of"; a
    # check left out as "did not re-check"; a fault owned as "my sign-off that missed it"; the
    # role set out as "A, not B"; work done alongside one's own.
    ("proudest", "addresses_prompt", "To be honest it is not something I feel proud of.", False),
    ("proudest", "addresses_prompt", "To be honest it is something I feel proud of.", True),
    (
        "failure",
        "addresses_prompt",
        "I updated the menu but did not re-check it against the allergy list.",
        True,
    ),
    (
        "failure",
        "addresses_prompt",
        "I updated the menu and re-checked it against the allergy list.",
        False,
    ),
    ("failure", "addresses_prompt", "I told her it was my sign-off that missed it.", True),
    ("failure", "addresses_prompt", "I told her it was my sign-off that approved it.", False),
    (
        "above-and-beyond",
        "beyond_scope",
        "Being course rep means passing on feedback, not fixing slides.",
        True,
    ),
    (
        "above-and-beyond",
        "beyond_scope",
        "Being course rep means passing on feedback and fixing slides.",
        False,
    ),
    ("above-and-beyond", "beyond_scope", "I do two a week alongside my own work.", True),
    ("above-and-beyond", "beyond_scope", "I do two a week in the lab.", False),
    # Read from heldout29 after round 23: the miss told at once by phone or message; a risk seen
    # some days out; a revised date, an extended window, "would not finish", the rest going live
    # days later; the new dates; a result checked against a known answer.
    ("deadline", "owns_it", "I phone my area manager that morning.", True),
    ("deadline", "owns_it", "I phone my area manager every month.", False),
    ("deadline", "stakeholders", "I messaged our supervisor that night.", True),
    ("deadline", "stakeholders", "The messages piled up.", False),
    ("deadline", "early_risk", "Ten days out, the installer tells me the readers failed.", True),
    ("deadline", "early_risk", "The installer was out of the office.", False),
    ("deadline", "addresses_prompt", "I agreed a revised submission date four days later.", True),
    ("deadline", "addresses_prompt", "I agreed a revised lesson plan four days later.", False),
    ("deadline", "addresses_prompt", "The sample went in within the extended window.", True),
    ("deadline", "addresses_prompt", "The sample went in within the usual window.", False),
    ("deadline", "addresses_prompt", "I realised that we would not finish.", True),
    ("deadline", "addresses_prompt", "I realised that we would finish early.", False),
    ("deadline", "addresses_prompt", "Japan and Korea go live twelve days later.", True),
    ("deadline", "addresses_prompt", "Japan and Korea go live on the same day.", False),
    ("deadline", "rebaseline", "I let the marketing lead know the new dates.", True),
    ("deadline", "rebaseline", "I let the marketing lead know the old dates.", False),
    (
        "simple-solution",
        "why_safe",
        "I check the row counts and a few averages against the published summaries.",
        True,
    ),
    ("simple-solution", "why_safe", "I count the rows and print a few averages.", False),
    # Read from heldout28 after round 22: the work moved to the next season (a miss, and its
    # new plan); a risk seen a month before the show; a weekend day given to the work; a
    # checklist made compulsory.
    ("deadline", "addresses_prompt", "The full version moved to the following season.", True),
    ("deadline", "addresses_prompt", "The full version moved to the main stage.", False),
    ("deadline", "rebaseline", "The full version moved to the following season.", True),
    ("deadline", "rebaseline", "The full version was the one the show wanted.", False),
    ("deadline", "early_risk", "About a month before the show, I judged one hawk unready.", True),
    ("deadline", "early_risk", "About a month after the show, I judged one hawk unready.", False),
    (
        "above-and-beyond",
        "beyond_scope",
        "I also arrange, on a Saturday, a visit to the lab.",
        True,
    ),
    (
        "above-and-beyond",
        "beyond_scope",
        "I also arrange a visit to the lab in lesson time.",
        False,
    ),
    (
        "deadline",
        "prevention",
        "Since then, I have required a readiness checklist for every bird.",
        True,
    ),
    ("deadline", "prevention", "The show required a readiness checklist for every bird.", False),
    # A new date set for it, or the work landing on the revised one; not a new project's date.
    ("deadline", "addresses_prompt", "I proposed a new date nine days later.", True),
    ("deadline", "addresses_prompt", "It went live on the revised date.", True),
    ("deadline", "addresses_prompt", "I proposed a new project nine days later.", False),
    ("deadline", "addresses_prompt", "It went live on the planned date.", False),
    # The job set out and closed is a narrow scope; the work done and closed stayed inside it.
    (
        "above-and-beyond",
        "beyond_scope",
        "My job was carrying the bundles up the ladder, nothing more than that.",
        True,
    ),
    (
        "above-and-beyond",
        "beyond_scope",
        "I carried the bundles up the ladder, nothing more.",
        False,
    ),
    # Pride kept for another project is not this one named.
    ("proudest", "addresses_prompt", "It's not the project I'm proudest of, to be honest.", False),
    ("proudest", "addresses_prompt", "It's the project I'm proudest of, to be honest.", True),
    ("proudest", "addresses_prompt", "It was not what I'd pick as my best work.", False),
    ("proudest", "addresses_prompt", "Honestly it was my best work.", True),
    # Not someone else's job, named by its role; not part of a role; not my project.
    ("above-and-beyond", "beyond_scope", "Booking transport is not a nurse's job.", True),
    ("above-and-beyond", "beyond_scope", "Booking transport is a nurse's job.", False),
    ("above-and-beyond", "beyond_scope", "Translating menus is not part of a waiter's role.", True),
    ("above-and-beyond", "beyond_scope", "Translating menus is part of a waiter's role.", False),
    ("above-and-beyond", "beyond_scope", "The help page isn't my project at all.", True),
    ("above-and-beyond", "beyond_scope", "The help page is my project this month.", False),
    # Prioritizing by what was left out to fit the time.
    ("tight-deadline", "prioritization", "I dropped the extra charts and kept three.", True),
    ("tight-deadline", "prioritization", "I added the extra charts at the end.", False),
    # The everyday words for a failure, a missed date, a deadline's squeeze and what matters.
    ("failure", "addresses_prompt", "The launch flopped.", True),
    ("failure", "addresses_prompt", "The launch went well.", False),
    ("failure", "addresses_prompt", "I messed up the rota.", True),
    ("failure", "addresses_prompt", "I made up the rota.", False),
    ("failure", "addresses_prompt", "I let the team down.", True),
    ("failure", "addresses_prompt", "I let the team go home early.", False),
    ("failure", "addresses_prompt", "My plan backfired.", True),
    ("failure", "addresses_prompt", "My plan worked.", False),
    ("deadline", "addresses_prompt", "The deadline came and went.", True),
    ("deadline", "addresses_prompt", "The deadline came up in every meeting.", False),
    ("deadline", "addresses_prompt", "We blew through the date.", True),
    ("deadline", "addresses_prompt", "We talked through the date.", False),
    ("deadline", "addresses_prompt", "We overshot the deadline by ten days.", True),
    ("deadline", "addresses_prompt", "We delivered a month after we promised.", True),
    ("deadline", "addresses_prompt", "We delivered exactly what we promised.", False),
    ("deadline", "addresses_prompt", "We came in a week behind.", True),
    ("deadline", "addresses_prompt", "We came in a week before the launch.", False),
    ("deadline", "addresses_prompt", "I had to ask for more time.", True),
    ("deadline", "addresses_prompt", "I had to ask for more people.", False),
    ("tight-deadline", "addresses_prompt", "We had 48 hours.", True),
    ("tight-deadline", "addresses_prompt", "We had 48 guests.", False),
    ("tight-deadline", "addresses_prompt", "We had until Friday.", True),
    ("tight-deadline", "addresses_prompt", "We had a meeting on Friday.", False),
    ("tight-deadline", "addresses_prompt", "The clock was ticking.", True),
    ("tight-deadline", "addresses_prompt", "The clock was broken.", False),
    ("tight-deadline", "addresses_prompt", "Time was short.", True),
    ("tight-deadline", "addresses_prompt", "It had to be done before the doors opened.", True),
    ("tight-deadline", "addresses_prompt", "It had to be done after the doors opened.", False),
    ("proudest", "addresses_prompt", "It meant the world to me.", True),
    ("proudest", "addresses_prompt", "It meant a new office for me.", False),
    ("proudest", "addresses_prompt", "That project is closest to my heart.", True),
    ("proudest", "addresses_prompt", "That office is closest to my house.", False),
    # Work nobody required, or done unpaid, is past the scope.
    ("above-and-beyond", "beyond_scope", "I didn't have to do it.", True),
    ("above-and-beyond", "beyond_scope", "I had to do it.", False),
    ("above-and-beyond", "beyond_scope", "I ran the sessions unpaid.", True),
    ("above-and-beyond", "beyond_scope", "I ran the sessions.", False),
    # The other elements in everyday words, each beside a sentence that does not show it.
    ("failure", "root_cause", "The real reason was a missing index on the orders table.", True),
    ("failure", "root_cause", "It all came from a typo in the config file.", True),
    ("failure", "root_cause", "The underlying issue was that nobody owned the handover.", True),
    ("failure", "root_cause", "The real fix was a new index on the orders table.", False),
    ("failure", "impact", "The ward ran short of saline for a whole night.", True),
    ("failure", "impact", "We had to refund every order from that morning.", True),
    ("failure", "impact", "Three students missed their exam slot.", True),
    ("failure", "impact", "I wrote up what happened.", False),
    ("failure", "prevention", "Now every order over £500 needs a second signature.", True),
    ("failure", "prevention", "Every order over £500 was a big one for us.", False),
    ("deadline", "early_risk", "By the second week I could see we were behind.", True),
    ("deadline", "early_risk", "Halfway through, I realised the estimate was off.", True),
    ("deadline", "early_risk", "We delivered it in May.", False),
    (
        "deadline",
        "rebaseline",
        "I proposed shipping the core in March and the rest in April.",
        True,
    ),
    ("deadline", "rebaseline", "I split it into two releases.", True),
    ("deadline", "rebaseline", "I split the index into sections.", False),
    ("deadline", "stakeholders", "I let the client know that afternoon.", True),
    ("deadline", "stakeholders", "I let the client's files load overnight.", False),
    # Late against the need, a cut-off gone, a part on the date and the rest later.
    (
        "deadline",
        "addresses_prompt",
        "The parts arrived two days after the site needed them.",
        True,
    ),
    ("deadline", "addresses_prompt", "The parts arrived two days after the site opened.", False),
    ("deadline", "addresses_prompt", "By Thursday the Friday cut-off was already gone.", True),
    ("deadline", "addresses_prompt", "By Thursday the Friday crowd was already gone.", False),
    (
        "deadline",
        "addresses_prompt",
        "We showed a mock-up on the date and the real thing a week later.",
        True,
    ),
    (
        "deadline",
        "addresses_prompt",
        "We showed a mock-up on the date and two weeks later the client signed.",
        False,
    ),
    # A failure told as a check made only in part, or a duty left unsaid.
    (
        "failure",
        "addresses_prompt",
        "I tested it against last month's orders but not against the old ones.",
        True,
    ),
    (
        "failure",
        "addresses_prompt",
        "I tested it against last month's orders and the old ones.",
        False,
    ),
    ("failure", "addresses_prompt", "I saw the gap, but I never said it at the meeting.", True),
    ("failure", "addresses_prompt", "I saw the gap, and I said it at the meeting.", False),
    # A simple solution as what cost nothing, or what was never needed; the big fix as a fee; a
    # fallback kept in case.
    ("simple-solution", "addresses_prompt", "I used the shared calendar, which was free.", True),
    ("simple-solution", "addresses_prompt", "I used the shared calendar, which was new.", False),
    ("simple-solution", "addresses_prompt", "In the end the shop never needed the app.", True),
    ("simple-solution", "addresses_prompt", "In the end the shop really needed the app.", False),
    ("simple-solution", "simpler_alternative", "The fix cost us nothing.", True),
    ("simple-solution", "simpler_alternative", "The fix cost us a week.", False),
    ("simple-solution", "complexity", "The vendor wanted a hefty monthly fee.", True),
    ("simple-solution", "complexity", "The vendor wanted a signed form.", False),
    ("simple-solution", "why_safe", "I kept the paper rota going for a month.", True),
    ("simple-solution", "why_safe", "I kept the paper rota on the wall.", False),
    ("simple-solution", "why_safe", "I kept a printout in case the screen froze.", True),
    ("simple-solution", "why_safe", "I kept a printout on my desk.", False),
    (
        "tight-deadline",
        "tradeoffs",
        "We shipped without the export feature to make the date.",
        True,
    ),
    ("tight-deadline", "tradeoffs", "I accepted that the design would be rough.", True),
    ("tight-deadline", "tradeoffs", "I wrote the code.", False),
    ("tight-deadline", "prioritization", "I did the must-haves and left the nice-to-haves.", True),
    ("tight-deadline", "prioritization", "I did the whole list.", False),
    ("proudest", "scale_of_impact", "Every school in the county uses it.", True),
    ("proudest", "scale_of_impact", "One school in the county uses it.", False),
    ("simple-solution", "complexity", "The obvious fix would have taken three months.", True),
    ("simple-solution", "complexity", "The fix took an afternoon.", False),
    # Why Amazon: the value offered with "I'd", and the example told with its deed.
    ("why-amazon", "add_value", "I'd bring a habit of measuring everything first.", True),
    ("why-amazon", "add_value", "What I can offer is ten years of running busy wards.", True),
    ("why-amazon", "add_value", "I'd been to Seattle once.", False),
    (
        "why-amazon",
        "personal_example",
        "I once redesigned the rota so nurses got weekends off.",
        True,
    ),
    ("why-amazon", "personal_example", "I rebuilt the retry logic over a weekend.", True),
    ("why-amazon", "personal_example", "Amazon redesigned its rota last year.", False),
    # A failure called a disaster; a simple solution as a few lines, or the fancy thing not needed.
    ("failure", "addresses_prompt", "The launch event was a complete disaster.", True),
    ("failure", "addresses_prompt", "The launch event was a complete sell-out.", False),
    ("simple-solution", "addresses_prompt", "I solved it with a two-line change.", True),
    ("simple-solution", "addresses_prompt", "I solved it with a two-week project.", False),
    ("simple-solution", "addresses_prompt", "We didn't need the fancy tool after all.", True),
    ("simple-solution", "addresses_prompt", "We needed the fancy tool after all.", False),
    # From a second writer of everyday English (bench/probes-second.yaml), each slot
    # beside a twin it must not read.
    (
        "deadline",
        "addresses_prompt",
        "The audit was due in May and we didn't finish it until the following June.",
        True,
    ),
    ("deadline", "addresses_prompt", "Nobody was in the office until the following Monday.", False),
    ("failure", "addresses_prompt", "The app I launched got pulled within a month.", True),
    ("failure", "addresses_prompt", "The app I launched got praised within a month.", False),
    ("failure", "addresses_prompt", "The yoghurt got pulled from the shelves in March.", True),
    ("failure", "addresses_prompt", "The yoghurt got moved to the top shelves in March.", False),
    ("tight-deadline", "addresses_prompt", "We only found out about the visit on Thursday.", True),
    (
        "tight-deadline",
        "addresses_prompt",
        "We found out about the visit in the newsletter.",
        False,
    ),
    ("tight-deadline", "addresses_prompt", "It was a last-minute request from head office.", True),
    ("tight-deadline", "addresses_prompt", "It was a routine request from head office.", False),
    ("tight-deadline", "addresses_prompt", "We had until the evening to clear the site.", True),
    ("tight-deadline", "addresses_prompt", "We had the evening to ourselves.", False),
    (
        "deadline",
        "owns_it",
        "I spotted the gap and raised it with the director that afternoon.",
        True,
    ),
    ("deadline", "owns_it", "The gap was raised with the director in the autumn.", False),
    (
        "simple-solution",
        "addresses_prompt",
        "A single rota change ended the double bookings.",
        True,
    ),
    ("simple-solution", "addresses_prompt", "A rota change was one of many ideas.", False),
    (
        "simple-solution",
        "addresses_prompt",
        "The queue was cleared just by opening the side door.",
        True,
    ),
    ("simple-solution", "addresses_prompt", "The queue was cleared by the weekend.", False),
    (
        "simple-solution",
        "addresses_prompt",
        "The architects proposed a new wing, but we solved it with two partitions.",
        True,
    ),
    (
        "simple-solution",
        "addresses_prompt",
        "The architects proposed a new wing, and we built it over two years.",
        False,
    ),
    ("simple-solution", "complexity", "Bookings lived in four separate spreadsheets.", True),
    ("simple-solution", "complexity", "Bookings lived in one spreadsheet.", False),
    (
        "failure",
        "root_cause",
        "The root of it was an old login shared by the whole shift.",
        True,
    ),
    ("failure", "root_cause", "We dug up the roots of the old hedge.", False),
    (
        "deadline",
        "rebaseline",
        "I suggested opening with the bar and adding the rest three weeks later.",
        True,
    ),
    ("deadline", "rebaseline", "I suggested opening with the bar and the kitchen.", False),
    ("deadline", "stakeholders", "I rang the parents myself.", True),
    ("deadline", "stakeholders", "I fixed the bell myself.", False),
    ("deadline", "stakeholders", "I met the governors to explain the new date.", True),
    ("deadline", "early_risk", "I only realised we were behind on the day it was due.", False),
    ("deadline", "early_risk", "I realised we were behind a month before it was due.", True),
    ("tight-deadline", "safety", "To save time we skipped the checks.", False),
    ("tight-deadline", "safety", "To save time we kept the checks short.", True),
    ("above-and-beyond", "addresses_prompt", "I went way past what the job asked for.", True),
    ("above-and-beyond", "addresses_prompt", "I went past the job centre every morning.", False),
    ("failure", "prevention", "After that I put a second pair of eyes on every payroll run.", True),
    ("failure", "prevention", "After that I added a second chair to the office.", False),
    (
        "deadline",
        "prevention",
        "Now every job with a long lead time has a backup fitter booked.",
        True,
    ),
    ("deadline", "prevention", "Every job with a long lead time had a fitter booked.", False),
    # A simpler way said as the dumber one; telling every family affected is owning a late date.
    ("simple-solution", "simpler_alternative", "So I proposed something much dumber.", True),
    ("simple-solution", "simpler_alternative", "So I proposed something much bigger.", False),
    ("deadline", "owns_it", "I rang every parent of a late pair.", True),
    ("deadline", "owns_it", "I told my editor on Monday that I wasn't going to make Friday.", True),
    ("deadline", "owns_it", "My editor told me on Monday that Friday was fine.", False),
    ("deadline", "owns_it", "The shop rang every parent of a late pair.", False),
    # Beyond the visit's purpose, or after hours; a short stay is no extra.
    (
        "above-and-beyond",
        "beyond_scope",
        "The appointment was only for his blood pressure, but I could not send him home.",
        True,
    ),
    ("above-and-beyond", "beyond_scope", "The appointment was only for his blood pressure.", False),
    ("above-and-beyond", "beyond_scope", "I stayed after clinic and built him a chart.", True),
    ("above-and-beyond", "beyond_scope", "I stayed in the clinic and built him a chart.", False),
    # A call on one weekday for a later one is a tight deadline; a weekday alone is not.
    (
        "tight-deadline",
        "addresses_prompt",
        "The yard rang on a Thursday about six horses entered in a show that Sunday.",
        True,
    ),
    ("tight-deadline", "addresses_prompt", "The yard rang on a Thursday about six horses.", False),
    # Read from heldout24 after round 18, each beside a twin: the night before the big day; the
    # big purchase put on hold, the question whether it is needed at all, the part left in its
    # box; a rebuild or a big spend as the complex plan; the work that is nobody's job, the
    # whole brief named, lunch breaks given; the one who let it happen, a limit overridden;
    # pride disowned.
    (
        "tight-deadline",
        "addresses_prompt",
        "The night before back-to-school weekend a pipe burst over the stockroom.",
        True,
    ),
    ("tight-deadline", "addresses_prompt", "The night before last a pipe burst.", False),
    ("simple-solution", "addresses_prompt", "The scanner purchase got put on hold.", True),
    ("simple-solution", "addresses_prompt", "The scanner purchase got put in the van.", False),
    ("simple-solution", "simpler_alternative", "I asked whether we even needed software.", True),
    ("simple-solution", "simpler_alternative", "I asked whether we needed software.", False),
    ("simple-solution", "simpler_alternative", "The new encoder stayed in its box.", True),
    ("simple-solution", "simpler_alternative", "The new encoder stayed in the arm.", False),
    ("simple-solution", "complexity", "The plan was to rebuild it in a new framework.", True),
    ("simple-solution", "complexity", "Head office wanted a big spend on scanners.", True),
    ("simple-solution", "complexity", "Head office wanted a word about scanners.", False),
    (
        "above-and-beyond",
        "beyond_scope",
        "Passengers who can't fly aren't really anyone's job.",
        True,
    ),
    (
        "above-and-beyond",
        "beyond_scope",
        "Passengers who can't fly are the pilot's concern.",
        False,
    ),
    ("above-and-beyond", "beyond_scope", "None of that is my ticket.", True),
    (
        "above-and-beyond",
        "beyond_scope",
        "That's the whole brief, data entry for eight weeks.",
        True,
    ),
    ("above-and-beyond", "beyond_scope", "That's the first part of the data entry.", False),
    ("above-and-beyond", "beyond_scope", "On my lunch breaks I cycled out to the stops.", True),
    ("failure", "addresses_prompt", "I'm the one who let that many kids on.", True),
    ("failure", "addresses_prompt", "I'm the one who runs the front desk.", False),
    ("failure", "addresses_prompt", "I overrode the limit because the parents were pushing.", True),
    ("proudest", "addresses_prompt", "I'm proud of it, and I wouldn't call it luck.", True),
    (
        "proudest",
        "addresses_prompt",
        "I wouldn't call it something I'm proud of, it was a box I had to tick.",
        False,
    ),
    # Read from heldout42 after round 36: a check made only in part; the job that is not what
    # one is paid for.
    (
        "failure",
        "addresses_prompt",
        "I signed it off after checking only the masks that looked worn.",
        True,
    ),
    (
        "failure",
        "addresses_prompt",
        "I signed it off after checking the masks that looked worn.",
        False,
    ),
    # ... and after "I'd" (heldout44, read after round 38).
    ("failure", "addresses_prompt", "I'd also only ever tested it by myself.", True),
    ("failure", "addresses_prompt", "I'd also tested it with the whole group.", False),
    # ... a timetable that required nothing (heldout45, read after round 39).
    (
        "above-and-beyond",
        "beyond_scope",
        "Nothing in my timetable required it, but I opened my classroom after school.",
        True,
    ),
    (
        "above-and-beyond",
        "beyond_scope",
        "My timetable required it, so I opened my classroom after school.",
        False,
    ),
    (
        "above-and-beyond",
        "beyond_scope",
        "We took them out, even though that's not what they pay us for.",
        True,
    ),
    (
        "above-and-beyond",
        "beyond_scope",
        "We took them out, and that's what they pay us for.",
        False,
    ),
]


@pytest.mark.parametrize(
    ("prompt", "first", "said", "addressed"),
    [
        # A story said in so many words not to be the kind asked for, beside its affirmative twin.
        ("failure", "It was my mistake.", "Honestly I wouldn't call it a failure.", False),
        ("failure", "It was my mistake.", "Honestly I would call it a failure.", True),
        ("failure", "I made a mistake in the plan.", "Nothing actually went wrong.", False),
        ("failure", "I made a mistake in the plan.", "Nothing went wrong until Friday.", True),
        (
            "tight-deadline",
            "We had a tight deadline.",
            "In truth the timeline was generous.",
            False,
        ),
        ("tight-deadline", "We had a tight deadline.", "In truth the timeline was brutal.", True),
        ("tight-deadline", "We had a tight deadline.", "We had months to finish it.", False),
        # A rule that lets the work wait, or no deadline at all, is no squeeze on time.
        (
            "tight-deadline",
            "We had a tight deadline.",
            "The contract let us fold the fix into the next monthly release.",
            False,
        ),
        (
            "tight-deadline",
            "We had a tight deadline.",
            "The contract made us ship the fix before the next monthly release.",
            True,
        ),
        ("tight-deadline", "We had a tight deadline.", "Honestly, there was no deadline.", False),
        (
            "tight-deadline",
            "We had a tight deadline.",
            "Honestly, there was no deadline extension.",
            True,
        ),
        (
            "tight-deadline",
            "We had a tight deadline.",
            "We had months to plan but only days to finish it.",
            True,
        ),
        (
            "proudest",
            "I'm proud of the team.",
            "It's not something I'm particularly proud of.",
            False,
        ),
        ("proudest", "I'm proud of the team.", "It's something I'm particularly proud of.", True),
        ("proudest", "I'm proud of the team.", "I wouldn't say I'm proud of it.", False),
        ("proudest", "I'm proud of the team.", "I would say I'm proud of it.", True),
        ("proudest", "I'm proud of the team.", "There's nothing special about it.", False),
        (
            "proudest",
            "I'm proud of the team.",
            "There's nothing special about the tool, but it changed the ward.",
            True,
        ),
        # A failure said to have been a complete success, or to have worked first time, with
        # nothing in the sentence turning it.
        (
            "failure",
            "I made a mistake in the plan.",
            "Honestly, the project was a complete success.",
            False,
        ),
        (
            "failure",
            "I made a mistake in the plan.",
            "The project was a complete success until Friday.",
            True,
        ),
        ("failure", "I made a mistake in the plan.", "It worked first time.", False),
        (
            "failure",
            "I made a mistake in the plan.",
            "It worked first time in testing, but not in the shop.",
            True,
        ),
        (
            "simple-solution",
            "I chose the simpler option.",
            "Then we rewrote the entire system from scratch.",
            False,
        ),
        ("simple-solution", "I chose the simpler option.", "We never rewrote the system.", True),
        (
            "simple-solution",
            "I chose the simpler option.",
            "Then I went with the most complex option.",
            False,
        ),
        (
            "simple-solution",
            "I chose the simpler option.",
            "Then I went with the cheapest option.",
            True,
        ),
        # ... and in a second writer's everyday words.
        (
            "deadline",
            "I was worried we would miss the date.",
            "We finished with a day to spare.",
            False,
        ),
        (
            "deadline",
            "I was worried we would miss the date.",
            "We finished with a day to spare on the first part, but the rest was late.",
            True,
        ),
        (
            "deadline",
            "I was worried we would miss the date.",
            "Then the client moved the date, so we never missed anything.",
            False,
        ),
        (
            "deadline",
            "I was worried we would miss the date.",
            "We never missed anything again after that.",
            True,
        ),
        (
            "deadline",
            "I was worried we would miss the date.",
            "In the end, the goods left the depot on time.",
            False,
        ),
        (
            "deadline",
            "I was worried we would miss the date.",
            "In the end, the first goods left the depot on time.",
            True,
        ),
        ("failure", "I made a mistake in the plan.", "It all worked out fine.", False),
        (
            "failure",
            "I made a mistake in the plan.",
            "It all worked out fine until the second week.",
            True,
        ),
        (
            "failure",
            "I made a mistake in the plan.",
            "I can't think of a real failure, to be honest.",
            False,
        ),
        (
            "failure",
            "I made a mistake in the plan.",
            "The open day went smoothly from start to finish.",
            False,
        ),
        (
            "failure",
            "I made a mistake in the plan.",
            "The open day went smoothly until the fire alarm.",
            True,
        ),
        ("failure", "I made a mistake in the plan.", "We hit every target we'd set.", False),
        (
            "failure",
            "I made a mistake in the plan.",
            "We hit every target but the one that mattered.",
            True,
        ),
        ("failure", "I made a mistake in the plan.", "So nothing had failed after all.", False),
        # Read from heldout42 after round 36: everything found sound denies the failure.
        (
            "failure",
            "I made a mistake in the plan.",
            "When I examined the masks, they were all in good condition.",
            False,
        ),
        (
            "failure",
            "I made a mistake in the plan.",
            "When I examined the masks, they were all rusted under the padding.",
            True,
        ),
        ("failure", "I made a mistake in the plan.", "So nothing had failed until then.", True),
        ("tight-deadline", "We had a tight deadline.", "Honestly, we had months.", False),
        (
            "tight-deadline",
            "We had a tight deadline.",
            "Honestly, we had months of planning but two days to build.",
            True,
        ),
        ("tight-deadline", "We had a tight deadline.", "Nobody was in a hurry.", False),
        ("tight-deadline", "We had a tight deadline.", "Everybody was in a hurry.", True),
        ("tight-deadline", "We had a tight deadline.", "There was no fixed date.", False),
        ("tight-deadline", "We had a tight deadline.", "There was a fixed date.", True),
        ("tight-deadline", "We had a tight deadline.", "We could take as long as we liked.", False),
        (
            "tight-deadline",
            "We had a tight deadline.",
            "We could take as long as the kiln needed, which was one night.",
            True,
        ),
        ("tight-deadline", "We had a tight deadline.", "We had loads of slack.", False),
        ("tight-deadline", "We had a tight deadline.", "We had no slack.", True),
        ("tight-deadline", "We had a tight deadline.", "The timescale was quite flexible.", False),
        ("tight-deadline", "We had a tight deadline.", "The timescale was not flexible.", True),
        (
            "tight-deadline",
            "We had a tight deadline.",
            "Two months for a one-day job is pretty relaxed.",
            False,
        ),
        (
            "tight-deadline",
            "We had a tight deadline.",
            "Two hours for a one-day job is pretty tight.",
            True,
        ),
        (
            "tight-deadline",
            "We had a tight deadline.",
            "The client told us to take our time.",
            False,
        ),
        ("tight-deadline", "We had a tight deadline.", "The client told us to hurry.", True),
        ("tight-deadline", "We had a tight deadline.", "We finished with weeks to spare.", False),
        ("tight-deadline", "We had a tight deadline.", "We finished with minutes to spare.", True),
        # Read from heldout42 after round 36: no hand forced, no corners to cut; the complex
        # project gone ahead with anyway. Each beside a twin it must leave alone.
        (
            "tight-deadline",
            "We had a tight deadline.",
            "Nothing was forcing our hand, so I took it slowly.",
            False,
        ),
        (
            "tight-deadline",
            "We had a tight deadline.",
            "The auditor was forcing our hand, so I moved fast.",
            True,
        ),
        (
            "tight-deadline",
            "We had a tight deadline.",
            "There was no reason to cut corners.",
            False,
        ),
        (
            "tight-deadline",
            "We had a tight deadline.",
            "There was every reason to cut corners, but I didn't.",
            True,
        ),
        (
            "simple-solution",
            "I chose the simpler option.",
            "So we went ahead with the websocket project anyway.",
            False,
        ),
        (
            "simple-solution",
            "I chose the simpler option.",
            "So we went ahead with the small patch anyway.",
            True,
        ),
        # ... and any big thing gone ahead with anyway (heldout43, read after round 37).
        (
            "simple-solution",
            "I chose the simpler option.",
            "We went ahead with the model anyway.",
            False,
        ),
        # ... and weeks to do it in (heldout44, read after round 38).
        (
            "tight-deadline",
            "We had a tight deadline.",
            "Planning it was on me, and I had weeks.",
            False,
        ),
        (
            "tight-deadline",
            "We had a tight deadline.",
            "Planning it was on me, and I had weeks of work left.",
            True,
        ),
        # ... rework inside the slack, none of them late, the demo through cleanly (heldout45).
        (
            "deadline",
            "We were going to miss the deadline.",
            "The rework fitted inside the slack already in the plan.",
            False,
        ),
        (
            "deadline",
            "We were going to miss the deadline.",
            "The rework ate all the slack already in the plan.",
            True,
        ),
        (
            "deadline",
            "We were going to miss the deadline.",
            "None of the 41 scheduled payouts was paid late.",
            False,
        ),
        (
            "deadline",
            "We were going to miss the deadline.",
            "Nine of the 41 scheduled payouts were paid late.",
            True,
        ),
        (
            "failure",
            "I made a mistake in the plan.",
            "The demo the next morning goes through cleanly.",
            False,
        ),
        (
            "failure",
            "I made a mistake in the plan.",
            "The demo the next morning goes through cleanly, but the client pulls out.",
            True,
        ),
        (
            "simple-solution",
            "I chose the simpler option.",
            "We went ahead with the small model anyway.",
            True,
        ),
        ("proudest", "I'm proud of the team.", "It was nothing special.", False),
        (
            "proudest",
            "I'm proud of the team.",
            "It was nothing special to look at, but it changed the ward.",
            True,
        ),
        ("proudest", "I'm proud of the team.", "It's far from my best work.", False),
        ("proudest", "I'm proud of the team.", "It's far from the easiest work I've done.", True),
        ("proudest", "I'm proud of the team.", "I'm a bit embarrassed by it.", False),
        ("proudest", "I'm proud of the team.", "I'm a bit surprised by it.", True),
        ("proudest", "I'm proud of the team.", "It was a pretty average project.", False),
        ("proudest", "I'm proud of the team.", "It was a pretty ambitious project.", True),
        ("proudest", "I'm proud of the team.", "I've done much better since.", False),
        ("proudest", "I'm proud of the team.", "I've done much the same since.", True),
        ("proudest", "I'm proud of the team.", "It was just another job.", False),
        ("proudest", "I'm proud of the team.", "It was another kind of job entirely.", True),
        ("proudest", "I'm proud of the team.", "I'd rather forget it.", False),
        ("proudest", "I'm proud of the team.", "I'd rather not forget it.", True),
        ("proudest", "I'm proud of the team.", "It's the one I'm least proud of.", False),
        ("proudest", "I'm proud of the team.", "It's the one I'm most proud of.", True),
        (
            "simple-solution",
            "I chose the simpler option.",
            "We ended up replacing the whole till system.",
            False,
        ),
        ("simple-solution", "I chose the simpler option.", "We ended up replacing one till.", True),
        (
            "simple-solution",
            "I chose the simpler option.",
            "Then we went with the big expensive rebuild.",
            False,
        ),
        (
            "simple-solution",
            "I chose the simpler option.",
            "Rather than going with the big expensive rebuild, we patched it.",
            True,
        ),
        (
            "simple-solution",
            "I chose the simpler option.",
            "The final fix was a huge migration.",
            False,
        ),
        (
            "simple-solution",
            "I chose the simpler option.",
            "The final fix was a small patch.",
            True,
        ),
        (
            "simple-solution",
            "I chose the simpler option.",
            "What we shipped was the most complicated design.",
            False,
        ),
        (
            "simple-solution",
            "I chose the simpler option.",
            "What we shipped wasn't the most complicated design.",
            True,
        ),
        (
            "simple-solution",
            "I chose the simpler option.",
            "We brought in consultants for a rebuild.",
            False,
        ),
        (
            "simple-solution",
            "I chose the simpler option.",
            "We nearly brought in consultants for a rebuild.",
            True,
        ),
        ("proudest", "I'm proud of it.", "Honestly, it isn't one I'm proud of.", False),
        ("proudest", "I'm proud of it.", "Honestly, it's the one I'm proudest of.", True),
        ("proudest", "I'm proud of it.", "I don't feel much about it either way.", False),
        ("proudest", "I'm proud of it.", "I feel a lot about it, either way.", True),
        ("proudest", "I'm proud of it.", "Well, honestly I'm not proud of it at all.", False),
        ("proudest", "I'm proud of it.", "It's the project I'd most like to forget.", False),
        ("proudest", "I'm proud of it.", "It embarrasses me a bit, looking back.", False),
        ("proudest", "I'm proud of it.", "It was the worst thing I ever worked on.", False),
        ("proudest", "I'm proud of it.", "I'm a bit ashamed of how it went.", False),
        ("proudest", "I'm proud of it.", "I used to be, and I'm not anymore.", False),
        ("proudest", "I'm proud of it.", "It's the thing I'd most like to repeat.", True),
        (
            "deadline",
            "I was worried we would miss the date.",
            "We shipped on the exact day we'd promised.",
            False,
        ),
        (
            "deadline",
            "I was worried we would miss the date.",
            "The bid went in a full hour before the cut-off.",
            False,
        ),
        (
            "deadline",
            "I was worried we would miss the date.",
            "Two weeks before the deadline the supplier folded.",
            True,
        ),
        ("deadline", "I was worried we would miss the date.", "It never came to that.", False),
        (
            "deadline",
            "I was worried we would miss the date.",
            "The client got everything on time.",
            False,
        ),
        (
            "deadline",
            "I was worried we would miss the date.",
            "We hit it, though, and nothing slipped.",
            False,
        ),
        (
            "deadline",
            "I was worried we would miss the date.",
            "The hall was ready exactly as planned.",
            False,
        ),
        (
            "deadline",
            "I was worried we would miss the date.",
            "The hall was ready exactly as planned, but the food came late.",
            True,
        ),
        ("failure", "It was my mistake.", "Except it didn't fail at all.", False),
        ("failure", "It was my mistake.", "The show sold out, so it was hardly a failure.", False),
        (
            "failure",
            "It was my mistake.",
            "It turned out to be one of our biggest successes.",
            False,
        ),
        ("failure", "It was my mistake.", "Then the audit found every entry was correct.", False),
        (
            "tight-deadline",
            "We had a tight deadline.",
            "Although we had the whole summer to do it.",
            False,
        ),
        ("tight-deadline", "We had a tight deadline.", "The client was happy to wait.", False),
        ("tight-deadline", "We had a tight deadline.", "Nobody minded if it slipped.", False),
        (
            "simple-solution",
            "I chose the simpler option.",
            "Then we switched to the complicated overhaul.",
            False,
        ),
        (
            "simple-solution",
            "I chose the simpler option.",
            "What actually fixed it was the massive migration after.",
            False,
        ),
        (
            "simple-solution",
            "I chose the simpler option.",
            "The board insisted on the big bespoke system, and that's what we built.",
            False,
        ),
        # The complex way pushed for in spite of the simple finding.
        (
            "simple-solution",
            "I chose the simpler option.",
            "So I pushed for the big recommender anyway.",
            False,
        ),
        (
            "simple-solution",
            "I chose the simpler option.",
            "So I pushed for the simple fix anyway.",
            True,
        ),
        # Time said to be no squeeze in other words: nothing rushed, booked months ahead.
        (
            "tight-deadline",
            "We had a tight deadline.",
            "Nothing about it was rushed, it was just a big booking.",
            False,
        ),
        (
            "tight-deadline",
            "We had a tight deadline.",
            "The group had booked about eight months ahead.",
            False,
        ),
        (
            "tight-deadline",
            "We had a tight deadline.",
            "The group had booked eight months ahead, but then the venue cancelled.",
            True,
        ),
        # The fourth probe part's denials, each beside a sentence that leaves the story as told.
        (
            "simple-solution",
            "I chose the simpler option.",
            "But no, we bought the full custom platform after all.",
            False,
        ),
        (
            "simple-solution",
            "I chose the simpler option.",
            "But no, we kept the simple form after all.",
            True,
        ),
        (
            "simple-solution",
            "I chose the simpler option.",
            "Honestly the fix was really elaborate in the end.",
            False,
        ),
        (
            "simple-solution",
            "I chose the simpler option.",
            "It was the most complex answer we had ever shipped.",
            False,
        ),
        (
            "simple-solution",
            "I chose the simpler option.",
            "Then the board went with the heavier rewrite.",
            False,
        ),
        (
            "simple-solution",
            "I chose the simpler option.",
            "We ended up bolting on three new systems.",
            False,
        ),
        (
            "simple-solution",
            "I chose the simpler option.",
            "We ended up switching off three old systems.",
            True,
        ),
        (
            "failure",
            "It was my mistake.",
            "Except it wasn't really a failure in the end.",
            False,
        ),
        (
            "failure",
            "It was my mistake.",
            "It was a failure in the end.",
            True,
        ),
        (
            "failure",
            "It was my mistake.",
            "Still, the launch went perfectly and the client was happy.",
            False,
        ),
        (
            "failure",
            "It was my mistake.",
            "The launch went perfectly at first, until the orders doubled.",
            True,
        ),
        (
            "tight-deadline",
            "We had a tight deadline.",
            "It felt tight, but we actually had about six months.",
            False,
        ),
        (
            "tight-deadline",
            "We had a tight deadline.",
            "We had six months of work and three weeks left.",
            True,
        ),
        (
            "tight-deadline",
            "We had a tight deadline.",
            "In the end there was loads of time.",
            False,
        ),
        (
            "tight-deadline",
            "We had a tight deadline.",
            "We had weeks of slack built into the plan.",
            False,
        ),
        (
            "tight-deadline",
            "We had a tight deadline.",
            "Nobody was ever under any pressure.",
            False,
        ),
        (
            "tight-deadline",
            "We had a tight deadline.",
            "Looking back, it was a relaxed timeline.",
            False,
        ),
        (
            "proudest",
            "I'm proud of it.",
            "To be honest it doesn't mean much to me.",
            False,
        ),
        (
            "proudest",
            "I'm proud of it.",
            "To be honest it means a lot to me.",
            True,
        ),
        (
            "proudest",
            "I'm proud of it.",
            "There's nothing about it I'm particularly pleased with.",
            False,
        ),
        (
            "proudest",
            "I'm proud of it.",
            "It was pretty forgettable, and I wouldn't pick it again.",
            False,
        ),
        # ... and in the fourth and fifth probe parts' words (development since rounds 16 and 17).
        (
            "deadline",
            "I was worried we would miss the date.",
            "So nothing was ever late in the end.",
            False,
        ),
        (
            "deadline",
            "I was worried we would miss the date.",
            "Thankfully everything arrived before the deadline.",
            False,
        ),
        ("failure", "It was my mistake.", "But the gala went off without a hitch.", False),
        ("failure", "It was my mistake.", "I caught it before anything went wrong.", False),
        (
            "tight-deadline",
            "We had a tight deadline.",
            "Honestly there was no pressure at all.",
            False,
        ),
        ("tight-deadline", "We had a tight deadline.", "The window was more than enough.", False),
        ("proudest", "I'm proud of it.", "Though it isn't really my proudest work.", False),
        ("proudest", "I'm proud of it.", "It's the job I'd least like to talk about.", False),
        (
            "simple-solution",
            "I chose the simpler option.",
            "In the end we went with the full rebuild.",
            False,
        ),
        ("simple-solution", "I chose the simpler option.", "But my director overruled me.", False),
        (
            "above-and-beyond",
            "I went well beyond what the brief asked for.",
            "I was only doing what my manager had assigned me.",
            False,
        ),
        (
            "above-and-beyond",
            "I went well beyond what the brief asked for.",
            "It was the usual workload for anyone in my team.",
            False,
        ),
        (
            "deadline",
            "I was worried we would miss the date.",
            "The refit finished right on schedule.",
            False,
        ),
        (
            "deadline",
            "I was worried we would miss the date.",
            "But we made it, everything was in by the deadline.",
            False,
        ),
        (
            "deadline",
            "I was worried we would miss the date.",
            "The parcels reached the shop exactly when we had promised.",
            False,
        ),
        (
            "deadline",
            "I was worried we would miss the date.",
            "Good news; the parcels reached the shop exactly when we had said.",
            False,
        ),
        (
            "above-and-beyond",
            "I went well beyond what the brief asked for.",
            "To be fair, it was the exact ticket on our team board, no more.",
            False,
        ),
        (
            "above-and-beyond",
            "I went well beyond what the brief asked for.",
            "Everyone at the depot did the same, it was the standard expectation.",
            False,
        ),
        (
            "above-and-beyond",
            "I went well beyond what the brief asked for.",
            "I only did what my manager asked for.",
            False,
        ),
        # The sixth probe part's ways (bench/probes-sixth.yaml, read once a seventh part took its
        # place), said afresh, each beside a twin.
        (
            "deadline",
            "I was worried we would miss the date.",
            "In the end, though, we handed it over right on time.",
            False,
        ),
        (
            "deadline",
            "I was worried we would miss the date.",
            "In the end, though, we handed it over two days late.",
            True,
        ),
        (
            "deadline",
            "I was worried we would miss the date.",
            "Still, the client had the final version by the agreed Friday.",
            False,
        ),
        (
            "deadline",
            "I was worried we would miss the date.",
            "Honestly, the worry was for nothing, because we hit the deadline comfortably.",
            False,
        ),
        (
            "failure",
            "It was my mistake.",
            "Luckily nothing came of it, and every order went out right.",
            False,
        ),
        ("failure", "It was my mistake.", "That said, no harm was done.", False),
        ("failure", "It was my mistake.", "Though it never caused a single problem.", False),
        ("failure", "It was my mistake.", "It caused a real problem for the night shift.", True),
        (
            "above-and-beyond",
            "I stayed late most evenings that month.",
            "Every bit of that was my ordinary workload.",
            False,
        ),
        (
            "above-and-beyond",
            "I stayed late most evenings that month.",
            "That was simply what the role required.",
            False,
        ),
        (
            "above-and-beyond",
            "I stayed late most evenings that month.",
            "Anyone in my seat would have done exactly the same.",
            False,
        ),
        (
            "above-and-beyond",
            "I stayed late most evenings that month.",
            "All of it sat squarely inside the job description I'd signed.",
            False,
        ),
        (
            "above-and-beyond",
            "I stayed late most evenings that month.",
            "My manager assigned all of it to me as part of the plan.",
            False,
        ),
        (
            "above-and-beyond",
            "I stayed late most evenings that month.",
            "I only ever touched the tasks on my own ticket.",
            False,
        ),
        (
            "above-and-beyond",
            "I stayed late most evenings that month.",
            "Every piece was in scope, it's what the agency hired me for.",
            False,
        ),
        (
            "above-and-beyond",
            "I stayed late most evenings that month.",
            "None of it was in scope, and nobody had asked.",
            True,
        ),
        # Read from heldout30 after round 24: "nobody outside the team noticed a thing" is no
        # failure (unless it turns); time given in full or the normal cycle is no tight deadline;
        # the job introduced with what it covered sets the scope, not the work.
        (
            "failure",
            "I made a mistake in the plan.",
            "Nobody outside the team noticed a thing.",
            False,
        ),
        (
            "failure",
            "I made a mistake in the plan.",
            "Nobody noticed a thing until the invoices went out.",
            True,
        ),
        (
            "tight-deadline",
            "We had a tight deadline.",
            "The maintainers give everyone a full quarter before the details go public.",
            False,
        ),
        (
            "tight-deadline",
            "We had a tight deadline.",
            "The maintainers give everyone a full day before the details go public.",
            True,
        ),
        (
            "tight-deadline",
            "We had a tight deadline.",
            "So I fold the patching into our normal monthly cycle.",
            False,
        ),
        (
            "tight-deadline",
            "We had a tight deadline.",
            "So I fold the patching into an emergency release.",
            True,
        ),
        (
            "above-and-beyond",
            "Nobody had asked for the labels.",
            "I worked weekends as a sales assistant, and my role covered the tills and the watering.",
            True,
        ),
        (
            "above-and-beyond",
            "Nobody had asked for the labels.",
            "My role covered the tills and the labels.",
            False,
        ),
        # Read from heldout29 after round 23: our own system built is no simple solution; work one
        # could spread over a month had no tight deadline; a drill that ran cleanly without anyone
        # noticing was no failure, a job that ran a week unnoticed was.
        (
            "simple-solution",
            "I chose the simpler option.",
            "So I end up building our own risk-scoring service.",
            False,
        ),
        (
            "simple-solution",
            "I chose the simpler option.",
            "So I end up using our own spreadsheet.",
            True,
        ),
        (
            "tight-deadline",
            "We had a tight deadline.",
            "We agreed I could spread the work over the following month.",
            False,
        ),
        (
            "tight-deadline",
            "We had a tight deadline.",
            "We agreed I could spread the work over the next two days.",
            True,
        ),
        (
            "failure",
            "I made a mistake in the plan.",
            "The drill then ran cleanly without billing noticing a thing.",
            False,
        ),
        (
            "failure",
            "I made a mistake in the plan.",
            "The job ran for a week without anyone noticing a thing.",
            True,
        ),
        # Read from heldout28 after round 22: a failure that "did no harm at all" is none; one
        # that did harm though the patient "came to no harm" is; the original date met is no
        # miss, the new date met after a miss is; the work the shift exists for is no extra.
        (
            "failure",
            "I made a mistake in the plan.",
            "So the weeks of revision did no harm at all.",
            False,
        ),
        (
            "failure",
            "I made a mistake in the plan.",
            "Although she came to no harm, she needed extra monitoring.",
            True,
        ),
        (
            "deadline",
            "I was worried we would miss the date.",
            "The upgrade shipped a week ahead of the deadline.",
            False,
        ),
        (
            "deadline",
            "I was worried we would miss the date.",
            "The upgrade shipped five weeks later, a week ahead of the new date.",
            True,
        ),
        (
            "above-and-beyond",
            "Nobody had asked for the extra towels.",
            "Looking after stranded guests is exactly what that shift exists for.",
            False,
        ),
        (
            "above-and-beyond",
            "Nobody had asked for the extra towels.",
            "Looking after stranded guests is not what that shift exists for.",
            True,
        ),
        # The work laid down in a plan or a grant; a job set out and then narrowed is no such work.
        (
            "above-and-beyond",
            "Nobody had asked for the translated pages.",
            "They had asked me to take on the docs as my part of the project's grant.",
            False,
        ),
        (
            "above-and-beyond",
            "Nobody had asked for the translated pages.",
            "As the grant plan set out, I translated the guides.",
            False,
        ),
        (
            "above-and-beyond",
            "I stayed late most evenings that month.",
            "My job was carrying bundles, nothing more than that, and nobody asked for the rest.",
            True,
        ),
        (
            "above-and-beyond",
            "I stayed late most evenings that month.",
            "I did what the boss asked, nothing more than that, and nobody asked for the rest.",
            False,
        ),
        (
            "tight-deadline",
            "We had a tight deadline.",
            "Honestly it wasn't that tight; we had a generous runway.",
            False,
        ),
        (
            "tight-deadline",
            "We had a tight deadline.",
            "Honestly it was that tight; we had no runway.",
            True,
        ),
        (
            "simple-solution",
            "I chose the simpler option.",
            "But the fix we shipped was the big elaborate rebuild.",
            False,
        ),
        (
            "simple-solution",
            "I chose the simpler option.",
            "The final design was far more complex than the first.",
            False,
        ),
        (
            "simple-solution",
            "I chose the simpler option.",
            "The problem was simple, so there was nothing complex to solve.",
            False,
        ),
        (
            "simple-solution",
            "I chose the simpler option.",
            "We delivered the version with every bell and whistle.",
            False,
        ),
        (
            "simple-solution",
            "I chose the simpler option.",
            "We delivered the version with two fewer steps.",
            True,
        ),
        (
            "proudest",
            "I'm proud of it.",
            "Then again, I wouldn't call it my proudest moment.",
            False,
        ),
        ("proudest", "I'm proud of it.", "I'd call it my proudest moment.", True),
        # A deadline nobody set is no tight deadline (heldout25, after round 19).
        (
            "tight-deadline",
            "We had a tight deadline.",
            "No date had been set, so we moved them whenever it suited us.",
            False,
        ),
        (
            "tight-deadline",
            "We had a tight deadline.",
            "No date had been set, but the ward had to be empty by Friday.",
            True,
        ),
        # Read from heldout26 after round 20: any time that suits, pride disowned as nothing
        # special, the big replacement backed after all.
        (
            "tight-deadline",
            "We had a tight deadline.",
            "The manager asked me to get them under cover some time before then, whenever it suited.",
            False,
        ),
        (
            "proudest",
            "I'm proud of it.",
            "Honestly I do not think of it as anything special.",
            False,
        ),
        ("proudest", "I'm proud of it.", "Honestly I think of it as something special.", True),
        (
            "simple-solution",
            "I chose the simpler option.",
            "So I backed the scanner replacement after all.",
            False,
        ),
        (
            "simple-solution",
            "I chose the simpler option.",
            "So I backed the scanner fix, not the replacement.",
            True,
        ),
        # A slip that cost nothing is no failure: "the coach was there on time anyway".
        (
            "failure",
            "I never checked that the coach booking had been confirmed.",
            "On the morning the coach was there on time anyway.",
            False,
        ),
        (
            "failure",
            "I never checked that the coach booking had been confirmed.",
            "On the morning the coach never came.",
            True,
        ),
        # The complex way wanted, and taken, is no simple solution told.
        (
            "simple-solution",
            "Someone suggested a simple hood over the sensors.",
            "I wanted smarter software, so I built it.",
            False,
        ),
        (
            "simple-solution",
            "Someone suggested a simple hood over the sensors.",
            "I wanted smarter software at first, but the hood did the job.",
            True,
        ),
        # An upload owned is a failure owned; nothing in it to be proud of is no proud story;
        # the very work the lead planned the sprint around went beyond nothing.
        (
            "failure",
            "I uploaded the corrected block a week later.",
            "I told the manager straight away it was my upload.",
            True,
        ),
        (
            "failure",
            "I uploaded the corrected block a week later.",
            "I told the manager straight away it was my day off.",
            False,
        ),
        (
            "proudest",
            "I'm proud of the forecast.",
            "I wouldn't say there's anything in it I'm proud of, honestly.",
            False,
        ),
        (
            "proudest",
            "I'm proud of the forecast.",
            "I'd say there's a lot in it I'm proud of, honestly.",
            True,
        ),
        (
            "above-and-beyond",
            "I went well past my brief and fixed every label in the app.",
            "That's exactly what my lead has planned the sprint around.",
            False,
        ),
        (
            "above-and-beyond",
            "I went well past my brief and fixed every label in the app.",
            "That's far more than my lead has planned the sprint around.",
            True,
        ),
        # The full installation recommended is no simple solution; the date kept intact is no
        # missed deadline; a brief that "covered the catalogue data only" narrows the job.
        (
            "simple-solution",
            "I weighed re-slotting the bins.",
            "I therefore recommended the full pick-to-light installation.",
            False,
        ),
        (
            "simple-solution",
            "I weighed re-slotting the bins.",
            "I therefore recommended the simple re-slotting.",
            True,
        ),
        (
            "deadline",
            "We were going to miss the conference date.",
            "I chose to pin it, which kept the original date entirely intact.",
            False,
        ),
        (
            "deadline",
            "We were going to miss the conference date.",
            "I chose to pin it, but the original date slipped anyway.",
            True,
        ),
        (
            "above-and-beyond",
            "My brief covered the catalogue data only.",
            "I went well past my brief and wrote the image descriptions too.",
            True,
        ),
        (
            "above-and-beyond",
            "My brief covered the catalogue data and the images.",
            "I went well past my brief and wrote the image descriptions too.",
            False,
        ),
        (
            "above-and-beyond",
            "My role covered discharge teaching on the day, nothing more.",
            "I went well past my brief and ran a follow-up clinic.",
            True,
        ),
        (
            "above-and-beyond",
            "My role covered discharge teaching and the follow-up clinic.",
            "I went well past my brief and ran a follow-up clinic.",
            False,
        ),
        (
            "deadline",
            "We were going to miss the conference date.",
            "We agreed to keep the announced date as it was.",
            False,
        ),
        (
            "deadline",
            "We were going to miss the conference date.",
            "We agreed to move the announced date back a week.",
            True,
        ),
        # Read from heldout90 after round 84: the costly thing got funded "after all"; a month
        # given to do it properly.
        (
            "simple-solution",
            "I chose the simpler option.",
            "I persuaded the general manager to fund the kiosks after all.",
            False,
        ),
        (
            "simple-solution",
            "I chose the simpler option.",
            "I persuaded the general manager to drop the kiosks after all.",
            True,
        ),
        (
            "tight-deadline",
            "We had a tight deadline.",
            "The CISO told me to take the month and do it properly.",
            False,
        ),
        (
            "tight-deadline",
            "We had a tight deadline.",
            "The CISO told me to take the lead and do it properly.",
            True,
        ),
        # Read from heldout91 after round 85: the heavy thing "built out properly".
        (
            "simple-solution",
            "I chose the simpler option.",
            "I agreed the lock was the sensible call, so I built it out properly.",
            False,
        ),
        (
            "simple-solution",
            "I chose the simpler option.",
            "I agreed the lock was the sensible call, so I sketched it out properly.",
            True,
        ),
        # Read from heldout92 after round 86: the patch turned down for the big plan backed.
        (
            "simple-solution",
            "I chose the simpler option.",
            "Rather than patch the one slow report, I back the warehouse rewrite plan.",
            False,
        ),
        (
            "simple-solution",
            "I chose the simpler option.",
            "Rather than patch the one slow report, I add an index to the table it reads.",
            True,
        ),
        # Read from heldout93 after round 87: the big build agreed to be needed.
        (
            "simple-solution",
            "I chose the simpler option.",
            "After a week of reading I came out agreeing with the lead that billing needed a proper new platform.",
            False,
        ),
        (
            "simple-solution",
            "I chose the simpler option.",
            "After a week of reading I came out agreeing with the lead that billing needed a proper look.",
            True,
        ),
        # Read from heldout94 after round 88: the plan taken whole.
        (
            "simple-solution",
            "I chose the simpler option.",
            "I take the board's plan as it is and spend two weekends building the portal.",
            False,
        ),
        (
            "simple-solution",
            "I chose the simpler option.",
            "I take the board's plan apart and spend two evenings on a shared form.",
            True,
        ),
    ],
)
def test_a_story_said_not_to_be_the_kind_asked_for_is_told_so(
    guide, prompt, first, said, addressed
):
    element = _element(guide, prompt, "addresses_prompt")
    assert rubric.element([first, said], element).found is addressed


@pytest.mark.parametrize(("prompt", "element", "text", "found"), PLAIN_WORDS)
def test_an_element_is_heard_in_plain_words(guide, prompt, element, text, found):
    assert rubric.element([text], _element(guide, prompt, element)).found is found


def test_a_missed_deadline_said_with_a_negation_is_still_missed(guide):
    element = _element(guide, "deadline", "addresses_prompt")
    assert rubric.element(["We didn't make the March date."], element).found
    assert not rubric.element(["Nothing slipped, and we shipped in March."], element).found
    # Denied three words before: "no report was wrong" tells no failure.
    failure = _element(guide, "failure", "addresses_prompt")
    assert not rubric.element(["The test caught it, so no report was wrong."], failure).found
    assert rubric.element(["The test missed it, so the report was wrong."], failure).found


@pytest.mark.parametrize(
    ("last", "missed"),
    [
        # Work handed over ahead of the date is a deadline met, however worried the story was.
        ("The report went to the client two days ahead of the deadline.", False),
        ("I delivered the whole thing a week before the launch date.", False),
        ("The report went to the client two days after the deadline.", True),
        (
            "The draft went out a day before the deadline, but the final copy came a week late.",
            True,
        ),
        # ... and so is work said in everyday words to have come in on time, as planned or early,
        # or a date hit or not missed after all; beside each, its twin that keeps the miss: a part,
        # something later, a condition, a plan, or a later date kept.
        ("So the report went out on schedule.", False),
        ("So the report went out on schedule, but the appendix came a week late.", True),
        ("The first bay opened on time.", True),
        ("In the end we still made the deadline.", False),
        ("I promised the board we would make the deadline.", True),
        ("The school got the kits as agreed.", False),
        ("The school got half the kits as agreed.", True),
        ("We didn't miss it in the end.", False),
        ("We didn't miss it again after that.", True),
        ("We finished three days early.", False),
        ("We finished the first phase three days early.", True),
        # ... or a named date kept "as promised" (heldout53, read after round 47).
        ("We opened all 30 rooms on the fifteenth as promised.", False),
        ("We opened all 30 rooms on the fifteenth, nine days later than promised.", True),
    ],
)
def test_work_handed_over_ahead_of_the_date_is_no_missed_deadline(guide, last, missed):
    sentences = ["I was worried we would miss the date.", last]
    element = _element(guide, "deadline", "addresses_prompt")
    assert rubric.element(sentences, element).found is missed


def test_working_late_is_not_delivering_late(guide):
    element = _element(guide, "deadline", "addresses_prompt")
    assert not rubric.element(["I stayed late on the Thursday to finish."], element).found
    assert not rubric.element(["We worked late for the launch."], element).found
    assert rubric.element(["The boxes arrived late on the Thursday."], element).found
    assert rubric.element(["We delivered it late by two days."], element).found


@pytest.mark.parametrize(
    ("demo", "tells_a_failure"),
    [
        # A later demo gone well is the recovery after a failure, not a story with none (heldout55,
        # read after round 49); the demo itself gone well still tells none.
        ("The final demo went through cleanly, and the manager asked to use it.", True),
        ("The demo went through cleanly, and the manager asked to use it.", False),
    ],
)
def test_a_later_demo_gone_well_keeps_the_failure(guide, demo, tells_a_failure):
    sentences = ["I merged a refactor without a review, and it broke the booking rules.", demo]
    element = _element(guide, "failure", "addresses_prompt")
    assert rubric.element(sentences, element).found is tells_a_failure


@pytest.mark.parametrize(
    ("closing", "proud"),
    [
        # A project its teller calls the dullest, not to be repeated, is no proud project (heldout54,
        # read after round 48).
        (
            "It was easily the dullest quarter of my working life, and I would not choose to repeat it.",
            False,
        ),
        (
            "It was easily the best quarter of my working life, and I would happily do it again.",
            True,
        ),
        # ... nor one its teller found the most tedious, a season not to be repeated (heldout101,
        # read after round 95), unless the pride comes after a "but".
        ("It is the one I found most tedious, a clinic van in the fields.", False),
        ("It is the one I found most rewarding, a clinic van in the fields.", True),
        ("I remember it as a season of paperwork that I would not choose to repeat.", False),
        ("It was a season I would not choose to repeat, but it's the work I value most.", True),
    ],
)
def test_a_project_called_the_dullest_is_not_the_proudest(guide, closing, proud):
    sentences = ["The project I'm proudest of is the stockroom I reorganised.", closing]
    element = _element(guide, "proudest", "addresses_prompt")
    assert rubric.element(sentences, element).found is proud


@pytest.mark.parametrize(
    ("said", "beyond"),
    [
        # The work said to be the speaker's own job went beyond nothing, whatever hours it took.
        ("That was part of my job from day one.", False),
        ("My brief also covered checking every listing.", False),
        ("It's part of my role, it's on my timetable.", False),
        ("The extra sessions were written into my timetable.", False),
        ("The listing fix was assigned to me that sprint.", False),
        ("Checking the listings was one of my written objectives.", False),
        ("Honestly, that was just my job.", False),
        ("It's what I'm paid to do.", False),
        ("I did it as part of the job.", False),
        ("My manager asked me to do it.", False),
        ("Anyone in my role would have done the same.", False),
        # Denied, narrowed or turned by a "but", it is the scope the story went past.
        ("None of that was part of my job.", True),
        ("My brief covered only the website.", True),
        ("The listings were part of my job, but the warehouse data wasn't.", True),
        ("The listing fix was not assigned to me.", True),
        ("Checking the listings was not one of my objectives.", True),
        ("It's not what I'm paid to do.", True),
        ("I did it, but not as part of the job.", True),
        ("My manager never asked me to do it.", True),
        ("Nobody else in my role would have done it.", True),
        # ... and in a second writer's everyday words.
        ("My manager asked me to, so I did.", False),
        ("Nobody asked me to, so I did.", True),
        ("It was the job I'd been assigned.", False),
        ("It was nothing extra, really.", False),
        ("That was normal for the role.", False),
        ("Everyone on the ward was expected to do the same.", False),
        ("It was on the rota that week.", False),
        ("I was paid for it.", False),
        ("I was only doing what was expected.", False),
        ("It was the core of my contract.", False),
        ("It was well outside my contract.", True),
        ("It was squarely my own task.", False),
        ("That's standard for anyone on the night team.", False),
        ("It's in the contract.", False),
        ("It was written into my objectives for the year.", False),
        ("That was exactly what I was hired to do.", False),
        ("That was exactly what nobody had asked for.", True),
        # A lesson told in the present says what the job is now, not what the story's was
        # (heldout24, read after round 18).
        ("What I take from it is that reading reviews is part of my job now.", True),
        ("Reading the reviews was part of my job.", False),
        # The narrow scope set out is the one the story went past (heldout25, after round 19).
        ("What I was paid for was lessons and marking, and I ran the club on Saturdays.", True),
        ("My work was filing invoices, and nothing beyond that was expected of me.", True),
        ("It was nothing beyond the job.", False),
        # ... nor set against another's job in the same breath (heldout46, read after round 40).
        (
            "My role covered their meals, and transport was formally the responsibility of the porters.",
            True,
        ),
        ("My role covered their meals and their transport.", False),
        ("My role covered the front desk; the restaurant and the concierge sat outside it.", True),
        # ... another's job in the possessive, with any adverb; work assigned or put in one's charge
        # (heldout49, read after round 43).
        ("My role covered check-ins; food was entirely the kitchen's responsibility.", True),
        ("The breakfast bag was simply my assigned project.", False),
        ("My manager had put me in charge of breakfast that year.", False),
        ("I packed the first bags as part of that brief.", False),
        # ... what the supervisor "expected nothing beyond" is the scope set out, not the work kept
        # inside it (heldout51, read after round 45).
        ("My supervisor expected nothing beyond the reconciliations.", True),
        ("The reconciliations were nothing beyond my usual work.", False),
    ],
)
def test_work_said_to_be_the_job_is_not_beyond_it(guide, said, beyond):
    texts = ["I spent my evenings for two weeks checking every listing.", said]
    items = {i.id: i for i in rubric.grade(texts, guide.prompt("above-and-beyond"))}
    assert items["beyond_scope"].found is beyond
    assert items["addresses_prompt"].found is beyond
    if not beyond:  # the sentence that says so is shown as what breaks it
        assert items["beyond_scope"].evidence == said


@pytest.mark.parametrize(
    ("harm", "tells_a_failure"),
    [
        # A mistake nobody it could have hurt ever saw is a near miss: no failure told.
        ("I rolled it back, and no shopper ever saw the wrong price.", False),
        ("I caught it in review, and nobody at the client ever noticed.", False),
        ("Staging caught it, so nothing reached production.", False),
        ("The bad price never reached customers.", False),
        ("The bad price reached customers within the hour.", True),
        ("The wrong price was live for an hour, and shoppers saw it.", True),
        ("Nobody noticed for a week, and by then we had lost £2,000.", True),
        # ... told in the present; a count of near misses since is no near miss told (heldout51,
        # read after round 45).
        ("The review catches it, so nothing touches live data.", False),
        ("The script runs, and it touches live data for an hour.", True),
        ("Since then the ward's near-misses have gone from 7 a year to 1.", True),
        # ... or caught before anyone's work went near it (heldout55, read after round 49).
        ("I remixed it before anyone's film went near it.", False),
        ("I remixed it after three people's film had gone through it.", True),
        # ... or a plan made in case, never needed: the harm never came (heldout89, read after
        # round 83).
        (
            "We agreed a clearance plan in case the weather turned, though we never needed it.",
            False,
        ),
        ("We agreed a clearance plan in case the weather turned, and we needed it by June.", True),
    ],
)
def test_a_mistake_nobody_ever_saw_is_no_failure(guide, harm, tells_a_failure):
    sentences = ["I changed the price file without testing it.", harm]
    found = rubric.element(sentences, _element(guide, "failure", "addresses_prompt")).found
    assert found is tells_a_failure


@pytest.mark.parametrize(
    ("said", "owns"),
    [
        # Read from heldout90 after round 84: a thing run with a state left on is an error owned.
        ("One evening I ran the cleanup script with the production profile still loaded.", True),
        ("One evening I ran the cleanup script with the test profile freshly loaded.", False),
    ],
)
def test_a_state_left_on_is_an_error_of_ones_own(guide, said, owns):
    for element in ("addresses_prompt", "owns_it"):
        assert rubric.element([said], _element(guide, "failure", element)).found is owns


@pytest.mark.parametrize(
    ("prompt", "element", "sentences", "found"),
    [
        # A filler set off by commas inside the words that show an element does not hide them, and
        # the evidence is the sentence as it was said.
        ("failure", "owns_it", ["I, uh, dropped the ball on the handover."], True),
        (
            "failure",
            "owns_it",
            ["I approved the release.", "The chef, um, ignored my notes."],
            False,
        ),
        (
            "failure",
            "owns_it",
            ["I approved the release.", "The chef, um, cooked my dinner."],
            True,
        ),
        ("deadline", "addresses_prompt", ["The deadline, you know, came and went."], True),
        ("deadline", "addresses_prompt", ["The deadline, you know, was in March."], False),
        # A filler adverb that carries meaning stays: "our job is basically" sets the scope.
        ("above-and-beyond", "beyond_scope", ["Our job is basically the night calls."], True),
    ],
)
def test_an_answer_is_read_without_the_fillers_that_break_its_words(
    guide, prompt, element, sentences, found
):
    item = next(i for i in report_of(sentences, guide, prompt).rubric if i.id == element)
    assert item.found is found
    if found:
        assert item.evidence in sentences


def test_a_learning_said_with_a_filler_is_read_and_shown_as_said(guide):
    said = "I've, um, made it a habit to write the rollback plan first."
    report = report_of(["I shipped the migration.", said], guide, "failure")
    assert report.has_learning and report.stated_learning.evidence == said
    plain = report_of(
        ["I shipped the migration.", "I, um, wrote the plan first."], guide, "failure"
    )
    assert not plain.stated_learning.found


def test_the_blame_reader_reads_blame_in_words_no_cue_has():
    said = "The platform team rolled out their change on a Friday and went home."
    assert not stance.BLAME.search(said) and not stance._blames_by_mirror(said)
    assert stance.blame_probability(said) >= stance.BLAME_READ and stance.blames(said)
    own = "I rolled out my change on a Friday and went home."
    assert stance.blame_probability(own) < stance.BLAME_READ and not stance.blames(own)


def test_the_blame_reader_leaves_a_sentence_that_owns_the_error():
    said = "I assumed the other team had tested it and never checked."
    assert stance.blame_probability(said) >= stance.BLAME_READ  # the reader alone would blame
    assert not stance.blames(said)


def test_the_blame_reader_ships_its_groups_and_weights():
    model = stance._reader()
    assert set(model["groups"]) <= set(features.GROUPS)
    assert len(model["weights"]) > 1000 and isinstance(model["bias"], float)


@pytest.mark.parametrize(
    ("said", "blamed"),
    [
        # A harm told as the consequence of what was just said, or the gap the speaker stepped
        # into, is no blame; the same words told bare still are (heldout23, read after round 17).
        ("I forgot to reorder the dressings, and as a result she missed two changes.", False),
        ("She missed two dressing changes on the ward.", True),
        ("The script skipped the last batch, which meant they missed the cut-off.", False),
        ("They missed the cut-off for the last batch.", True),
        ("I offered to run the drill because nobody had checked the backups in a year.", False),
        ("Nobody had checked the backups in a year, so the restore failed.", True),
        ("Returns were down to about £400 a month by the spring.", False),
        ("The late delivery was down to the courier.", True),
        # The fourth probe part's blame, in general slots: another party's wrong deed with an
        # adverb between, a safeguard they waved off; the same told of the speaker blames no one.
        ("The supplier apparently sent the wrong parts.", True),
        ("I apparently sent the wrong parts.", False),
        ("The landlord decided the inspection was optional.", True),
        ("I decided the inspection was optional.", False),
        ("The courier had a breakdown, and that's what took the whole order down.", True),
        ("I had a gap in the plan, and that's what took the whole order down.", False),
        ("The QA team signed off without reading the appendix.", True),
        ("I signed off without reading the appendix.", False),
        ("My director was breathing down my neck the whole week.", True),
        ("The files were wiped by someone in finance over the weekend.", True),
        ("The files were wiped by me over the weekend.", False),
        ("The inspectors waved it through without a look.", True),
        ("Nobody in sales bothered to check the prices.", True),
        ("The printer vendor keeps sending patches that break the drivers.", True),
        # Another party named as an object is not the subject of the error the sentence tells.
        ("I'm the one who promised the client it would ship without checking the stock.", False),
        ("The supplier told us it would be fine without checking the stock.", True),
        # Read from heldout35 after round 29: "it wasn't my change"; the source put on a team.
        ("It wasn't my change, so I said so in the review.", True),
        ("It was my change, so I said so in the review.", False),
        ("I made sure the directors knew it came from the network team.", True),
        ("I made sure the directors knew it came from my team.", False),
        # Read from heldout33 after round 27: a gap in the process is no one's fault.
        ("The gap is that nobody checks the training records before a shift.", False),
        ("On the night, nobody checked the training records before the shift.", True),
        # Read from heldout32 after round 26: a rule the others broke, their silence, the source
        # put elsewhere, the cause put on people who don't understand, their job and not ours.
        (
            "The bar staff swapped the gin brand, which is exactly what they're not supposed to do.",
            True,
        ),
        ("The bar staff swapped the gin brand, which is exactly what I told them to do.", False),
        ("The hauliers never bothered to tell us the bridge was closed.", True),
        ("I never bothered to tell them the bridge was closed.", False),
        ("I made sure she knew the error came from the printers and not from my proof.", True),
        ("I made sure she knew the error came from my proof and not from the printers.", False),
        ("Looking back, the cause was tenants who don't read the notices.", True),
        ("Looking back, the cause was a notice that I didn't send.", False),
        ("I told her the stock count was his job, not ours.", True),
        ("I told her the stock count was my job, not his.", False),
        # Read from heldout24 after round 18: a slip left to the speaker by another party, the
        # work done badly by whoever came before; what was due to someone is no blame.
        ("Another SRE had left a production context active on the jump box.", True),
        ("I had left a production context active on the jump box.", False),
        ("The shared box had been set up badly by whoever had it before me.", True),
        ("The shared box had been set up by whoever had it before me.", False),
        ("One of them got a grade lower than she should have had.", False),
        ("She should have checked the grades before sending them.", True),
        # A kind of moment is no one's fault (heldout26, after round 20).
        ("A deadline is lost at the point where nobody checked the assumptions.", False),
        ("The deadline was lost because nobody checked the assumptions.", True),
        # The sixth probe part's ways (bench/probes-sixth.yaml, read once a seventh part took its
        # place), said afresh, each beside a twin.
        ("The outage happened because ops skipped the drill they promised to run.", True),
        ("The outage happened because I skipped the drill I promised to run.", False),
        ("It got pushed live by the night team before anyone could check it.", True),
        ("It got pushed live by me before anyone could check it.", False),
        ("A storm took out the power, which nobody could have predicted.", True),
        ("A storm took out the power, which the forecast had predicted.", False),
        ("It was Sam's import script that actually corrupted the records.", True),
        ("It was my import script that actually corrupted the records.", False),
        ("The platform folks set up the test server wrong.", True),
        ("I set up the test server wrong.", False),
        ("Apparently the contractor thought reading the spec was optional.", True),
        ("The contractor thought the spec was clear.", False),
        ("If the designers had flagged the change, none of this would have happened.", True),
        ("If I had flagged the change, none of this would have happened.", False),
        ("The figures were handed to me already wrong by accounts.", True),
        ("The figures were handed to me by accounts.", False),
        ("Legal sat on the contract review for three weeks.", True),
        ("I sat on the contract review for three weeks.", False),
        ("Their IT people never upgraded the browsers like they swore they would.", True),
        ("I never upgraded the browsers like I swore I would.", False),
        ("The faults came from the firmware, which the manufacturer still hasn't fixed.", True),
        ("The faults came from the firmware, which I still haven't fixed.", False),
        ("Nobody on the late crew bothered to read the notes.", True),
        ("I didn't bother to read the notes.", False),
        # A party's promise that proved wrong is put on them; tools that "didn't speak SAML" are
        # no party failing.
        (
            "The vendor's documentation had promised the pool would reconnect, which turned out to "
            "be flat wrong.",
            True,
        ),
        (
            "I had promised the lead the pool would reconnect, which turned out to be flat wrong.",
            False,
        ),
        ("Eleven of the tools were so old that they didn't speak SAML at all.", False),
        ("They didn't answer the pager all night.", True),
        ("At handover I accepted the rate from the outgoing nurse and did not check it.", False),
        ("The outgoing nurse gave me the rate and did not check it.", True),
        # The fault denied as one's own; a party named, then what it never did; a copy made
        # "without looking" by someone else.
        ("I told the store manager it wasn't really our branch's fault.", True),
        ("I told the store manager it was my fault.", False),
        (
            "The real problem was that the postdoc who wrote the script had never handled restarts.",
            True,
        ),
        ("The real problem was that I had never handled restarts in the script.", False),
        ("She'd basically copied the previous year without looking at how the sizes sold.", True),
        ("I'd basically copied the previous year without looking at how the sizes sold.", False),
        # ... the call put on another in the pluperfect (heldout42, read after round 36).
        (
            "Afterwards I told the coach it had been her call, not mine, and I asked for a week to fix it.",
            True,
        ),
        (
            "Afterwards I told the coach it had been my call, not hers, and I asked for a week to fix it.",
            False,
        ),
        # ... another's error after "he'd"; a bone broken is no one's error (heldout43, after round 37).
        ("He'd skipped the renewals list entirely.", True),
        ("I'd skipped the renewals list entirely.", False),
        ("That autumn she broke her wrist and couldn't handle the dogs.", False),
        ("That autumn she broke the kennel gate and couldn't handle the dogs.", True),
        # "he'd" before the others' error, in every such slot (the same contraction as "I'd").
        ("He'd misled us about the delivery date.", True),
        ("I'd misled them about the delivery date.", False),
        ("He'd made a mistake in the rota.", True),
        ("I'd made a mistake in the rota.", False),
        ("They'd dropped the handover sheet.", True),
        ("We'd dropped the handover sheet.", False),
        # Read from heldout44 after round 38: one who never bothered, a duty not done "like they're
        # meant to", another's failure named, "his job", the source put on another "not from us".
        ("The planner sends me a list she has clearly never bothered to update.", True),
        ("The planner sends me a list I have clearly never bothered to update.", False),
        ("The lab only flagged it and never phoned it through like they're meant to.", True),
        ("The lab flagged it and phoned it through like they're meant to.", False),
        ("I filed the report so the lab's failure would be on record.", True),
        ("I filed the report so my failure would be on record.", False),
        ("Booking the same room at the same second was never tested, which was his job.", True),
        ("Booking the same room at the same second was never tested, which was my job.", False),
        ("I made sure they understood the list came from their planner, not from us.", True),
        (
            "I made sure they understood the list came from their planner, and we had checked it.",
            False,
        ),
        # Read from heldout46 after round 40: the call disowned, the cause put on "whoever gave".
        (
            "The root cause was whoever gave temps the safe code, because that was never my call.",
            True,
        ),
        ("The root cause was that I gave temps the safe code, and that was my call.", False),
        # Read from heldout48 after round 42: a wish, "they didn't," of things, a circumstance given.
        ("She didn't want a half-empty display, so we opened the front half.", False),
        ("She didn't check the display before we opened.", True),
        ("They didn't, not even close, one of the systems reused its codes.", False),
        ("They didn't not even close, one of the systems reused its codes.", False),
        ("Nobody noticed because the disks were huge.", False),
        ("Nobody noticed the full disks for a week.", True),
        # Read from heldout49 after round 43: "nobody else" checked: no second check, no one blamed.
        ("I'd read the dates the wrong way round, and nobody else ever checked promos.", False),
        ("The dates were read the wrong way round, and nobody ever checked promos.", True),
        # Read from heldout50 after round 44: what the speaker's step was for; where not to cut corners.
        ("I emailed the managers myself so they didn't hear it from customers.", False),
        ("The managers were told late, and they didn't hear it from customers.", True),
        ("I sent parents a note so that nobody would be caught off guard.", False),
        ("I was off sick, so nobody checked the fridge.", True),
        ("The lesson was that feed is the worst place to cut corners.", False),
        ("The supplier cut corners on the feed.", True),
        # Read from heldout51 after round 45: a penalty spared.
        ("Our supervisor said the early email was why she didn't mark us down.", False),
        ("Our supervisor said she didn't mark the reports before the deadline.", True),
        # Read from heldout55 after round 49: whom to chase.
        ("I told her it came from the backend change, so she'd know who to chase.", True),
        ("I told her it came from my change, so she'd know what to expect.", False),
        # Read from heldout56 after round 50: nobody noticed because of the speaker's own step left out.
        (
            "I booked the hut for the wrong weekend, and because I had not asked anyone to check the"
            " email, nobody noticed until the Wednesday.",
            False,
        ),
        ("The hut was booked for the wrong weekend, and nobody noticed until the Wednesday.", True),
        # Read from heldout57 after round 51: what no one could catch by eye.
        (
            "The new wire was one gauge thinner than its label said, which nobody could have caught"
            " by eye.",
            False,
        ),
        ("The new wire was one gauge thinner than its label said, and nobody caught it.", True),
        # Read from heldout58 after round 52: what things do not hang on.
        ("I printed the menus on time, because they didn't depend on names.", False),
        ("The printers changed the layout, and they didn't tell us.", True),
        # Read from heldout60 after round 54: the cause put on another's lack a few words long, on
        # "their setup", and on nobody checking.
        (
            "I told the investigator that the department's lack of backup storage had caused this.",
            True,
        ),
        ("I told the investigator that my lack of backup storage had caused this.", False),
        ("The loss came down to their setup: a single copy and no schedule.", True),
        ("The loss came down to my setup: a single copy and no schedule.", False),
        ("It was a single copy, with nobody in IT checking.", True),
        ("It was a single copy, with me checking it every week.", False),
        # Read from heldout62 after round 56: what befell a patient.
        ("He didn't bleed, and his levels were back in range by the afternoon.", False),
        ("He didn't check the pump, and the levels went out of range.", True),
        # Read from heldout68 after round 62: the gap put down to another's assumption.
        ("In the review I made clear the gap was the educator's assumption.", True),
        ("In the review I made clear the gap was my own assumption.", False),
        # Read from heldout86 after round 80: the ward's other roles, whose work can be blamed.
        ("The registrar's missing notes had caused the error.", True),
        ("My missing notes had caused the error.", False),
        ("I pointed out that the cause was the registrar's poor documentation.", True),
        ("I pointed out that the cause was my poor documentation.", False),
        # Read from heldout95 after round 89: a helper on the job, whose step can be blamed.
        ("I told my boss that my helper had skipped the tape measure.", True),
        ("I told my boss that I had skipped the tape measure.", False),
        # Read from heldout96 after round 90: a request never made is no error of theirs.
        ("The director presented from it without asking for any changes.", False),
        ("The director presented from it without asking anyone.", True),
        # Read from heldout100 after round 94: blame taken back in the same sentence by "and" or
        # "so" and an error of one's own; a fault denied of others.
        ("Nobody had told me otherwise and I never asked.", False),
        ("Nobody had told me otherwise and I had to guess.", True),
        ("She didn't think it was a problem, so I didn't push it.", False),
        ("She didn't think it was a problem, so the shelving sat there.", True),
        ("I apologised to the contributor, since it wasn't really their fault.", False),
        ("I told the contributor it was really their fault.", True),
        # Read from heldout101 after round 95: any party named as having sent the wrong thing, in
        # the pluperfect; and one denial for every cue ("never blamed", "not their fault").
        ("I called the depot and told them planning had sent the wrong file.", True),
        ("I called the depot and told them I had sent the wrong file.", False),
        ("I told them the buyer had ordered the wrong size.", True),
        ("The customers who had bought the wrong size got a refund.", False),
        ("I never blamed the vendor for it.", False),
        ("I blamed the vendor for it.", True),
        ("It was never the vendor's fault.", False),
        ("It was the vendor's fault.", True),
        # Read from heldout102 after round 96: whom a thing goes to, "not me", is no deed disowned.
        ("I added an alert that pages whoever is on call, not me.", False),
        ("The night shift made that call, not me.", True),
        # Read from heldout103 after round 97: "which honestly is on them".
        (
            "The runbook assumed the replica was current, which honestly is on them, not on us.",
            True,
        ),
        ("The runbook assumed the replica was current, which honestly is on me.", False),
        # Read from heldout104 after round 98: a compound naming a kind of thing is no blame.
        ("I found the cause: the router's error logs had been filling the disk for weeks.", False),
        ("I found the cause: the backup job's failure alerts went to an old inbox.", False),
        ("I found the cause, and it was the contractor's mistake, not ours.", True),
    ],
)
def test_blame_read_and_cleared_in_general_slots(said, blamed):
    assert stance.blames(said) is blamed


@pytest.mark.parametrize(
    ("prompt", "element", "said", "found"),
    [
        # Read from heldout23 after round 17, in general slots, each beside a twin.
        ("failure", "impact", "About £3,000 of the flowers died before they were sold.", True),
        ("failure", "impact", "About £3,000 of the flowers arrived on the Monday.", False),
        ("simple-solution", "addresses_prompt", "The robot project quietly gets shelved.", True),
        ("simple-solution", "addresses_prompt", "The robot project gets a new name.", False),
        # The costly thing never bought tells the simple way taken.
        ("simple-solution", "addresses_prompt", "And we never bought the module.", True),
        ("simple-solution", "addresses_prompt", "And we bought the module.", False),
        # The complex build thought about and turned down; work "nothing to do with me".
        (
            "simple-solution",
            "addresses_prompt",
            "I did think about building the app, but it would have needed upkeep.",
            True,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "I did think about building the app, and I built it over the summer.",
            False,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "My job was the desk, and food wasn't anything to do with me.",
            True,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "My job was the desk, and food was something I did with the chef.",
            False,
        ),
        # A check relaxed is a failure told; a date one "won't get ... done in time" is a miss.
        (
            "failure",
            "addresses_prompt",
            "I relaxed the acid test on anything with a hallmark.",
            True,
        ),
        ("failure", "addresses_prompt", "I ran the acid test on anything with a hallmark.", False),
        (
            "deadline",
            "addresses_prompt",
            "By Monday I can see I won't get all twelve rooms done in time.",
            True,
        ),
        (
            "deadline",
            "addresses_prompt",
            "By Monday I can see I will get all twelve rooms done in time.",
            False,
        ),
        ("simple-solution", "complexity", "The new tills were a six-figure sum.", True),
        ("simple-solution", "complexity", "The new tills were a grey colour.", False),
        ("simple-solution", "why_safe", "I kept the old signs up alongside the new ones.", True),
        ("simple-solution", "why_safe", "I took the old signs down on the first day.", False),
        ("above-and-beyond", "beyond_scope", "It took me three weeks of evenings.", True),
        ("above-and-beyond", "beyond_scope", "It took me three weeks of meetings.", False),
        ("above-and-beyond", "customer_impact", "The kids finally got to see the show.", True),
        ("deadline", "addresses_prompt", "The bridge could not be ready for the opening.", True),
        ("deadline", "addresses_prompt", "The bridge could be ready for the opening.", False),
        ("deadline", "addresses_prompt", "It opened a fortnight after the date I gave.", True),
        ("deadline", "rebaseline", "We shipped the core, and then the full app in May.", True),
        ("deadline", "rebaseline", "We shipped the core first, and then went home.", False),
        ("deadline", "prevention", "Now every quote I send has a buffer week in it.", True),
        ("deadline", "prevention", "Every quote has a logo on it.", False),
        ("why-amazon", "addresses_prompt", "The job ad asked for someone who teaches.", True),
        ("why-amazon", "addresses_prompt", "The support engineer role appeals to me.", True),
        ("why-amazon", "addresses_prompt", "I like teaching adults.", False),
        ("why-amazon", "personal_example", "I threw out the old syllabus and started over.", True),
        ("why-amazon", "personal_example", "In my two summers there I ended up fixing CI.", True),
        ("why-amazon", "personal_example", "Syllabuses are often old.", False),
        # Read from the fourth probe part (development since round 16), in general slots, each
        # beside a twin that does not say it.
        (
            "deadline",
            "addresses_prompt",
            "The survey reached the board a month after it was due.",
            True,
        ),
        (
            "deadline",
            "addresses_prompt",
            "The survey reached the board a month before it was due.",
            False,
        ),
        ("deadline", "addresses_prompt", "The costumes weren't ready for the first night.", True),
        ("deadline", "addresses_prompt", "The costumes were ready for the first night.", False),
        ("failure", "addresses_prompt", "The first tray of pastries had to be binned.", True),
        ("failure", "addresses_prompt", "The booking website went down for an hour.", True),
        ("failure", "addresses_prompt", "The booking website went live for an hour.", False),
        ("failure", "addresses_prompt", "The trial was scrapped after a month.", True),
        ("failure", "addresses_prompt", "The dosage change was missed on the night shift.", True),
        ("failure", "addresses_prompt", "The shelf I built collapsed under the books.", True),
        ("failure", "addresses_prompt", "The shelf I built held all the books.", False),
        ("above-and-beyond", "addresses_prompt", "On top of my usual hours, I ran a clinic.", True),
        ("above-and-beyond", "addresses_prompt", "I went past the brief and filmed a demo.", True),
        ("above-and-beyond", "addresses_prompt", "I read the brief and filmed a demo.", False),
        (
            "above-and-beyond",
            "beyond_scope",
            "The job covered the wiring only, but I fixed the gate.",
            True,
        ),
        (
            "tight-deadline",
            "addresses_prompt",
            "They gave us until the next day to rebuild it.",
            True,
        ),
        (
            "tight-deadline",
            "addresses_prompt",
            "With only two nights before the exam, I rewrote it.",
            True,
        ),
        ("tight-deadline", "addresses_prompt", "They gave us a new room to rebuild it.", False),
        (
            "proudest",
            "addresses_prompt",
            "The job I'm happiest with is the garden I designed.",
            True,
        ),
        ("proudest", "addresses_prompt", "The school garden means the most to me.", True),
        ("proudest", "addresses_prompt", "What I'd point to first is the library project.", True),
        (
            "proudest",
            "addresses_prompt",
            "I'd like to be remembered for the apprenticeships.",
            True,
        ),
        ("proudest", "addresses_prompt", "The library project ran for a year.", False),
        (
            "simple-solution",
            "addresses_prompt",
            "I replaced an elaborate booking system with a list.",
            True,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "A whiteboard fixed what a whole new app couldn't.",
            True,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "A whiteboard hung on the wall by the app team.",
            False,
        ),
        ("failure", "root_cause", "When I dug into it, the sensor was mislabelled.", True),
        ("failure", "root_cause", "When I got in, the sensor was on the floor.", False),
        (
            "tight-deadline",
            "addresses_prompt",
            "The gala was Friday and the band quit on Wednesday night.",
            True,
        ),
        (
            "tight-deadline",
            "addresses_prompt",
            "The gala was Friday and the band played all night.",
            False,
        ),
        # Read from the fifth probe part (development since round 17), in general slots, each
        # beside a twin that does not say it.
        ("deadline", "addresses_prompt", "I didn't get the reports in before the deadline.", True),
        ("deadline", "addresses_prompt", "I got the reports in before the deadline.", False),
        (
            "deadline",
            "addresses_prompt",
            "By the time the menus were ready, the guests had already sat down.",
            True,
        ),
        ("failure", "addresses_prompt", "The marquee collapsed in the wind.", True),
        ("failure", "addresses_prompt", "The marquee stood up in the wind.", False),
        ("failure", "addresses_prompt", "The import corrupted half the stock list.", True),
        ("failure", "addresses_prompt", "The resident fell because the mat was wet.", True),
        (
            "above-and-beyond",
            "addresses_prompt",
            "That was really the librarian's job, not mine.",
            True,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "Ordering stock was technically the chef's task.",
            True,
        ),
        ("above-and-beyond", "beyond_scope", "Ordering stock took the chef an hour.", False),
        (
            "tight-deadline",
            "addresses_prompt",
            "The call came at nine and the stand had to be built by four.",
            True,
        ),
        (
            "tight-deadline",
            "addresses_prompt",
            "There were only two days between the audit and the launch.",
            True,
        ),
        (
            "tight-deadline",
            "addresses_prompt",
            "The inspectors were arriving on Monday and we heard on Friday morning.",
            True,
        ),
        ("tight-deadline", "addresses_prompt", "I had one night to learn the new till.", True),
        ("tight-deadline", "addresses_prompt", "I had a new till to learn.", False),
        ("tight-deadline", "safety", "I kept the old build ready so we could switch back.", True),
        ("tight-deadline", "safety", "I threw the old build away.", False),
        ("proudest", "addresses_prompt", "Nothing I've done beats the literacy scheme.", True),
        ("proudest", "addresses_prompt", "The highlight of my career is the flood response.", True),
        (
            "proudest",
            "addresses_prompt",
            "The piece that still makes me smile is the garden.",
            True,
        ),
        ("proudest", "addresses_prompt", "The garden took two summers.", False),
        (
            "simple-solution",
            "addresses_prompt",
            "They proposed a new portal, but a shared inbox did the job.",
            True,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "I fixed the queue with a rope line, not a new building.",
            True,
        ),
        ("simple-solution", "addresses_prompt", "We swapped a clunky form for one text box.", True),
        ("simple-solution", "why_safe", "I tried it on one ward for a fortnight first.", True),
        (
            "deadline",
            "rebaseline",
            "We opened the shop on time and added the cafe a month later.",
            True,
        ),
        (
            "deadline",
            "prevention",
            "Now every delivery goes into a tracker with a backup courier.",
            True,
        ),
        # The sixth probe part's ways (bench/probes-sixth.yaml, read once a seventh part took its
        # place), said afresh, each beside a twin.
        (
            "deadline",
            "addresses_prompt",
            "I didn't get the marks uploaded before the cutoff.",
            True,
        ),
        ("deadline", "addresses_prompt", "I got the marks uploaded before the cutoff.", False),
        (
            "deadline",
            "addresses_prompt",
            "By the time it arrived, the opening had already come and gone.",
            True,
        ),
        (
            "deadline",
            "addresses_prompt",
            "By the time it arrived, the opening had already been planned.",
            False,
        ),
        ("failure", "addresses_prompt", "Half the residents got their lunch late that day.", True),
        (
            "failure",
            "addresses_prompt",
            "Half the residents got their lunch early that day.",
            False,
        ),
        ("failure", "addresses_prompt", "My first charity auction lost the hospice money.", True),
        (
            "failure",
            "addresses_prompt",
            "My first charity auction raised the hospice money.",
            False,
        ),
        ("failure", "addresses_prompt", "The patio we laid cracked within a month.", True),
        ("failure", "addresses_prompt", "The patio we laid lasted for years.", False),
        (
            "above-and-beyond",
            "beyond_scope",
            "It was never in my contract, but I ran a homework club.",
            True,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "It was in my contract, so I ran a homework club.",
            False,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "I went well past my brief and built them a schedule.",
            True,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "I kept to my brief and built them a schedule.",
            False,
        ),
        (
            "tight-deadline",
            "addresses_prompt",
            "The fix had to be live before the shops opened on Monday.",
            True,
        ),
        (
            "tight-deadline",
            "addresses_prompt",
            "The fix went live after the shops opened on Monday.",
            False,
        ),
        (
            "proudest",
            "addresses_prompt",
            "Nothing in my career beats the rota system I built.",
            True,
        ),
        (
            "proudest",
            "addresses_prompt",
            "Nothing in my career prepared me for the rota system.",
            False,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "Everyone wanted a custom app, but a shared spreadsheet solved it.",
            True,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "Everyone wanted a custom app, and a shared spreadsheet was the start.",
            False,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "The team proposed a redesign, and I got the same effect with a sticker.",
            True,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "I replaced a ten-step sign-off with one signature.",
            True,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "I replaced a ten-step sign-off with a twelve-step one.",
            False,
        ),
        (
            "simple-solution",
            "simpler_alternative",
            "I argued for a paper sign-in sheet over the badge system.",
            True,
        ),
        (
            "simple-solution",
            "simpler_alternative",
            "I argued for a paper sign-in sheet and the badge system.",
            False,
        ),
        ("why-amazon", "personal_example", "When the rota collapsed, I took it over.", True),
        (
            "why-amazon",
            "personal_example",
            "When the rota collapsed, someone else took it over.",
            False,
        ),
        (
            "deadline",
            "early_risk",
            "Five weeks before the deadline, I told the director we were behind.",
            True,
        ),
        (
            "deadline",
            "early_risk",
            "On the day of the deadline, the director told us we were done.",
            False,
        ),
        ("deadline", "rebaseline", "I put forward a split plan for the launch.", True),
        ("deadline", "rebaseline", "I put forward a plan for the launch.", False),
        (
            "deadline",
            "prevention",
            "Now every supplier contract we sign includes a delay clause.",
            True,
        ),
        ("deadline", "prevention", "Every supplier contract we sign has a logo.", False),
        (
            "tight-deadline",
            "safety",
            "Each change went out behind a switch we could flip off.",
            True,
        ),
        ("tight-deadline", "safety", "Each change went out on a Friday.", False),
        ("tight-deadline", "safety", "I made sure the ladder was inspected first.", True),
        # Read from heldout25 after round 19: the work not on the speaker's plate, the narrow
        # scope set out; the fault placed in one's own work.
        (
            "above-and-beyond",
            "beyond_scope",
            "My sprint was all upgrades, so accessibility isn't on my plate at all.",
            True,
        ),
        ("above-and-beyond", "beyond_scope", "Accessibility is on my plate this sprint.", False),
        ("above-and-beyond", "beyond_scope", "What I was paid for was lessons and marking.", True),
        ("above-and-beyond", "beyond_scope", "That was what I was paid for.", False),
        ("failure", "owns_it", "I told the assessors that the fault lay in my code.", True),
        ("failure", "owns_it", "I told the assessors where the fault lay.", False),
        # Read from heldout26 after round 20: a hard time of day; a part that can wait.
        (
            "tight-deadline",
            "addresses_prompt",
            "The whole ward has to be off the floor by midday.",
            True,
        ),
        (
            "tight-deadline",
            "addresses_prompt",
            "The whole ward has to be off the floor for a week.",
            False,
        ),
        (
            "tight-deadline",
            "tradeoffs",
            "The discharge paperwork can wait until the afternoon.",
            True,
        ),
        ("tight-deadline", "tradeoffs", "The discharge paperwork is done in the afternoon.", False),
        # Read from heldout46 after round 40: no rush "honestly", no date set; the full way taken
        # instead; a purchase decided against, one step "and nothing more"; the work said not to
        # be the speaker's; why one is here; the miss said outright.
        (
            "tight-deadline",
            "addresses_prompt",
            "The move was due eventually, with no date set, so there was honestly no rush.",
            False,
        ),
        (
            "tight-deadline",
            "addresses_prompt",
            "The old contract ended on two days' notice, so there was a real rush.",
            True,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "I judged the quick patch too risky and instead led the full rewrite of the billing service.",
            False,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "I judged the full rewrite too risky and shipped a small patch instead.",
            True,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "The board decided not to purchase the new booking system.",
            True,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "The board decided to purchase the new booking system.",
            False,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "I proposed a coloured tag on each kit bag, and nothing more.",
            True,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "I proposed a coloured tag on each kit bag.",
            False,
        ),
        (
            "above-and-beyond",
            "addresses_prompt",
            "Stock counts weren't my shift or my job, I worked the tills.",
            True,
        ),
        ("above-and-beyond", "addresses_prompt", "Stock counts were my shift and my job.", False),
        (
            "why-amazon",
            "addresses_prompt",
            "The reason I'm here is the chance to fix problems at scale.",
            True,
        ),
        (
            "why-amazon",
            "addresses_prompt",
            "That project is what caught my eye about the operations team.",
            True,
        ),
        ("why-amazon", "addresses_prompt", "The reason the store closed was the rent.", False),
        (
            "deadline",
            "owns_it",
            "I posted in the release thread and said plainly that I'd miss the date.",
            True,
        ),
        (
            "deadline",
            "owns_it",
            "I posted in the release thread and said plainly that the date was fine.",
            False,
        ),
        # Read from heldout47 after round 41: what it cost said small, the bigger thing put off; a
        # day's notice, no time to do a thing; a thing that crashed, the blame taken.
        ("simple-solution", "addresses_prompt", "The new signs cost less than 300 pounds.", True),
        ("simple-solution", "addresses_prompt", "The new signs cost more than 300 pounds.", False),
        (
            "simple-solution",
            "addresses_prompt",
            "The scheduling system got pushed into next year's budget.",
            True,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "The scheduling system got pushed live in March.",
            False,
        ),
        (
            "tight-deadline",
            "addresses_prompt",
            "A job that size normally gets a full day's notice.",
            True,
        ),
        ("tight-deadline", "addresses_prompt", "A job that size normally gets a full crew.", False),
        ("tight-deadline", "addresses_prompt", "We didn't have time to print new labels.", True),
        ("tight-deadline", "addresses_prompt", "We didn't have paper to print new labels.", False),
        (
            "failure",
            "addresses_prompt",
            "The booking page crashed twice in front of the client.",
            True,
        ),
        (
            "failure",
            "addresses_prompt",
            "The booking page loaded twice in front of the client.",
            False,
        ),
        ("failure", "addresses_prompt", "I took the blame in our retrospective.", True),
        ("failure", "addresses_prompt", "I took the minutes in our retrospective.", False),
        # Read from heldout48 after round 42: a project "I am honestly not proud of"; the simpler
        # way talked about and overruled; what "stays untouched", "not more software"; the work "not
        # what I came to fix", what sat outside the role.
        (
            "proudest",
            "addresses_prompt",
            "It matters to me, but the project I'll describe is one I am honestly not proud of.",
            False,
        ),
        (
            "proudest",
            "addresses_prompt",
            "It matters to me, and the project I'll describe is one I am honestly very proud of.",
            True,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "We did talk about something simpler, but head office wanted the full system.",
            False,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "We did talk about something simpler, and head office agreed to try it.",
            True,
        ),
        ("simple-solution", "addresses_prompt", "The booking system itself stays untouched.", True),
        ("simple-solution", "addresses_prompt", "The booking system itself gets replaced.", False),
        (
            "simple-solution",
            "addresses_prompt",
            "The fix was fewer forms, not more software.",
            True,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "The fix was fewer forms and more software.",
            False,
        ),
        (
            "above-and-beyond",
            "addresses_prompt",
            "It's not what I came to fix, but I fix it anyway.",
            True,
        ),
        ("above-and-beyond", "addresses_prompt", "It's what I came to fix, so I fix it.", False),
        (
            "above-and-beyond",
            "addresses_prompt",
            "The restaurant and the concierge desk sat outside my role.",
            True,
        ),
        (
            "above-and-beyond",
            "addresses_prompt",
            "The restaurant and the concierge desk sat beside my desk.",
            False,
        ),
        (
            "above-and-beyond",
            "addresses_prompt",
            "Nothing in it concerned what those families ate.",
            True,
        ),
        # Read from heldout49 after round 43: another's job with any adverb; the simple way turned
        # down first.
        (
            "above-and-beyond",
            "addresses_prompt",
            "Reaching parents is officially the office's job.",
            True,
        ),
        ("above-and-beyond", "addresses_prompt", "Reaching parents is officially my job.", False),
        (
            "simple-solution",
            "addresses_prompt",
            "Rather than a quick fix, I championed the full voice-picking system.",
            False,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "Rather than the full voice-picking system, I championed a quick fix.",
            True,
        ),
        # Read from heldout50 after round 44: what the speaker wants now; the fix's size said plainly;
        # a proposal taken whole; a new date agreed in the present; a freeze; a separate department.
        (
            "why-amazon",
            "addresses_prompt",
            "What I want now is to work upstream of injuries.",
            True,
        ),
        ("why-amazon", "addresses_prompt", "What I did then was work on the ward.", False),
        ("why-amazon", "add_value", "What I bring is an eye for the injury coming.", True),
        ("why-amazon", "add_value", "What I saw was an injury coming.", False),
        (
            "simple-solution",
            "addresses_prompt",
            "I added a cache, and it was about thirty lines.",
            True,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "I added a cache, and it took about thirty days.",
            False,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "I accepted the consultant's proposal and commissioned custom crates.",
            False,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "I turned down the consultant's proposal and commissioned a simpler crate.",
            True,
        ),
        (
            "deadline",
            "addresses_prompt",
            "We agree with the club on a new date nine days on.",
            True,
        ),
        ("deadline", "addresses_prompt", "We agree with the club on the date of the show.", False),
        (
            "deadline",
            "addresses_prompt",
            "I request the key two days before, which is far too late.",
            True,
        ),
        (
            "deadline",
            "addresses_prompt",
            "I request the key two days before, which is fine.",
            False,
        ),
        (
            "tight-deadline",
            "addresses_prompt",
            "The distributions froze their package versions, so a late release shipped for years.",
            True,
        ),
        (
            "tight-deadline",
            "addresses_prompt",
            "The distributions package our versions, so a release ships for years.",
            False,
        ),
        (
            "above-and-beyond",
            "addresses_prompt",
            "Workplace safety belonged to a separate department, and my targets were throughput.",
            True,
        ),
        (
            "above-and-beyond",
            "addresses_prompt",
            "Workplace safety mattered to every department, and my targets were throughput.",
            False,
        ),
        # Read from heldout51 after round 45: the job set out and closed, no expectation of more.
        (
            "above-and-beyond",
            "beyond_scope",
            "My job was the breakfast room from half six, that was it.",
            True,
        ),
        ("above-and-beyond", "beyond_scope", "My job was the breakfast room from half six.", False),
        (
            "above-and-beyond",
            "beyond_scope",
            "There was no expectation that I would provide anything outside them.",
            True,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "There was an expectation that I would provide material outside them.",
            False,
        ),
        # Read from heldout52 after round 46: done on the speaker's break; nothing bought.
        (
            "above-and-beyond",
            "beyond_scope",
            "On my break I rang three suppliers about wider fittings.",
            True,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "After my break I rang three suppliers about wider fittings.",
            False,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "The rest switched over, and nobody had to buy anything.",
            True,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "The rest switched over, and everybody had to buy a licence.",
            False,
        ),
        # Read from heldout53 after round 47: another's plan followed whole, the full system judged
        # the safer bet; one's own work as the cause; a named date kept "as promised"; the work said
        # to belong to another.
        (
            "simple-solution",
            "addresses_prompt",
            "I followed head office's plan and ordered scanners instead of stickers.",
            False,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "We agreed the full scanner system was the safer bet rather than stickers.",
            False,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "We agreed the simple sticker system was the safer bet rather than scanners.",
            True,
        ),
        (
            "failure",
            "addresses_prompt",
            "I told the ward manager that my sheet was the cause.",
            True,
        ),
        (
            "failure",
            "addresses_prompt",
            "I told the ward manager that my sheet was the answer.",
            False,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "My role covered feeding, and visitor programmes belonged to the education officer.",
            True,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "My role covered feeding, and visitor programmes were run by the education officer.",
            False,
        ),
        # Read from heldout54 after round 48: what the assessment only asked for; the complex system
        # gone ahead with after all; a project called the dullest, not to be repeated.
        (
            "above-and-beyond",
            "beyond_scope",
            "The marking only looked at whether the features worked.",
            True,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "The marking looked at whether the features worked.",
            False,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "We went ahead with the consultant's sensor system after all, instead of the lights.",
            False,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "We went ahead with the lights after all, instead of the consultant's sensor system.",
            True,
        ),
        # Read from heldout55 after round 49: work not going to be finished, a handover moved past
        # the date; a later demo gone well; a sprint set out, work in nobody's backlog.
        (
            "deadline",
            "addresses_prompt",
            "I told her I wasn't going to finish the full version.",
            True,
        ),
        (
            "deadline",
            "addresses_prompt",
            "I told her I was going to finish the full version.",
            False,
        ),
        (
            "deadline",
            "addresses_prompt",
            "She moved the handover to two weeks after my end date.",
            True,
        ),
        ("deadline", "addresses_prompt", "She moved the handover to my desk.", False),
        (
            "above-and-beyond",
            "beyond_scope",
            "My sprint is about a new savings screen, nothing to do with accessibility.",
            True,
        ),
        ("above-and-beyond", "beyond_scope", "My sprint is about accessibility.", False),
        (
            "above-and-beyond",
            "beyond_scope",
            "It isn't in anyone's backlog, so I ask for two days.",
            True,
        ),
        ("above-and-beyond", "beyond_scope", "It is in the backlog, so I ask for two days.", False),
        # Read from heldout56 after round 50: the best part of two months to plan; a project watched
        # from the sidelines; the other party's plan gone along with.
        (
            "tight-deadline",
            "addresses_prompt",
            "We had the best part of two months to plan the deliveries before the deadline.",
            False,
        ),
        (
            "tight-deadline",
            "addresses_prompt",
            "We had the best part of two days to plan the deliveries before the deadline.",
            True,
        ),
        (
            "proudest",
            "addresses_prompt",
            "My flatmate built it, I watched it all from the sidelines, and it's the project I'm"
            " proudest of.",
            False,
        ),
        (
            "proudest",
            "addresses_prompt",
            "I built it all myself, and it's the project I'm proudest of.",
            True,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "I went along with head office's plan and replaced every scale instead of recalibrating"
            " them.",
            False,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "I pushed back on head office's plan and recalibrated every scale instead of replacing"
            " them.",
            True,
        ),
        # Read from heldout57 after round 51: pride said not to be why; a delivery denied; a thing
        # not of the speaker's trade.
        (
            "proudest",
            "addresses_prompt",
            "It's the project I'm proudest of, though not because the project itself means much to me.",
            False,
        ),
        (
            "proudest",
            "addresses_prompt",
            "It's the project I'm proudest of, because the project itself means so much to me.",
            True,
        ),
        (
            "deadline",
            "addresses_prompt",
            "After we missed the deadline I set up a tracker that flags anything that hasn't shipped ten"
            " days before the date.",
            True,
        ),
        (
            "deadline",
            "addresses_prompt",
            "We shipped it ten days before the date, so we never missed the deadline.",
            False,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "Lost property on trains isn't really a hotel thing, but I rang the station anyway.",
            True,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "Lost property on trains isn't really a big thing, so I rang the station.",
            False,
        ),
        # Read from heldout58 after round 52: all of it done on the original date; pride not felt; the
        # heavy thing left alone; the omission owned.
        (
            "deadline",
            "addresses_prompt",
            "I missed the slot at first, but everything, the menus and the cards, was printed and"
            " signed off on the original date.",
            False,
        ),
        (
            "deadline",
            "addresses_prompt",
            "I missed the slot, and the menus and the cards were printed and signed off a week late.",
            True,
        ),
        (
            "proudest",
            "addresses_prompt",
            "It's the project I'm proudest of, though I don't feel proud of it at all.",
            False,
        ),
        (
            "proudest",
            "addresses_prompt",
            "It's the project I'm proudest of, and I still feel proud of it.",
            True,
        ),
        (
            "proudest",
            "addresses_prompt",
            "It's a project I'm proud of, but it's not what I'd show anyone as my best work.",
            False,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "Mis-sorts went from 60 a night to under ten, and nobody had to touch the sorter software.",
            True,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "Mis-sorts went from 60 a night to under ten once we had rewritten the sorter software.",
            False,
        ),
        ("failure", "addresses_prompt", "I told my manager that the omission was mine.", True),
        ("failure", "addresses_prompt", "I told my manager that the decision was mine.", False),
        # Read from heldout59 after round 53: the full system gone ahead with.
        (
            "simple-solution",
            "addresses_prompt",
            "In the end we went ahead with the full scanning system instead of relabelling the shelves.",
            False,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "In the end we relabelled the shelves instead of the full scanning system.",
            True,
        ),
        # Read from heldout60 after round 54: a date set by opening time; a step skipped, told in
        # the present; work done on one's own initiative, or outside a role set out as limited, or
        # with no extra hours given for it.
        (
            "tight-deadline",
            "addresses_prompt",
            "The tins had to be off the shelves and out of the stockroom by opening the next morning.",
            True,
        ),
        (
            "tight-deadline",
            "addresses_prompt",
            "The tins had to be off the shelves and out of the stockroom, and we opened as usual.",
            False,
        ),
        (
            "failure",
            "addresses_prompt",
            "I skip the dry run because the staging run went fine.",
            True,
        ),
        (
            "failure",
            "addresses_prompt",
            "I run the dry run because the staging run went fine.",
            False,
        ),
        (
            "above-and-beyond",
            "addresses_prompt",
            "On my own initiative I phoned 30 customers.",
            True,
        ),
        (
            "above-and-beyond",
            "addresses_prompt",
            "At my manager's request I phoned 30 customers.",
            False,
        ),
        (
            "above-and-beyond",
            "addresses_prompt",
            "My role was limited to the greenhouse: potting and misting.",
            True,
        ),
        (
            "above-and-beyond",
            "addresses_prompt",
            "My role was in the greenhouse: potting and misting.",
            False,
        ),
        (
            "above-and-beyond",
            "addresses_prompt",
            "My job is my own timetable, and there are no extra hours for any of this.",
            True,
        ),
        (
            "above-and-beyond",
            "addresses_prompt",
            "My job is my own timetable, and the head gives me two free periods for this.",
            False,
        ),
        # Read from heldout61 after round 55: a thing never written down.
        (
            "failure",
            "addresses_prompt",
            "I left deployment to the last week, and I never wrote down how to renew the account.",
            True,
        ),
        (
            "failure",
            "addresses_prompt",
            "I left deployment to the last week, and I wrote down how to renew the account.",
            False,
        ),
        # Read from heldout62 after round 56: a near miss insisted on after the harm it spared; a
        # date the speaker announced; the work put on one's task list, or part of what one was
        # there to do.
        (
            "failure",
            "addresses_prompt",
            "I skipped the pump check, and he didn't bleed, but it was a near miss and it was mine.",
            True,
        ),
        (
            "failure",
            "addresses_prompt",
            "I skipped the pump check, and when I mentioned the near miss to my supervisor she was"
            " pleased.",
            False,
        ),
        ("deadline", "owns_it", "I've announced that version 3.0 will ship in May.", True),
        (
            "deadline",
            "owns_it",
            "The board has announced that version 3.0 will ship in May.",
            False,
        ),
        (
            "above-and-beyond",
            "addresses_prompt",
            "My manager had put the complaints on my task list, so the extra evenings were part of"
            " the work.",
            False,
        ),
        (
            "above-and-beyond",
            "addresses_prompt",
            "Nobody had put the complaints on my task list, so the extra evenings were my own idea.",
            True,
        ),
        (
            "above-and-beyond",
            "addresses_prompt",
            "The extra evenings were part of what I was there to do.",
            False,
        ),
        (
            "above-and-beyond",
            "addresses_prompt",
            "The extra evenings were more than what I was there to do.",
            True,
        ),
        # Read from heldout63 after round 57: done with weeks to spare, or at any time in the next
        # six weeks; a slip nobody reported a thing of; the brief set out, and work in nothing
        # planned.
        (
            "tight-deadline",
            "addresses_prompt",
            "The client needed the returns processed by Friday, and we had them all done with three"
            " weeks to spare.",
            False,
        ),
        (
            "tight-deadline",
            "addresses_prompt",
            "The client needed the returns processed by Friday, and we had them all done with an hour"
            " to spare.",
            True,
        ),
        (
            "tight-deadline",
            "addresses_prompt",
            "The client needed the returns processed by Friday, or any time in the next six weeks.",
            False,
        ),
        (
            "failure",
            "addresses_prompt",
            "I approved it without checking the test matrix, and we got no bug reports about it at all.",
            False,
        ),
        (
            "failure",
            "addresses_prompt",
            "I approved it without checking the test matrix, and we got no bug reports about it at all,"
            " but the parser broke for half our users.",
            True,
        ),
        (
            "above-and-beyond",
            "addresses_prompt",
            "The judges only need a demo, so the brief is basically a working prototype.",
            True,
        ),
        (
            "above-and-beyond",
            "addresses_prompt",
            "The judges need a demo, so the brief is a working prototype.",
            False,
        ),
        (
            "above-and-beyond",
            "addresses_prompt",
            "We also add a haptic buzz, which wasn't in anything we'd planned.",
            True,
        ),
        (
            "above-and-beyond",
            "addresses_prompt",
            "We also add a haptic buzz, which was in everything we'd planned.",
            False,
        ),
        # Read from heldout64 after round 58: the simple idea argued too small, the big build gone
        # ahead.
        (
            "simple-solution",
            "addresses_prompt",
            "The door-code idea came up, but I argued it was too small to matter, and we did it for"
            " free.",
            False,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "The door-code idea came up, and we did it for free.",
            True,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "In the end the big build went ahead, and we did the door codes for free too.",
            False,
        ),
        # Read from heldout66 after round 60: the date said not to hold, a move of it proposed or
        # offered; and work said to be nobody's.
        ("deadline", "addresses_prompt", "I told my manager the date wouldn't hold.", True),
        ("deadline", "addresses_prompt", "I told my manager the date was fine.", False),
        (
            "deadline",
            "addresses_prompt",
            "I went to the board and proposed moving the deadline to March.",
            True,
        ),
        (
            "deadline",
            "addresses_prompt",
            "I offered two options: open with half the shelves, or move the date to the fifth.",
            True,
        ),
        ("above-and-beyond", "addresses_prompt", "The slow start-up was nobody's ticket.", True),
        ("above-and-beyond", "beyond_scope", "The slow start-up was nobody's ticket.", True),
        ("above-and-beyond", "beyond_scope", "The slow start-up was my ticket.", False),
        # Read from heldout68 after round 62: a slip feared, not had.
        (
            "deadline",
            "addresses_prompt",
            "I kept a fallback ready in case the new screen slipped.",
            False,
        ),
        ("deadline", "addresses_prompt", "The new screen slipped by a week.", True),
        # Read from heldout70 after round 64: a search left undone.
        (
            "failure",
            "addresses_prompt",
            "I renamed a column and did not search for the reports that used it.",
            True,
        ),
        (
            "failure",
            "addresses_prompt",
            "I renamed a column and searched for the reports that used it.",
            False,
        ),
        # Read from heldout71 after round 65: work given to nobody or done in one's own time; a
        # part on time and the rest later is the guide's own re-baselining.
        ("above-and-beyond", "addresses_prompt", "Nobody has assigned this, but I fix it.", True),
        ("above-and-beyond", "beyond_scope", "Nobody has assigned this, but I fix it.", True),
        ("above-and-beyond", "beyond_scope", "My lead has assigned this, so I fix it.", False),
        ("above-and-beyond", "beyond_scope", "It is worth an afternoon of my own time.", True),
        ("above-and-beyond", "addresses_prompt", "It is worth an afternoon of my time.", False),
        (
            "deadline",
            "rebaseline",
            "We delivered 220 beds on time and the last 80 four days later.",
            True,
        ),
        ("deadline", "rebaseline", "We delivered all 300 beds on time.", False),
        # Read from heldout72 after round 66: the job set out and nothing further expected; the big
        # fix taken over a workaround; what got the speaker to apply.
        (
            "above-and-beyond",
            "addresses_prompt",
            "My contract covered twelve hours a week, and nothing further, so the extra hour was unpaid.",
            True,
        ),
        (
            "above-and-beyond",
            "addresses_prompt",
            "My contract covered the extra hour as well.",
            False,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "It was simpler in one way, but it was the big proper fix rather than a workaround.",
            False,
        ),
        ("simple-solution", "addresses_prompt", "It was simpler than a workaround.", True),
        ("why-amazon", "addresses_prompt", "Hearing that is what got me to apply.", True),
        ("why-amazon", "addresses_prompt", "What I want now is the software side of that.", True),
        ("why-amazon", "addresses_prompt", "What I wanted then was the software side.", False),
        # Read from heldout73 after round 67: "small" said of the setting; a longer step before the
        # check left out.
        (
            "simple-solution",
            "addresses_prompt",
            "I'm the line lead at a small pickle cannery.",
            False,
        ),
        ("simple-solution", "addresses_prompt", "I wrote a small script instead.", True),
        ("simple-solution", "addresses_prompt", "The laser scanner stays in the catalogue.", True),
        ("simple-solution", "addresses_prompt", "The laser scanner stays in the workshop.", False),
        # Read from heldout75 after round 69: the costly thing backed after all; a small fortune; a
        # change made without running a test.
        (
            "simple-solution",
            "addresses_prompt",
            "It was simpler to ask, so I backed the conveyor scanner after all.",
            False,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "It was simpler to ask, so I backed the fix after all.",
            True,
        ),
        ("simple-solution", "addresses_prompt", "The whole thing cost a small fortune.", False),
        (
            "failure",
            "addresses_prompt",
            "I changed the flour without running a proper test batch.",
            True,
        ),
        (
            "failure",
            "addresses_prompt",
            "I changed the flour after running a proper test batch.",
            False,
        ),
        # Read from heldout76 after round 70: the costly platform kept, the job set out as two
        # things and no more.
        (
            "simple-solution",
            "addresses_prompt",
            "The platform stays, and the money goes to new heaters.",
            True,
        ),
        ("simple-solution", "addresses_prompt", "The platform stays down for an hour.", False),
        (
            "above-and-beyond",
            "addresses_prompt",
            "My job overnight is the desk and the locks.",
            True,
        ),
        ("above-and-beyond", "beyond_scope", "My job overnight is the desk and the locks.", True),
        (
            "above-and-beyond",
            "beyond_scope",
            "My job overnight is the desk and the locks, and anything guests need.",
            False,
        ),
        # Read from heldout80 after round 74: a date that held after all; the costly project put
        # off a year; not waiting for the party whose job it was; the warning told that same week.
        (
            "deadline",
            "addresses_prompt",
            "We missed the first date, but the beds went in before the open day, so the date held after all.",
            False,
        ),
        (
            "deadline",
            "addresses_prompt",
            "We missed the first date, and the beds went in late.",
            True,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "Leaks stopped, and the vault project moved to the next year.",
            True,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "Leaks stopped, and we moved to the next year.",
            False,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "I booked taxis myself, because waiting for the airline to sort it felt wrong.",
            True,
        ),
        ("above-and-beyond", "beyond_scope", "I was waiting for the courier to pick it up.", False),
        (
            "deadline",
            "owns_it",
            "That same week I told my director that September was no longer realistic.",
            True,
        ),
        ("deadline", "owns_it", "That same week the vendor told us it was late.", False),
        # Read from heldout79 after round 73: the other work done by another team; the narrow
        # task expected set out; a list not reconciled; the release manager; the cheap fix talked
        # down.
        (
            "above-and-beyond",
            "beyond_scope",
            "My role covers the patients' sessions, and transport is arranged by a separate team.",
            True,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "My role covers the patients' sessions on the unit.",
            False,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "My job is the line, and the manager expects me to just flag the allergens.",
            True,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "The manager expects me to flag the allergens.",
            False,
        ),
        (
            "failure",
            "addresses_prompt",
            "I took the numbers from the first guest list and did not reconcile it against the final list.",
            True,
        ),
        (
            "failure",
            "addresses_prompt",
            "I took the numbers from the first guest list and reconciled it against the final list.",
            False,
        ),
        (
            "deadline",
            "owns_it",
            "I was the release manager, responsible for the timeline.",
            True,
        ),
        (
            "deadline",
            "owns_it",
            "She was the release manager, responsible for the timeline.",
            False,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "The others want a cheap fix, but I talk them into a camera rig.",
            False,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "The others want a camera rig, but I talk them into a cheap fix.",
            True,
        ),
        # Read from heldout78 after round 72: a launch date said not to be fixed; the costly plan
        # dropped in the present; the new date taken to the clients in person; a test not done.
        (
            "tight-deadline",
            "addresses_prompt",
            "I had six weeks, with no fixed launch date, to finish before the store opened.",
            False,
        ),
        (
            "tight-deadline",
            "addresses_prompt",
            "I had six weeks, with a fixed launch date, to finish before the store opened.",
            True,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "Turnaround drops to a day, and the instructor drops the platform purchase.",
            True,
        ),
        ("simple-solution", "addresses_prompt", "Turnaround drops to a day.", False),
        (
            "deadline",
            "owns_it",
            "I put together a revised plan and take it to our three largest clients in person.",
            True,
        ),
        (
            "deadline",
            "owns_it",
            "The courier took it to our three largest clients in person.",
            False,
        ),
        (
            "failure",
            "addresses_prompt",
            "I sign off the batch without doing the breaking-strain test on each coil.",
            True,
        ),
        (
            "failure",
            "addresses_prompt",
            "I sign off the batch after doing the breaking-strain test on each coil.",
            False,
        ),
        # Read from heldout77 after round 71: a thing asked for on one day for another; time said
        # to be no constraint in more words.
        (
            "tight-deadline",
            "addresses_prompt",
            "On Tuesday the head of revenue asks for a fare comparison for a board meeting on Thursday.",
            True,
        ),
        (
            "tight-deadline",
            "addresses_prompt",
            "On Monday I asked the team what they needed, and on Friday we shipped it.",
            False,
        ),
        (
            "tight-deadline",
            "addresses_prompt",
            "We had a whole month to get the floor done before the store opened.",
            False,
        ),
        (
            "tight-deadline",
            "addresses_prompt",
            "We had a whole month's work to get done before the store opened.",
            True,
        ),
        (
            "tight-deadline",
            "addresses_prompt",
            "With no visit or launch date hanging over it, I finished before the store opened.",
            False,
        ),
        (
            "tight-deadline",
            "addresses_prompt",
            "With the launch date hanging over it, I finished before the store opened.",
            True,
        ),
        (
            "tight-deadline",
            "addresses_prompt",
            "Nothing was riding on any particular day, so I finished it overnight.",
            False,
        ),
        ("tight-deadline", "addresses_prompt", "Everything was riding on that day.", True),
        # Read from heldout74 after round 68: work said to be someone else's, or more than all anyone
        # asked for; the costly proposal recommended; a cross-check left out.
        (
            "above-and-beyond",
            "addresses_prompt",
            "Gate crashes are officially someone else's problem, so I fix them.",
            True,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "Gate crashes are officially someone else's problem.",
            True,
        ),
        ("above-and-beyond", "beyond_scope", "Gate crashes are officially my problem.", False),
        (
            "above-and-beyond",
            "addresses_prompt",
            "She stayed in her own home, which was all she wanted.",
            False,
        ),
        (
            "above-and-beyond",
            "addresses_prompt",
            "Fixing that one parser was all anyone asked for.",
            True,
        ),
        (
            "above-and-beyond",
            "addresses_prompt",
            "Fixing that one parser was what the user asked for.",
            False,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "Asked for a cheaper way, I recommended that the owner go ahead with the drying room.",
            False,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "Asked for a cheaper way, I recommended that the owner go ahead with the cheaper fix.",
            True,
        ),
        (
            "failure",
            "addresses_prompt",
            "I collected the forms but did not cross-check them against the register.",
            True,
        ),
        (
            "failure",
            "addresses_prompt",
            "I collected the forms and cross-checked them against the register.",
            False,
        ),
        (
            "failure",
            "addresses_prompt",
            "I chose a small solar panel based on summer sunlight figures and never checked the winter data.",
            True,
        ),
        (
            "failure",
            "addresses_prompt",
            "I chose a small solar panel based on summer sunlight figures and checked the winter data.",
            False,
        ),
        # Read from heldout81 after round 75: the step skipped, owned in the present.
        (
            "failure",
            "owns_it",
            "I skip the rehearsal because the change looks like last week's.",
            True,
        ),
        ("failure", "owns_it", "I run the rehearsal because the change looks new.", False),
        ("failure", "owns_it", "The vendor skips the rehearsal every time.", False),
        # Read from heldout82 after round 76: near misses counted since are what a check caught,
        # a close call is a near miss; another's docs wrong, or another said to have set one up, is
        # blame; "on my own I ..." and a job called simple set the scope.
        (
            "failure",
            "addresses_prompt",
            "I broke the build, and the new gate has stopped three other near misses since.",
            True,
        ),
        (
            "failure",
            "addresses_prompt",
            "I almost broke the build; looking back it was a close call.",
            False,
        ),
        (
            "failure",
            "owns_it",
            "I missed the step, and the supplier's manual was wrong too.",
            False,
        ),
        ("failure", "owns_it", "I missed the step, and my own manual was clear.", True),
        ("failure", "owns_it", "I missed the step; honestly the agency set us up to fail.", False),
        (
            "above-and-beyond",
            "beyond_scope",
            "My job was fairly simple: serve, clear and close.",
            True,
        ),
        ("above-and-beyond", "beyond_scope", "My job was to serve, clear and close.", False),
        (
            "above-and-beyond",
            "addresses_prompt",
            "So on my own I rang every regular that week.",
            True,
        ),
        ("above-and-beyond", "addresses_prompt", "So I rang every regular that week.", False),
        # Read from heldout83 after round 77: another's project told instead; the sign-off owned; a
        # release gone out with no issues at all; the costly proposal backed in full; what nobody
        # has asked for; the slip worked out, then told; how a customer felt is no blame.
        (
            "proudest",
            "addresses_prompt",
            "The project I'm proudest of is one my colleague Priya led.",
            False,
        ),
        (
            "proudest",
            "addresses_prompt",
            "The project I'm proudest of is one I led with my colleague Priya.",
            True,
        ),
        ("failure", "addresses_prompt", "I told the manager it was my sign-off.", True),
        ("failure", "addresses_prompt", "I told the manager it was his sign-off.", False),
        (
            "failure",
            "addresses_prompt",
            "I skipped the older versions, and the update went out with no issues at all.",
            False,
        ),
        (
            "failure",
            "addresses_prompt",
            "I skipped the older versions, and the update went out with no issues at all, but then the billing job failed.",
            True,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "A simpler option was on the table, but I backed the scanner proposal in full.",
            False,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "A simpler option was on the table, and I backed it over the scanner proposal.",
            True,
        ),
        (
            "above-and-beyond",
            "addresses_prompt",
            "I spot a slow screen, which nobody has asked me to look at.",
            True,
        ),
        (
            "above-and-beyond",
            "addresses_prompt",
            "I spot a slow screen, which my manager has asked me to look at.",
            False,
        ),
        (
            "deadline",
            "owns_it",
            "Even with overtime we'll be about a week late, and I ring the buyer.",
            True,
        ),
        (
            "deadline",
            "owns_it",
            "Even with overtime we'll be about a week late, and the buyer hears it from the supplier.",
            False,
        ),
        (
            "deadline",
            "owns_it",
            "I had promised the date, and the couple said they never felt in the dark.",
            True,
        ),
        ("deadline", "owns_it", "I had promised the date, and they never sent the proofs.", False),
        # Read from heldout84 after round 78: a near miss owned in the present; the slip told
        # against the first date; the delay owned; the costly thing recommended, going ahead.
        (
            "failure",
            "addresses_prompt",
            "I got the rate wrong, but it is a near miss that I have to own.",
            True,
        ),
        ("failure", "addresses_prompt", "I got the rate wrong, and it is a near miss.", False),
        (
            "deadline",
            "addresses_prompt",
            "The new stores joined three weeks after the initial date.",
            True,
        ),
        (
            "deadline",
            "addresses_prompt",
            "The new stores joined three weeks after the opening party.",
            False,
        ),
        ("failure", "addresses_prompt", "I told my supervisor that the delay was mine.", True),
        ("failure", "addresses_prompt", "I told my supervisor that the idea was mine.", False),
        (
            "simple-solution",
            "addresses_prompt",
            "A cheaper fix was possible, but I recommended going ahead with the planning software.",
            False,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "A cheaper fix was possible, so I recommended a printed chart instead of the planning software.",
            True,
        ),
        # Read from heldout85 after round 79: the whole scope set out; the work on the speaker's
        # list of jobs; a thing copied as another, and the mis- verbs of an entry gone wrong.
        (
            "above-and-beyond",
            "beyond_scope",
            "That's the whole scope: type in three years of entries so they're searchable.",
            True,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "That's the whole point: type in three years of entries so they're searchable.",
            False,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "So, as the list said, I set up the shelf every night.",
            False,
        ),
        ("above-and-beyond", "beyond_scope", "So I set up the shelf every night.", True),
        (
            "above-and-beyond",
            "beyond_scope",
            "Finishing it was on my list, so I stayed every evening.",
            False,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "Finishing it was on nobody's list, so I stayed every evening.",
            True,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "The dressings are really all that's on my list for him, so I stayed every evening.",
            True,
        ),
        (
            "failure",
            "addresses_prompt",
            "I transcribed a severe nut allergy as a dairy intolerance.",
            True,
        ),
        (
            "failure",
            "addresses_prompt",
            "I transcribed the requirements into the banqueting sheet.",
            False,
        ),
        ("failure", "addresses_prompt", "I mistyped the dose on the chart.", True),
        ("failure", "addresses_prompt", "I typed the dose on the chart.", False),
        # Read from heldout86 after round 80: no date yet, a visit some time in the next months;
        # the shift over, the rules' narrow ask; the fix "just" done, nothing else changed; the
        # people "informed" the same week.
        (
            "tight-deadline",
            "addresses_prompt",
            "Since there was no date yet, I worked the audit into normal shifts and rushed the last part.",
            False,
        ),
        (
            "tight-deadline",
            "addresses_prompt",
            "Since there was a date, I worked the audit into normal shifts and rushed the last part.",
            True,
        ),
        (
            "tight-deadline",
            "addresses_prompt",
            "The inspectors would visit sometime in the next six months, so we rushed the audit.",
            False,
        ),
        (
            "tight-deadline",
            "addresses_prompt",
            "The inspectors would visit in the next two days, so we rushed the audit.",
            True,
        ),
        (
            "tight-deadline",
            "addresses_prompt",
            "I shipped a rule overnight rather than wait for a patch that had no date yet.",
            True,
        ),
        # Read from heldout87 after round 81: ample time, months of notice; the sprint that only
        # asks for one thing, lunch breaks, what nobody asks for, the job set out with "'s"; the
        # slip chosen.
        (
            "tight-deadline",
            "addresses_prompt",
            "There was ample time to get it right, so we rushed nothing.",
            False,
        ),
        (
            "tight-deadline",
            "addresses_prompt",
            "There was barely time to get it right, so we rushed the audit.",
            True,
        ),
        (
            "tight-deadline",
            "addresses_prompt",
            "The repairs gave us about three months' notice, so we moved the patients in a rush.",
            False,
        ),
        (
            "tight-deadline",
            "addresses_prompt",
            "The repairs gave us about three days' notice, so we moved the patients in a rush.",
            True,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "The sprint only asks for that screen, but I keep seeing reviews about the freezes.",
            True,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "The sprint asks for that screen, and I keep seeing reviews about the freezes.",
            False,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "I profile the app on them during my lunch breaks.",
            True,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "I profile the app on them during my working hours.",
            False,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "After-school revision isn't something anyone asks us to do.",
            True,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "After-school revision is something everyone asks us to do.",
            False,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "My job's the lessons and the marking.",
            True,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "My job's the lessons and the marking, and the clubs.",
            False,
        ),
        (
            "deadline",
            "addresses_prompt",
            "I said I'd rather slip than ship an API we'd have to break later.",
            True,
        ),
        ("deadline", "addresses_prompt", "I said I'd rather ship than slip.", False),
        # Read from heldout88 after round 82: tried before committing, the costly rollout postponed;
        # the heavy thing others wanted; nothing on the sprint board, a few evenings; the rest pushed
        # to a later month; a change made without telling.
        (
            "simple-solution",
            "simpler_alternative",
            "Before committing to the handhelds, I watched the pickers for two days.",
            True,
        ),
        (
            "simple-solution",
            "simpler_alternative",
            "After committing to the handhelds, I watched the pickers for two days.",
            False,
        ),
        (
            "simple-solution",
            "simpler_alternative",
            "Head office postponed the handheld rollout for our store.",
            True,
        ),
        (
            "simple-solution",
            "simpler_alternative",
            "Head office announced the handheld rollout for our store.",
            False,
        ),
        (
            "simple-solution",
            "complexity",
            "My teammates wanted to train a model on historical GPS traces.",
            True,
        ),
        (
            "simple-solution",
            "complexity",
            "My teammates wanted to look at the historical GPS traces.",
            False,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "Nothing about it is on my sprint board, which is all search filters.",
            True,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "Everything about it is on my sprint board, which is all search filters.",
            False,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "I decide the freezes are worth a few evenings.",
            True,
        ),
        ("above-and-beyond", "beyond_scope", "I decide the freezes are worth a few hours.", False),
        (
            "deadline",
            "addresses_prompt",
            "We agreed to finish the audited systems and push the rest to mid-April.",
            True,
        ),
        (
            "deadline",
            "addresses_prompt",
            "We agreed to finish the audited systems and give the rest to Priya.",
            False,
        ),
        (
            "failure",
            "addresses_prompt",
            "I turned it on for all thirty-two vans the next Monday without telling the drivers.",
            True,
        ),
        (
            "failure",
            "addresses_prompt",
            "I turned it on for all thirty-two vans the next Monday after telling the drivers.",
            False,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "My shift was basically over, so I rang round six other places in town.",
            True,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "My shift was basically quiet, so I rang round six other places in town.",
            False,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "The rules said to just refer them to the helpline, so I rang round six places.",
            True,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "The rules said to refer them to the helpline, so I rang round six places.",
            False,
        ),
        ("simple-solution", "simpler_alternative", "So I just gave every route a colour.", True),
        ("simple-solution", "simpler_alternative", "So I gave every route a colour.", False),
        (
            "simple-solution",
            "why_safe",
            "We kept the numbers too, so nothing else had to change.",
            True,
        ),
        (
            "simple-solution",
            "why_safe",
            "We kept the numbers too, so everything else had to change.",
            False,
        ),
        (
            "deadline",
            "owns_it",
            "I informed the client's operations director that week and proposed a new date.",
            True,
        ),
        (
            "deadline",
            "owns_it",
            "The client's operations director was informed and a new date was proposed.",
            False,
        ),
        # Read from heldout90 after round 84: the time added, said.
        (
            "deadline",
            "rebaseline",
            "We agreed to add the third region after a one-week extension.",
            True,
        ),
        (
            "deadline",
            "rebaseline",
            "We agreed to add the third region after a one-week review.",
            False,
        ),
        (
            "deadline",
            "rebaseline",
            "I proposed running both systems in parallel for two extra weeks.",
            True,
        ),
        (
            "deadline",
            "rebaseline",
            "I proposed running both systems in parallel for two weeks.",
            False,
        ),
        ("deadline", "rebaseline", "I committed to ship the new one three weeks later.", True),
        ("deadline", "rebaseline", "I committed to ship the new one with a retrain.", False),
        # Read from heldout89 after round 83: a date months out is no tight deadline, the hour it
        # was needed by is; checking against; the news given straight; a split start; the job
        # set out as done "and move on".
        (
            "tight-deadline",
            "addresses_prompt",
            "The conference was nearly five months out when the deadline was set.",
            False,
        ),
        (
            "tight-deadline",
            "addresses_prompt",
            "The conference was nearly five days out when the deadline was set.",
            True,
        ),
        (
            "tight-deadline",
            "addresses_prompt",
            "At four the events team told us a party of 120 needed dinner at seven.",
            True,
        ),
        (
            "tight-deadline",
            "addresses_prompt",
            "At four the events team told us a party of 120 wanted dinner on the terrace.",
            False,
        ),
        (
            "tight-deadline",
            "safety",
            "I had one person checking allergy cards against the platters.",
            True,
        ),
        (
            "tight-deadline",
            "safety",
            "I had one person carrying allergy cards to the platters.",
            False,
        ),
        (
            "deadline",
            "owns_it",
            "I went to the chain's logistics manager and told him straight.",
            True,
        ),
        (
            "deadline",
            "owns_it",
            "I went to the chain's logistics manager and told him the plan.",
            False,
        ),
        ("deadline", "rebaseline", "I offered him a split start for the chilled lines.", True),
        ("deadline", "rebaseline", "I offered him a quick start for the chilled lines.", False),
        (
            "above-and-beyond",
            "beyond_scope",
            "My job is to drop pallets at the gate, get a signature and move on.",
            True,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "My job is to drop pallets at the gate, get a signature and check the load.",
            False,
        ),
        (
            "above-and-beyond",
            "addresses_prompt",
            "My job is to drop pallets at the gate, get a signature and move on.",
            True,
        ),
        (
            "above-and-beyond",
            "addresses_prompt",
            "My job is to drop pallets at the gate, get a signature and check the load.",
            False,
        ),
        # Read from heldout92 after round 86: the meeting it was due for moved to a later day; a
        # quiet week is when, not how fast.
        (
            "deadline",
            "addresses_prompt",
            "I suggested moving the board review to Monday, and he agreed.",
            True,
        ),
        (
            "deadline",
            "addresses_prompt",
            "I suggested holding the board review in the small room, and he agreed.",
            False,
        ),
        ("deadline", "rebaseline", "I suggested moving the board review to Monday.", True),
        (
            "deadline",
            "rebaseline",
            "I suggested holding the board review in the small room.",
            False,
        ),
        ("tight-deadline", "addresses_prompt", "It started in one quiet week in March.", False),
        ("tight-deadline", "addresses_prompt", "It had to be fixed in one week in March.", True),
        # Read from heldout93 after round 87: the job said to end there; the slip told with "I'd",
        # the cause said to be the speaker; late against an event, part of it pushed to the week
        # after.
        (
            "above-and-beyond",
            "addresses_prompt",
            "My job was stocking the shelves until six and that was it, but I stayed on.",
            True,
        ),
        (
            "above-and-beyond",
            "addresses_prompt",
            "My job was stocking the shelves until six and that was fine.",
            False,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "My job was stocking the shelves until six and that was it.",
            True,
        ),
        ("above-and-beyond", "beyond_scope", "My job was stocking the shelves until six.", False),
        (
            "failure",
            "addresses_prompt",
            "I'd moved the heater next to the shelf that week and never checked the labels.",
            True,
        ),
        (
            "failure",
            "addresses_prompt",
            "I'd moved the heater next to the shelf that week and then checked the labels.",
            False,
        ),
        ("failure", "addresses_prompt", "The root cause was me rushing the last step.", True),
        ("failure", "addresses_prompt", "The root cause was the supplier's last step.", False),
        (
            "deadline",
            "addresses_prompt",
            "The Spanish menu came out five days after the fair.",
            True,
        ),
        (
            "deadline",
            "addresses_prompt",
            "The Spanish menu came out five days before the fair.",
            False,
        ),
        ("deadline", "addresses_prompt", "We pushed the Spanish menu to the week after.", True),
        (
            "deadline",
            "addresses_prompt",
            "We pushed the Spanish menu to the top of the list.",
            False,
        ),
        ("deadline", "rebaseline", "We pushed the Spanish menu to the week after.", True),
        ("deadline", "rebaseline", "We pushed the Spanish menu to the top of the list.", False),
        # Read from heldout94 after round 88: the way in already shut when it was noticed.
        (
            "deadline",
            "addresses_prompt",
            "I only noticed on Monday, when the council's portal was already locked.",
            True,
        ),
        (
            "deadline",
            "addresses_prompt",
            "I only noticed on Monday, when the council's portal was already busy.",
            False,
        ),
        # Read from heldout95 after round 89: a move of weeks asked for, the work done before the
        # new date; more time seen to be needed; a release freeze; a new target; the rest committed
        # to by a later day; a single pattern; the big plan "brand-new", "a month of work"; work
        # watched as it ran; what the board cared about; a standing call for every case; the
        # finding told as the first person's work.
        (
            "deadline",
            "addresses_prompt",
            "We went to the auditors to ask for a three-week move.",
            True,
        ),
        (
            "deadline",
            "addresses_prompt",
            "We went to the auditors to ask for a three-week audit.",
            False,
        ),
        (
            "deadline",
            "addresses_prompt",
            "We closed every finding four days before the new date.",
            True,
        ),
        (
            "deadline",
            "addresses_prompt",
            "We closed every finding four days before the new year.",
            False,
        ),
        ("deadline", "early_risk", "It was pretty clear I needed at least three more weeks.", True),
        (
            "deadline",
            "early_risk",
            "It was pretty clear I needed at least three more people.",
            False,
        ),
        (
            "deadline",
            "early_risk",
            "About three weeks before the freeze, I ran it on real archives.",
            True,
        ),
        (
            "deadline",
            "early_risk",
            "About three weeks after the freeze, I ran it on real archives.",
            False,
        ),
        ("deadline", "rebaseline", "I posted a new target of February 20 on the tracker.", True),
        ("deadline", "rebaseline", "I posted a new version of the plugin on the tracker.", False),
        ("deadline", "rebaseline", "I commit to the last two regions by April 10.", True),
        ("deadline", "rebaseline", "I commit to the last two regions with care.", False),
        ("simple-solution", "simpler_alternative", "I added a hook with a single pattern.", True),
        ("simple-solution", "simpler_alternative", "I added a hook with a long pattern.", False),
        (
            "simple-solution",
            "simpler_alternative",
            "Rebuilds after a single edit took minutes.",
            False,
        ),
        ("simple-solution", "complexity", "Their plan was a brand-new render queue.", True),
        ("simple-solution", "complexity", "Their plan was a render queue.", False),
        ("simple-solution", "complexity", "That meant a month of work at least.", True),
        ("simple-solution", "complexity", "That meant a month of calm at least.", False),
        (
            "tight-deadline",
            "safety",
            "I tracked the lorries on the telematics screen all night.",
            True,
        ),
        (
            "tight-deadline",
            "safety",
            "I parked the lorries by the telematics office all night.",
            False,
        ),
        ("tight-deadline", "safety", "I went through each route with them before they left.", True),
        ("tight-deadline", "safety", "I went through each route after they left.", False),
        (
            "tight-deadline",
            "prioritization",
            "We only did the last year, since that was what the board cared about.",
            True,
        ),
        (
            "tight-deadline",
            "prioritization",
            "We only did the last year, since that was what the board asked about.",
            False,
        ),
        (
            "failure",
            "prevention",
            "I got the lab to call my phone directly for any critical value.",
            True,
        ),
        ("failure", "prevention", "I got the lab to call my phone directly that morning.", False),
        ("failure", "prevention", "I set up a folder structure with the year in each name.", True),
        ("failure", "prevention", "I set up a folder for the year.", False),
        (
            "why-amazon",
            "personal_example",
            "At the airline, I profiled cold start on old phones.",
            True,
        ),
        (
            "why-amazon",
            "personal_example",
            "At the airline, cold start was slow on old phones.",
            False,
        ),
        # Read from heldout96 after round 90: no time pressure; the big system pushed forward;
        # the work in early; "nice to have"; trialled, shadow mode; stock nobody wanted; adopted
        # as standard practice; a six-month wait; the full thing days later; the real cause; a
        # habit kept before promising; reporters asked to try it first; the first-person work.
        (
            "tight-deadline",
            "addresses_prompt",
            "We had a week to move them, at whatever pace suited us.",
            False,
        ),
        ("tight-deadline", "addresses_prompt", "We had to move them by six that evening.", True),
        (
            "simple-solution",
            "addresses_prompt",
            "To keep it simple for now, I pushed for the regional team's system to be brought forward.",
            False,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "I pushed for something simpler than the regional team's system.",
            True,
        ),
        (
            "failure",
            "addresses_prompt",
            "It was nearly a mistake, but I noticed the change, so I submitted in good time.",
            False,
        ),
        (
            "failure",
            "addresses_prompt",
            "I made a mistake with the calendar, but our marks arrived ten days early.",
            False,
        ),
        (
            "failure",
            "addresses_prompt",
            "I entered the wrong date, so our marks arrived ten days late.",
            True,
        ),
        (
            "tight-deadline",
            "prioritization",
            "We split the fields into required and nice to have.",
            True,
        ),
        (
            "tight-deadline",
            "prioritization",
            "We split the fields into required and easy to read.",
            False,
        ),
        ("simple-solution", "why_safe", "I trialled it on four vans for a week.", True),
        ("simple-solution", "why_safe", "I drove it to four depots in a week.", False),
        ("simple-solution", "why_safe", "I ran it in shadow mode for a week.", True),
        (
            "simple-solution",
            "why_safe",
            "I asked the people who'd reported the bug to try it before I closed anything.",
            True,
        ),
        (
            "simple-solution",
            "why_safe",
            "I asked the people who'd reported the bug to thank the contributor.",
            False,
        ),
        ("failure", "impact", "We ended up with a warehouse of patio sets nobody wanted.", True),
        ("failure", "impact", "We ended up with a warehouse of patio sets.", False),
        ("failure", "prevention", "The ward adopts it as standard practice the next month.", True),
        ("failure", "prevention", "The ward adopts a new name the next month.", False),
        ("deadline", "prevention", "The team adopted it as standard practice.", True),
        (
            "deadline",
            "prevention",
            "I now time myself on five papers before I promise any date.",
            True,
        ),
        ("deadline", "prevention", "I now time myself on five papers before lunch.", False),
        ("simple-solution", "complexity", "It means a six-month wait and a big install.", True),
        ("simple-solution", "complexity", "It means a short wait and a quick fit.", False),
        ("deadline", "rebaseline", "I offered the full thing about ten days later.", True),
        ("deadline", "rebaseline", "I offered the full thing that afternoon.", False),
        ("failure", "root_cause", "I found the real cause: we had no staging copy.", True),
        ("failure", "root_cause", "I found the real copy on the staging server.", False),
        (
            "simple-solution",
            "simpler_alternative",
            "I used a check the existing library already provided.",
            True,
        ),
        (
            "simple-solution",
            "simpler_alternative",
            "I used a check the new vendor would have sold us.",
            False,
        ),
        (
            "why-amazon",
            "personal_example",
            "So I mapped every step from prescription to discharge.",
            True,
        ),
        (
            "why-amazon",
            "personal_example",
            "So I pulled two months of traces and compared them.",
            True,
        ),
        (
            "why-amazon",
            "personal_example",
            "So every step from prescription to discharge was slow.",
            False,
        ),
        # Read from heldout97 after round 91: pride disowned in other words; the full rewrite
        # still gone ahead with; habits kept for prevention; the miss by a time or a soft opening
        # as a new plan; attempts that failed; a way back, a first place, a first customer; a
        # camera to bolt on, a six-week wait; left for last; the first-person work; what one
        # wants to bring; volunteers.
        (
            "proudest",
            "addresses_prompt",
            "It is not a project I feel any pride in, to be candid.",
            False,
        ),
        (
            "proudest",
            "addresses_prompt",
            "It is a project I feel real pride in, to be candid.",
            True,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "Rather than wait, I still went ahead with the full rewrite onto the new framework.",
            False,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "Instead of the full rewrite onto the new framework, I fixed one retry.",
            True,
        ),
        (
            "failure",
            "prevention",
            "I now read every order back against its contract before I confirm it.",
            True,
        ),
        (
            "failure",
            "prevention",
            "I read every order back against its contract before I confirmed it.",
            False,
        ),
        (
            "failure",
            "prevention",
            "Now, whenever I take a booking, I read it back.",
            True,
        ),
        (
            "deadline",
            "prevention",
            "So I now test against the new versions months ahead.",
            True,
        ),
        (
            "deadline",
            "prevention",
            "So I tested against the new versions that week.",
            False,
        ),
        (
            "deadline",
            "prevention",
            "Since then I keep a tracker for every venue.",
            True,
        ),
        (
            "deadline",
            "rebaseline",
            "I told them we would miss the date by about two weeks.",
            True,
        ),
        (
            "deadline",
            "rebaseline",
            "I told them we would miss the date.",
            False,
        ),
        (
            "deadline",
            "rebaseline",
            "We told them we'd be roughly a week late.",
            True,
        ),
        (
            "deadline",
            "rebaseline",
            "They went with the soft opening on the day.",
            True,
        ),
        (
            "failure",
            "impact",
            "About 8% of checkout attempts in that window failed.",
            True,
        ),
        (
            "failure",
            "impact",
            "About 8% of the test runs in that window passed.",
            False,
        ),
        (
            "simple-solution",
            "why_safe",
            "If the pickers slowed down, I could put it back the way it was.",
            True,
        ),
        (
            "simple-solution",
            "why_safe",
            "I rolled the change out to one build pool first.",
            True,
        ),
        (
            "simple-solution",
            "why_safe",
            "I rolled the change out to every build pool at once.",
            False,
        ),
        (
            "simple-solution",
            "why_safe",
            "I ask the manager to let one booked customer repeat their runs first.",
            True,
        ),
        (
            "simple-solution",
            "complexity",
            "My group wanted to bolt on a camera and some kind of vision model.",
            True,
        ),
        (
            "simple-solution",
            "complexity",
            "My group wanted to move the sensors apart.",
            False,
        ),
        (
            "simple-solution",
            "complexity",
            "Her idea is a recalibration that takes six weeks.",
            True,
        ),
        (
            "tight-deadline",
            "tradeoffs",
            "I started with the payment edges, leaving the internal dashboards for last.",
            True,
        ),
        (
            "tight-deadline",
            "tradeoffs",
            "I started with the payment edges and then the internal dashboards.",
            False,
        ),
        (
            "why-amazon",
            "personal_example",
            "I went through two years of sales data by hand.",
            True,
        ),
        (
            "why-amazon",
            "personal_example",
            "What changes it is a project where I take the bus timetables.",
            True,
        ),
        (
            "why-amazon",
            "personal_example",
            "Two years of sales data sat in a folder.",
            False,
        ),
        (
            "why-amazon",
            "add_value",
            "In the role I want to bring that habit of starting from the person.",
            True,
        ),
        (
            "why-amazon",
            "add_value",
            "In the role there is a habit of starting from the person.",
            False,
        ),
        (
            "above-and-beyond",
            "customer_impact",
            "More volunteers took on a second puppy.",
            True,
        ),
        # Read from heldout98 after round 92: a date weeks away; part by the original deadline and
        # the rest after; the slip by a time; work not part of the job, the job the normal one, no
        # time set aside; the big thing never needed; people out on the hill.
        (
            "tight-deadline",
            "addresses_prompt",
            "We had to have the front ready by the deadline, weeks away.",
            False,
        ),
        (
            "tight-deadline",
            "addresses_prompt",
            "We had to have the front ready by the deadline, two days away.",
            True,
        ),
        (
            "deadline",
            "addresses_prompt",
            "We completed thirty-four kilometres by the original deadline and the final six by February.",
            True,
        ),
        (
            "deadline",
            "addresses_prompt",
            "We completed thirty-four kilometres by the original deadline.",
            False,
        ),
        (
            "deadline",
            "rebaseline",
            "She chose keeping them and slipping by about a month.",
            True,
        ),
        (
            "deadline",
            "rebaseline",
            "She chose keeping them and shipping on the day.",
            False,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "My project was a report, and the invoice backlog was not part of it.",
            True,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "My project was a report, and the invoice backlog was part of it.",
            False,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "My job was the normal lessons, and there was no time set aside for practicals.",
            True,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "My job was the practicals, and there was time for them.",
            False,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "Queues fell, and the ticketing system was never needed.",
            True,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "Queues fell, and the ticketing system was needed anyway.",
            False,
        ),
        (
            "simple-solution",
            "simpler_alternative",
            "Queues fell, and the ticketing system was never needed.",
            True,
        ),
        (
            "above-and-beyond",
            "customer_impact",
            "Ski tourers kept saying the bulletin was too long.",
            True,
        ),
        (
            "above-and-beyond",
            "customer_impact",
            "The forecasters kept saying the bulletin was too long.",
            False,
        ),
        # Read from heldout99 after round 93: a check not done; the thing moved by a time or some
        # time later; the cause looked into.
        (
            "failure",
            "addresses_prompt",
            "At handover I didn't reassess him after the sedative.",
            True,
        ),
        (
            "failure",
            "addresses_prompt",
            "At handover I reassessed him after the sedative.",
            False,
        ),
        (
            "deadline",
            "rebaseline",
            "I proposed moving the hearing by a month.",
            True,
        ),
        (
            "deadline",
            "rebaseline",
            "I suggested moving the new site two weeks later.",
            True,
        ),
        (
            "deadline",
            "rebaseline",
            "I proposed moving the hearing to a bigger room.",
            False,
        ),
        (
            "failure",
            "root_cause",
            "When I looked into it, the sheet had no prompt for it.",
            True,
        ),
        (
            "failure",
            "root_cause",
            "When I looked at the sheet, it had no prompt for it.",
            False,
        ),
        # Read from heldout100 after round 94.
        (
            "tight-deadline",
            "addresses_prompt",
            "The deadline was sometime that quarter, whenever it fitted around other work.",
            False,
        ),
        ("tight-deadline", "addresses_prompt", "The lead said to get it done that day.", True),
        (
            "simple-solution",
            "complexity",
            "The head wants a booking system, which IT says will take a term to build.",
            True,
        ),
        (
            "simple-solution",
            "complexity",
            "Someone suggested a barcode system for the returns.",
            True,
        ),
        (
            "simple-solution",
            "complexity",
            "Management had been quoted a fortune for a second lift.",
            True,
        ),
        (
            "simple-solution",
            "complexity",
            "Someone suggested a coloured sticker for the returns.",
            False,
        ),
        ("simple-solution", "why_safe", "I rolled it out to a quarter of the fleet first.", True),
        ("simple-solution", "why_safe", "I rolled it out to the whole fleet at once.", False),
        ("above-and-beyond", "beyond_scope", "All I'm asked to do is share my notes.", True),
        ("above-and-beyond", "addresses_prompt", "All I'm asked to do is share my notes.", True),
        ("above-and-beyond", "beyond_scope", "I share my notes after each lecture.", False),
        (
            "deadline",
            "early_risk",
            "By the halfway point I could see that staff were not coming.",
            True,
        ),
        (
            "deadline",
            "early_risk",
            "Midway through, I found a tenth of the rows were missing.",
            True,
        ),
        (
            "deadline",
            "early_risk",
            "By the final day I could tell that staff were not coming.",
            False,
        ),
        ("deadline", "rebaseline", "I rang the printer and moved us to their next slot.", True),
        ("deadline", "rebaseline", "I present it one week later at a smaller meeting.", True),
        ("deadline", "rebaseline", "I present it at a smaller meeting.", False),
        ("tight-deadline", "safety", "We weren't packing people in unsafely.", True),
        ("tight-deadline", "safety", "We weren't packing people in slowly.", False),
        (
            "tight-deadline",
            "prioritization",
            "It's a change I don't want to make now, so I park it.",
            True,
        ),
        ("tight-deadline", "prioritization", "It's a change I don't want to make now.", False),
        (
            "failure",
            "root_cause",
            "I scheduled two sessions back to back without checking the recovery time.",
            True,
        ),
        ("failure", "root_cause", "I scheduled two sessions back to back.", False),
        ("why-amazon", "role_fit", "At Amazon I'd want to work on developer tools.", True),
        ("why-amazon", "role_fit", "At Amazon I'd want to learn a lot.", False),
        # Read from heldout101 after round 95: a thing moved back some weeks, a delivery split;
        # the heavy thing wanted or planned told in the present, or what it "means" in months.
        ("deadline", "rebaseline", "I propose moving the series back three weeks.", True),
        ("deadline", "rebaseline", "I propose moving the series to the big studio.", False),
        ("deadline", "rebaseline", "I proposed splitting the delivery into two parts.", True),
        ("deadline", "rebaseline", "I proposed splitting the work between two of us.", False),
        (
            "deadline",
            "rebaseline",
            "We talked about splitting the release, but I kept the whole thing on the date.",
            False,
        ),
        ("above-and-beyond", "customer_impact", "People with diabetes left with no insulin.", True),
        ("above-and-beyond", "customer_impact", "Boxes with no labels left the freezer.", False),
        # Read from heldout102 after round 96: months given to prepare are no tight deadline, a
        # booking months ahead by others is no plan of the speaker's; "this was on me", a thing
        # approved "without a summer test"; part on the date and the rest once ready, unless it
        # is a fallback kept "just in case".
        (
            "tight-deadline",
            "addresses_prompt",
            "The head needed a classroom ready in the hall by the first day of term, which gave me"
            " three days to prepare.",
            True,
        ),
        (
            "tight-deadline",
            "addresses_prompt",
            "The head needed a classroom ready in the hall by the first day of term, which gave me"
            " about three months to prepare.",
            False,
        ),
        (
            "tight-deadline",
            "addresses_prompt",
            "I had until six that evening to get rooms ready, unlike most groups who book months"
            " ahead.",
            True,
        ),
        (
            "tight-deadline",
            "addresses_prompt",
            "I had until six that evening to get rooms ready, and they had booked months ahead.",
            False,
        ),
        # Read from heldout103 after round 97: the decision owned in the pluperfect, a word between.
        (
            "failure",
            "addresses_prompt",
            "I told the team that it had been my design decision.",
            True,
        ),
        (
            "failure",
            "addresses_prompt",
            "I told the team that it had been a design decision.",
            False,
        ),
        ("failure", "addresses_prompt", "I told my manager that this was on me.", True),
        ("failure", "addresses_prompt", "I told my manager that this was up to me.", False),
        (
            "failure",
            "addresses_prompt",
            "I told my manager I'd approved the box without a summer test.",
            True,
        ),
        (
            "failure",
            "addresses_prompt",
            "I told my manager I'd approved the box after a summer test.",
            False,
        ),
        (
            "deadline",
            "rebaseline",
            "I propose that we launch on the date with a web page, and switch to the native flow"
            " once it's finished.",
            True,
        ),
        (
            "deadline",
            "rebaseline",
            "I propose a fallback, the core tables on time and the breakdown after, just in case.",
            False,
        ),
        (
            "deadline",
            "rebaseline",
            "I propose shipping grading for bodies first and sleeves after the show.",
            True,
        ),
        (
            "deadline",
            "rebaseline",
            "I propose shipping grading for bodies and sleeves at the show.",
            False,
        ),
        (
            "tight-deadline",
            "prioritization",
            "I sort the hosts by how much traffic they carry.",
            True,
        ),
        ("tight-deadline", "prioritization", "I sort the hosts into a spreadsheet.", False),
        ("failure", "impact", "About 3,000 parcels went to the wrong depot.", True),
        ("failure", "impact", "About 3,000 parcels went to the depot.", False),
        ("failure", "impact", "Next-day deliveries ended up arriving days late.", True),
        ("failure", "impact", "Next-day deliveries ended up arriving that evening.", False),
        ("simple-solution", "complexity", "The director wants to buy a scheduling platform.", True),
        ("simple-solution", "complexity", "The director wants to buy a new kettle.", False),
        ("simple-solution", "complexity", "My mentor's plan was a machine-learning model.", True),
        ("simple-solution", "complexity", "My mentor's plan was a quick look at the data.", False),
        (
            "simple-solution",
            "complexity",
            "Everyone likes a larger model, which means new GPUs and about two months.",
            True,
        ),
        (
            "simple-solution",
            "complexity",
            "Everyone likes a larger model, which means new GPUs and better scores.",
            False,
        ),
        # Read from heldout104 after round 98: the cost said plainly; the smaller idea passed over;
        # a group's responsibility; nobody expecting more; a slip told after commas; options laid
        # out for a late date; a whole list called to warn them.
        (
            "simple-solution",
            "complexity",
            "The vendor's fix was on the table, which would cost a lot and take months.",
            True,
        ),
        (
            "simple-solution",
            "complexity",
            "The vendor's fix was on the table, which would look a lot nicer.",
            False,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "I looked at a smaller cron tweak, but I decided the event bus the architects drew was neater.",
            False,
        ),
        (
            "simple-solution",
            "addresses_prompt",
            "I looked at a cheaper filter, but I decided the cheaper filter was enough.",
            True,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "Although the garden was the caretakers' responsibility, I fixed the gate myself.",
            True,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "Although the garden was the caretakers' favourite place, I fixed the gate myself.",
            False,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "No one expected anything of me but keeping the till balanced.",
            True,
        ),
        ("above-and-beyond", "beyond_scope", "No one expected the storm to hit so early.", False),
        (
            "above-and-beyond",
            "beyond_scope",
            "My job covered the till and the stockroom, and nothing more.",
            True,
        ),
        (
            "failure",
            "addresses_prompt",
            "I loaded the van from memory, ticked the sheet anyway, and did not check the crates.",
            True,
        ),
        (
            "failure",
            "addresses_prompt",
            "I loaded the van, drove to the fair, and never had to check the crates.",
            False,
        ),
        (
            "deadline",
            "rebaseline",
            "I offered the client two options: a partial handover on Friday or the full set on Tuesday.",
            True,
        ),
        ("deadline", "rebaseline", "I offered the client a coffee while we waited.", False),
        (
            "deadline",
            "stakeholders",
            "I call every family on the waiting list to warn them the start is slipping.",
            True,
        ),
        ("deadline", "stakeholders", "I sort the waiting list by the start date.", False),
        # Read from heldout105 after round 99: the part "normally just" one thing; work told as
        # what one does for anyone; a price in round thousands, "a huge job"; a rule the unit
        # adopted, the habit kept "only" or before the thing goes out; a delay asked for.
        (
            "above-and-beyond",
            "beyond_scope",
            "My part is normally just reviewing pull requests for the date handling.",
            True,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "My part is normally reviewing pull requests for the date handling.",
            False,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "Technically, discharge planning was the OT team's; I kept his routine, the same as I would for anyone.",
            False,
        ),
        (
            "above-and-beyond",
            "beyond_scope",
            "Technically, discharge planning was the OT team's; I kept his routine, the same as the day before.",
            True,
        ),
        (
            "simple-solution",
            "complexity",
            "The simulator package had the routes built in, but it cost thousands.",
            True,
        ),
        ("simple-solution", "complexity", "The simulator package had the routes built in.", False),
        (
            "simple-solution",
            "complexity",
            "The owner wanted to knock through into the gym, which was a huge job.",
            True,
        ),
        (
            "simple-solution",
            "complexity",
            "The owner wanted to knock through into the gym, which was a huge room.",
            False,
        ),
        (
            "failure",
            "prevention",
            "I proposed, and the unit adopted, a rule that no count is signed during a lockdown.",
            True,
        ),
        (
            "failure",
            "prevention",
            "I proposed, and the unit discussed, a count during a lockdown.",
            False,
        ),
        ("failure", "prevention", "I now only sign for what I have counted myself.", True),
        ("failure", "prevention", "I now sign for the night shift as well.", False),
        (
            "failure",
            "prevention",
            "I now try to break any sale setup myself before it goes live.",
            True,
        ),
        (
            "deadline",
            "rebaseline",
            "I asked for a three-week delay for those two branches only.",
            True,
        ),
        ("deadline", "rebaseline", "I asked for a three-week rota for those two branches.", False),
    ],
)
def test_elements_heard_in_general_slots(guide, prompt, element, said, found):
    assert rubric.element([said], _element(guide, prompt, element)).found is found


def test_a_spare_week_only_estimated_is_no_deadline_met(guide):
    # Read from heldout100 after round 94: "with a week to spare" said of an estimate.
    e = _element(guide, "deadline", "addresses_prompt")
    missed = "Three weeks out I told him we'd miss the date."
    estimate = "I'd told my manager I could hit that date with a week to spare."
    assert rubric.element([estimate, missed], e).found
    assert not rubric.element(["We hit that date with a week to spare.", missed], e).found


@pytest.mark.parametrize(
    ("said", "owns"),
    [
        ("I booked the coach for the wrong day of the trip.", True),
        ("I fitted the shelf upside down.", True),
        ("The shelf was fitted upside down.", False),
        # Read from heldout34 after round 28: the decision that "had been mine"; "me included".
        ("I told the owner that the decision to keep flying had been mine.", True),
        ("I told the owner that the decision to keep flying had been his.", False),
        ("Nobody, me included, checked the version before it went out.", True),
        ("Nobody checked the version before it went out.", False),
        # Read from heldout33 after round 27: the plan owned in the present, the cause as "me".
        ("I'm the lead, so the plan and the promises are mine.", True),
        ("I'm the lead, so the plan and the promises are clear.", False),
        ("Looking back, the root cause is me agreeing to a scope we couldn't build.", True),
        ("Looking back, the root cause is a scope we couldn't build.", False),
        # Read from heldout32 after round 26: the slip told with "I've" or "I'd".
        ("I realise I've ordered the wrong size of tiles for the whole floor.", True),
        ("I realise I've ordered the right size of tiles for the whole floor.", False),
        ("I let the invoices pile up for a month.", True),
        ("I'm the one who sent the draft before it was checked.", True),
        ("I'm the one who has to check the drafts now.", False),
        # The sixth probe part's ways (bench/probes-sixth.yaml, read once a seventh part took its
        # place), said afresh, each beside a twin.
        ("I booked two vans onto the same site that morning.", True),
        ("I booked two vans for the site that morning.", False),
        ("I told the families the wrong start time.", True),
        ("I told the families the start time.", False),
        ("I read the delivery schedule wrong.", True),
        ("I read the delivery schedule twice.", False),
        ("I let the staff go home before counting the till.", True),
        ("I let the staff go home after counting the till.", False),
        ("I badly underestimated the migration.", True),
        ("I nearly underestimated the migration.", False),
        ("I signed off the plans without noticing the missing calculation.", True),
        ("I signed off the plans after noticing the missing calculation.", False),
        ("I blamed myself for the mix-up.", True),
        ("I organised the whole fun run by myself.", False),
        ("I'm the one who sent the cashiers home early.", True),
        ("I'm the one who trained the new cashiers.", False),
        ("I sat on the refund request for two weeks.", True),
        ("I sat on the committee for two years.", False),
        ("I never upgraded the tills like I'd promised.", True),
        ("I upgraded the tills on the first day.", False),
        # Read from heldout46 after round 40: a step never tried, a check run only on one's own kit.
        ("I never tried the slides on the venue's projector.", True),
        ("I tried the slides on the venue's projector.", False),
        ("I only ever ran the script on my own laptop.", True),
        ("I ran the script on the shared server.", False),
        # Read from heldout50 after round 44: the root cause traced to one's own work; a delay that
        # came from one's own change.
        ("In the review I traced the root cause to my treating the schema as private.", True),
        ("In the review I traced the root cause to a schema everyone treated as private.", False),
        ("The note said plainly that the delay came from my change.", True),
        ("The note said plainly that the delay came from a change upstream.", False),
        # Read from heldout52 after round 46: responsibility taken in the past; the check made in
        # place of the full one.
        ("I took responsibility in the incident channel the same morning.", True),
        ("I took notes in the incident channel the same morning.", False),
        ("I tested it against a single day of data rather than a full week.", True),
        ("I tested it against a full week of data as well as a single day.", False),
    ],
)
def test_errors_owned_in_the_fifth_probe_parts_ways(guide, said, owns):
    assert rubric.element([said], _element(guide, "failure", "owns_it")).found is owns


@pytest.mark.parametrize(
    ("prompt", "element", "sentences", "found"),
    [
        # Read from heldout106 after round 100: a duty set out ("it's on me to make sure ...") tells no
        # failure; a check left out after another step owns one; a project told as a normal job,
        # or as none the speaker is prouder of than the others, is no proudest project.
        (
            "failure",
            "addresses_prompt",
            ["It's on me to make sure everyone knows the safety rules before they start."],
            False,
        ),
        ("failure", "addresses_prompt", ["It was on me, the mix-up over the safety rules."], True),
        (
            "failure",
            "owns_it",
            [
                "The kit sits in the locker.",
                "I relied on the last shift's count and did not open the sealed box.",
            ],
            True,
        ),
        (
            "failure",
            "owns_it",
            [
                "The kit sits in the locker.",
                "I relied on the last shift's count and did not need to open the box.",
            ],
            False,
        ),
        (
            "proudest",
            "addresses_prompt",
            ["My proudest job is a treehouse for a family.", "Honestly, it's a normal job for us."],
            False,
        ),
        (
            "proudest",
            "addresses_prompt",
            [
                "My proudest job is a treehouse for a family.",
                "Honestly, it's a normal garden for us.",
            ],
            True,
        ),
        (
            "proudest",
            "addresses_prompt",
            ["I'm proud of the build.", "I don't really have one I'm prouder of than the others."],
            False,
        ),
        (
            "proudest",
            "addresses_prompt",
            [
                "I'm proud of the build.",
                "I'll just describe a fairly standard job from last summer.",
            ],
            False,
        ),
        # ... and a deadline re-baselined as a month proposed, the rest that "would follow the
        # next day", the first part "on the original date and showing" the rest otherwise.
        (
            "deadline",
            "rebaseline",
            ["I told the director June was not happening, and I proposed mid-August."],
            True,
        ),
        (
            "deadline",
            "rebaseline",
            ["I told the director June was not happening, and I proposed a meeting in August."],
            False,
        ),
        (
            "deadline",
            "rebaseline",
            ["I told the clubs the morning results would follow the next day."],
            True,
        ),
        (
            "deadline",
            "rebaseline",
            ["I told the clubs the morning results would be checked twice."],
            False,
        ),
        (
            "deadline",
            "rebaseline",
            [
                "I proposed shipping the sound gauges on the original date and showing the other six as readings."
            ],
            True,
        ),
        # ... and the people served named as households.
        ("above-and-beyond", "customer_impact", ["Retest bookings from households doubled."], True),
        ("above-and-beyond", "customer_impact", ["Retest bookings from the lab doubled."], False),
    ],
)
def test_read_from_heldout106_after_round_100(guide, prompt, element, sentences, found):
    assert rubric.element(sentences, _element(guide, prompt, element)).found is found


@pytest.mark.parametrize(
    ("said", "in_scope"),
    [
        # Read from heldout106 after round 100: work told as all part of the job, or as what the
        # owner asked for, lies inside it.
        ("On my breaks I topped up the water bowls, which was all part of the job.", True),
        ("None of it was part of the job, but I carried the sacks to the barn.", False),
        ("I passed questions on, which is what the owner had asked us to do.", True),
        ("I passed questions on, which is what the visitors had asked us about.", False),
    ],
)
def test_work_told_as_part_of_the_job_is_in_scope(said, in_scope):
    assert rubric.FAMILIES["in_scope"](said) is in_scope
