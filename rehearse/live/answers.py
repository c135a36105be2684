"""One run's answers, from the first prompt to the last follow-up: what `practice` and `interview`
share. The model is loaded once per run; each answer is shown, counted down, captured into a
recording of its own and transcribed by a Worker of its own (a Worker is single-use: finish() ends
its thread), around the run's one Transcriber. The worker of an answer is always stopped and
waited for before the answer returns, whatever ended it (see worker.py).

Ctrl-C during the countdown cancels (130); during an answer it ends the answer, which is kept and
reported; a second one during the analysis abandons it, keeping the recording (130). A fault
(clipping, a lost device, a save that failed) is exit status 2. Any of these ends the run: the
answers stored so far stay stored, and the lines say which.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from functools import partial

from ..errors import EXIT_BAD_INPUT, EXIT_INTERRUPTED, EXIT_OK, RehearseError

UNFINISHED_SHOWN = 3  # unfinished recordings named one per line before "... and N more"


@dataclass
class Answered:
    """What one answer left: its exit status, its report and JSON document, its attempt id."""

    status: int
    report: object | None = None  # analysis.Report
    data: dict | None = None  # the JSON document as stored, with practice.attempt set
    attempt: int | None = None

    @property
    def stored(self) -> bool:
        """Analysed without a fault and kept: the run may go on."""
        return self.status == EXIT_OK and self.attempt is not None


class Inputs:
    """Where a run's answers come from: the microphone for each one, or the files given, in order
    (main answers from `files`, follow-ups from `follow_up_files`)."""

    def __init__(self, device, files: list[str], follow_up_files: list[str], speed: float | None):
        self.device = device
        self.live = not files and not follow_up_files  # at the microphone
        self.speed = 1.0 if speed is None else speed
        self._files = [self._file(f) for f in files]
        self._follow_ups = [self._file(f) for f in follow_up_files]

    def _file(self, path: str):
        """A file source, opened now: a file that is not audio fails before the model loads."""
        from .sources import FileSource

        source = FileSource(path, self.speed)
        source.open()
        return source

    def check(self) -> None:
        """At the microphone: fail now on a missing device or PortAudio, not after the prompt."""
        if self.live:
            self._mic()

    def _mic(self):
        """A fresh microphone source (a stopped one stays stopped), checked."""
        from .sources import MicSource

        source = MicSource(self.device)
        source.check()
        return source

    def main(self):
        """The source of the next main answer; None when the files given are used up."""
        if self.live:
            return self._mic()
        return self._files.pop(0) if self._files else None

    def follow_up(self):
        """The source of the next follow-up answer; None when the files given are used up."""
        if self.live:
            return self._mic()
        return self._follow_ups.pop(0) if self._follow_ups else None

    def close(self) -> None:
        """Release the files that were never played."""
        for source in self._files + self._follow_ups:
            source.close()


def settings(args):
    """The endpointing thresholds: the options given, the defaults for the rest."""
    from .endpointer import Endpointing

    defaults = Endpointing()
    return Endpointing(
        silence_s=args.silence or defaults.silence_s,
        max_length_s=args.max_length or defaults.max_length_s,
        no_speech_timeout_s=args.no_speech_timeout or defaults.no_speech_timeout_s,
    )


def offer_unfinished(left, folder, err) -> None:
    """Name the recordings killed runs left, and how to keep them."""
    for u in left[-UNFINISHED_SHOWN:]:
        err.print(f"note: {u.message()}", highlight=False, soft_wrap=True)
    if len(left) > UNFINISHED_SHOWN:
        err.print(
            f"note: ... and {len(left) - UNFINISHED_SHOWN} older unfinished recordings in {folder}",
            highlight=False,
            soft_wrap=True,
        )


def merge(data: dict, extra: dict) -> None:
    """Add the run's links (practice.parent, interview.session ...) to an answer's document."""
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(data.get(key), dict):
            data[key].update(value)
        else:
            data[key] = value


class Run:
    """The answers of one command: its options, the guide, the data directory, the one model."""

    def __init__(self, args, guide, root, out, err, live: bool):
        from ..models import DEFAULT_MODEL

        self.args = args
        self.guide = guide
        self.root = root
        self.out = out
        self.err = err
        self.ui = err if args.json else out  # --json keeps stdout for the document
        self.live = live  # at the microphone: count down, watch Enter
        self.model = args.model or DEFAULT_MODEL
        self.transcriber = None  # loaded by the first answer's worker, reused by the others
        self.stored: list[int] = []  # attempt ids stored so far, in order
        self.panel_on = False  # the live panel is drawn: status lines go through its console
        self.quiet: ExitStack | None = None  # how Ctrl-C was heard before this answer

    def kept(self) -> str:
        """ "; attempts 1, 2 are stored" once something is: said when a later answer ends early."""
        if not self.stored:
            return ""
        if len(self.stored) == 1:
            return f"; attempt {self.stored[0]} is stored"
        return f"; attempts {', '.join(map(str, self.stored))} are stored"

    def answer(self, prompt, source, show: Callable, extra: dict, brief: str | None = None):
        """Show the question, count down, record and analyse one answer against `prompt`, store
        it with `extra` merged into its JSON, print its report (in full, or the short one titled
        `brief`); the Answered. A RehearseError says what went wrong in one line."""
        from .worker import Worker

        self._hear_ctrl_c()  # the answer before stayed deaf to it until its output was done
        worker = Worker(self.model, self.transcriber)
        worker.start()  # the model loads (the first time) while the question is read
        try:
            show(self.ui)
            return self._ready(prompt, source, worker, extra, brief)
        finally:
            worker.stop()
            source.close()
            # Ctrl-C stays ignored until the next answer starts (or the process exits), so what
            # the run says last is said in full: heard again here, a second Ctrl-C added a bare
            # "interrupted" under the line that named what was kept, and once the attempt was
            # stored it ended the run before its JSON was printed (both seen in CI).

    def _ready(self, prompt, source, worker, extra, brief) -> Answered:
        """The countdown and the model, then the answer into a recording created for it."""
        from ..store import RECORDINGS_DIR
        from . import panel
        from .recordings import claim

        try:
            if self.live and sys.stdin.isatty():
                panel.countdown(self.ui)
            worker.wait_ready()
        except KeyboardInterrupt:
            print(f"rehearse: cancelled; nothing was recorded{self.kept()}", file=sys.stderr)
            return Answered(EXIT_INTERRUPTED)
        self.transcriber = worker.transcriber
        held = claim(self.root / RECORDINGS_DIR, prompt.id)  # exclusive: never another run's file
        try:
            return self._record(prompt, source, worker, held, extra, brief)
        finally:
            held.release()  # removed if it holds no audio; else kept until stored

    def _record(self, prompt, source, worker, held, extra, brief) -> Answered:
        """Capture and analyse the answer, store it, print its report."""
        from .capture import Session
        from .endpointer import Endpointer
        from .recordings import keep_command
        from .worker import hear_one_ctrl_c

        def started(path) -> None:
            # Under the live panel, through its console: Rich prints the line above the panel.
            # Written to stderr behind the panel's back it vanished and left a torn box behind.
            console = self.ui if self.panel_on else self.err
            console.print(f"recording to {path}", highlight=False, soft_wrap=True)

        session = Session(
            source, Endpointer(settings(self.args)), worker, held.path, started, held.writer
        )
        kept = f"the recording is kept at {held.path}: `{keep_command(held.path, prompt.id, self.root)}`"
        self.quiet = hear_one_ctrl_c()  # one Ctrl-C abandons the analysis; none after it counts
        try:
            outcome = self._listen(session, prompt)
            if outcome is None:
                self._settle()
                print(
                    f"rehearse: stopped before you spoke; nothing was recorded{self.kept()}",
                    file=sys.stderr,
                )
                return Answered(EXIT_INTERRUPTED)
            # The JSON document too: a Ctrl-C that lands once the analysis is done but before the
            # attempt is stored must still name the recording it leaves behind.
            data = document(outcome)
            merge(data, extra)
            self._settle()
        except KeyboardInterrupt:  # a second Ctrl-C, while analyzing: the recording stays
            self._settle()
            return self._abandoned(held, "interrupted while analyzing; " + kept + " keeps it")
        except RehearseError as e:
            if session.write_failed or not held.writer.frames:
                raise
            raise RehearseError(f"{e}; {kept} keeps what was heard") from None
        return self._keep(outcome, data, prompt, brief)

    def _settle(self) -> None:
        """Ctrl-C does nothing from here until the next answer starts: what this one will say is
        decided (stored, or abandoned with its recording named), and a later Ctrl-C used to land
        in the wait for the transcriber's last decode and end the run with a bare "interrupted"
        under the line that named the recording (seen in CI)."""
        from .worker import deafen

        deafen()

    def _hear_ctrl_c(self) -> None:
        """Ctrl-C is heard as before the last answer (the next answer of the run ends on it)."""
        if self.quiet is not None:
            self.quiet.close()
            self.quiet = None

    def _keep(self, outcome, data, prompt, brief) -> Answered:
        """Store the analysed answer (its JSON document: data) and print its report; a failed
        save still prints it. Ctrl-C is already ignored (`_settle`): the store is quick and a
        stored attempt is always named."""
        from .recordings import save_attempt

        failed = None
        story = getattr(self.args, "story", None)
        try:
            attempt = save_attempt(
                data, outcome.path, self.root, prompt.id, story, outcome.report.model
            )
        except RehearseError as e:  # the report is printed all the same: the analysis was done
            attempt, failed = None, e
        data["practice"]["attempt"] = attempt
        if attempt is not None:  # the WAV is gone once stored: name what stays
            outcome.report.source_path = f"attempt {attempt} (rehearse replay {attempt})"
        self._print(outcome.report, brief)
        if failed is not None:
            print(f"rehearse: {failed}", file=sys.stderr)
            return Answered(EXIT_BAD_INPUT, outcome.report, data, None)
        self.stored.append(attempt)
        self.err.print(
            f"stored as attempt {attempt} in {self.root} (rehearse replay {attempt})",
            highlight=False,
            soft_wrap=True,
        )
        for fault in outcome.faults:
            print(f"rehearse: {fault}", file=sys.stderr)
        status = EXIT_BAD_INPUT if outcome.faults else EXIT_OK
        return Answered(status, outcome.report, data, attempt)

    def _print(self, report, brief: str | None) -> None:
        """The report on the terminal: in full, or the short one of a follow-up (not with --json)."""
        if self.args.json:
            return
        if brief is None:
            from ..report import render

            render(report, self.out)
        else:
            from . import panel

            panel.brief(report, brief, self.out)

    def _listen(self, session, prompt):
        """Capture with Ctrl-C (and Enter, at a terminal) ending the answer instead of the
        program, then analyze; None when stopped before the answer started."""
        from . import panel
        from .capture import analyze_session, stop_on_interrupt

        with stop_on_interrupt(session), session.source:
            panel.listening(self.err, session.endpointer.settings)
            if sys.stdin.isatty():
                panel.watch_enter(session)
            if self.out.is_terminal and not self.args.json:
                self.panel_on = True
                session.panel = True
                session.preview = True  # the panel follows speech, not only closed windows
                try:
                    with panel.live_panel(session, prompt, self.ui, self.guide):
                        session.capture()
                finally:
                    self.panel_on = False
            else:
                session.capture()
        panel.ended(self.err, session.endpointer)
        outcome = analyze_session(session, self.guide, prompt)  # a second Ctrl-C lands here
        return None if outcome.report is None else outcome

    def _abandoned(self, held, message: str) -> Answered:
        """Say what an interrupt left behind; exit status 130."""
        if not held.writer.frames:
            message = "interrupted; nothing was recorded"
        print(f"rehearse: {message}{self.kept()}", file=sys.stderr)
        return Answered(EXIT_INTERRUPTED)

    def guarded(self, answer: Callable[[], Answered]) -> Answered:
        """An answer after the first: its RehearseError is its one line and ends the run, so
        what came before is still printed (a scorecard, the --json document)."""
        try:
            return answer()
        except RehearseError as e:
            print(f"rehearse: {e}{self.kept()}", file=sys.stderr)
            return Answered(EXIT_BAD_INPUT)


def follow_ups(run: Run, prompt, parent: Answered, inputs: Inputs, extra: dict | None = None):
    """Ask the parent answer's follow-up questions in turn, each answered, analysed against the
    same prompt, stored linked to its parent (practice.parent, practice.follow_up) and shown with
    a short report; the Answered of each, up to the first that did not go through."""
    from . import panel

    done: list[Answered] = []
    questions = parent.report.follow_ups
    for n, question in enumerate(questions, 1):
        source = inputs.follow_up()
        if source is None:
            run.err.print(
                f"no --follow-up-input left for follow-up {n} of {len(questions)}: stopping here",
                highlight=False,
                soft_wrap=True,
            )
            break
        link = {
            "practice": {
                "parent": parent.attempt,
                "follow_up": question.question,
                "follow_up_kind": question.kind,
            },
            **(extra or {}),
        }
        title = f"follow-up {n} of {len(questions)}"
        show = partial(panel.show_follow_up, prompt, question, title)
        answered = run.guarded(partial(run.answer, prompt, source, show, link, title))
        done.append(answered)
        if not answered.stored:
            break
    return done


def status(answers: list[Answered]) -> int:
    """The run's exit status: that of the answer that ended it early, else 0."""
    return next((a.status for a in answers if a.status != EXIT_OK), EXIT_OK)


def document(outcome) -> dict:
    """The analyze --json document plus where and how this answer was recorded."""
    from ..report import to_dict

    data = to_dict(outcome.report)
    data["practice"] = {
        "recording": str(outcome.path),
        "ended_by": outcome.ended_by,
        "input_offset_s": None if outcome.offset_s is None else round(outcome.offset_s, 3),
    }
    return data
