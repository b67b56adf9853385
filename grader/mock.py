"""`python -m grader mock`: a timed mock interview.

Draws katas you have not passed yet (seeded, so a draw can be replayed), copies their stubs into
a fresh workspace (katas/ is never touched), lists them, shows the first statement (one at a
time, as an interviewer hands them out: `s N` shows statement N; passing one shows the next),
and grades every save. `h` gives a hint for the kata you are on. It ends when every kata
passes, when time runs out, or when you type `q` (or press Ctrl-C); then the debrief: per kata
the verdict, time to pass, attempts and hints, the interviewer's follow-up questions, and how
to see the reference as a diff against your code. Exit 0 when every kata passed or you stopped;
1 when time ran out first.
"""
from __future__ import annotations

import difflib
import random
import select
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from grader import progress, report, staticcheck, stubs
from grader.loading import NotARegularFile, read_bounded


@dataclass
class Attempt:
    kata: object
    path: Path
    status: str = "not_started"
    attempts: int = 0
    hints: int = 0
    seconds_to_pass: float | None = None
    last_feedback: str = field(default="", repr=False)


def draw(catalogue, count: int, seed: int, track: str | None = None, difficulty: str | None = None,
         first=None):
    """`count` katas, not yet passed when possible, in catalogue order, drawn with `seed`.
    `first` (katas due for review, most overdue first) are taken before any other, in that
    order, as far as they match the track and difficulty."""
    pool = [k for k in catalogue if (track is None or k.track == track)
            and (difficulty is None or k.difficulty == difficulty)]
    chosen = [k for k in (first or []) if k in pool][:count]
    known = progress.summary()
    fresh = [k for k in pool if known.get(k.id, {}).get("status") != "passed" and k not in chosen]
    rest = fresh or [k for k in pool if k not in chosen]
    chosen += random.Random(seed).sample(rest, min(count - len(chosen), len(rest)))
    return sorted(chosen, key=pool.index), bool(fresh)


def make_workspace(katas, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=False)
    paths = []
    for kata in katas:
        path = folder / f"{kata.name}.py"
        path.write_text(stubs.make_stub(kata.solution_path.read_text(encoding="utf-8"), kata.id),
                        encoding="utf-8")
        paths.append(path)
    return paths


def _clock(seconds: float) -> str:
    seconds = max(0, int(seconds))
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


class Interview:
    def __init__(self, katas, workspace: Path, minutes: int, seed: int, hints: bool = True,
                 hide_difficulty: bool = False, poll: bool = False, out=sys.stdout, commands=sys.stdin):
        from grader.watch import FileWatcher
        self.attempts = [Attempt(k, p) for k, p in zip(katas, make_workspace(katas, workspace))]
        # the stubs as written are the baseline: any save from now on is graded
        self.watcher = FileWatcher([a.path for a in self.attempts], poll=poll)
        self.workspace = workspace
        self.minutes = minutes
        self.seed = seed
        self.hints_allowed = hints
        self.hide_difficulty = hide_difficulty
        self.poll = poll
        self.out = out
        self.commands = commands
        self.paint = report.Painter(report.use_colour(out))
        self.tty = hasattr(out, "isatty") and out.isatty()
        self.shown = self.attempts[0]       # the statement on screen
        self.last_graded = None             # the kata saved and graded last

    def say(self, text: str = "") -> None:
        if self.tty:
            self.out.write("\r\033[K")
        print(text, file=self.out, flush=True)

    def introduce(self) -> None:
        """The first statement only (several at once scrolled the first off a 40-row terminal),
        then, at the bottom where it stays in view, the katas in one short list and the commands."""
        self.say(self.paint(f"Mock interview: {len(self.attempts)} kata(s), {self.minutes} minutes. "
                            f"Seed {self.seed}.", "1"))
        self.say(f"Workspace: {self.workspace}  (katas/ is not touched)")
        self.statement(self.attempts[0])
        if len(self.attempts) > 1:
            for number, attempt in enumerate(self.attempts, 1):
                self.say(f"  {number}. {self._header(attempt)}" + ("   ← on screen" if attempt is self.shown else ""))
        commands = ["`q` + Enter to stop"]
        if len(self.attempts) > 1:
            commands.append("`s N` + Enter for statement N")
        if self.hints_allowed:
            commands.append("`h` + Enter for a hint")
        self.say(f"The clock is running. Save a file to grade it; {', '.join(commands)}.")

    def _header(self, attempt) -> str:
        kata = attempt.kata
        level = "" if self.hide_difficulty else f" · {kata.difficulty}"
        return f"{kata.id} · {kata.title}{level} · about {kata.minutes} min"

    def statement(self, attempt) -> None:
        self.shown = attempt
        number = self.attempts.index(attempt) + 1
        self.say()
        self.say(self.paint(f"Kata {number}: {self._header(attempt)}", "1"))
        self.say()
        self.say(attempt.kata.statement())
        self.say()
        self.say(f"↑ Kata {number} of {len(self.attempts)}: {attempt.kata.id}. Edit {attempt.path} "
                 f"(its docstring is this statement).")

    def current(self):
        """The kata a bare `h` is about: the one saved last, else the one on screen, else the
        only one not passed; None when that is not clear."""
        open_ = [a for a in self.attempts if a.status != "passed"]
        for candidate in (self.last_graded, self.shown):
            if candidate is not None and candidate.status != "passed":
                return candidate
        return open_[0] if len(open_) == 1 else None

    def run(self) -> int:
        from grader import grading
        from grader.watch import grade_one, verdict_lines
        started = time.monotonic()
        session_id = None
        reason = "time is up"
        try:
            grading.warm()
            self.introduce()
            session_id = progress.start_mock(self.seed, self.minutes)
            watcher = self.watcher
            by_path = {a.path.resolve(): a for a in self.attempts}
            started = time.monotonic()
            deadline = started + self.minutes * 60
            last_tick = None
            while True:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                tick = int(left) if self.tty else int(left // 60)
                if tick != last_tick:
                    last_tick = tick
                    self._show_clock(left)
                for path in watcher.changed(timeout=min(0.5, max(left, 0.01))):
                    attempt = by_path[path]
                    self.last_graded = attempt
                    self.say(f"checking {attempt.kata.id}…")
                    result = grade_one(attempt.kata, attempt.path, source="mock")
                    attempt.status = result.status
                    if result.status != "not_started":
                        attempt.attempts += 1
                    if result.status == "passed" and attempt.seconds_to_pass is None:
                        attempt.seconds_to_pass = time.monotonic() - started
                    self.say("\n".join(verdict_lines(result, self.paint)))
                    following = next((a for a in self.attempts if a.status != "passed"), None)
                    if result.status == "passed" and attempt is self.shown and following is not None:
                        self.say(f"On to kata {self.attempts.index(following) + 1}.")
                        self.statement(following)
                    last_tick = None
                if all(a.status == "passed" for a in self.attempts):
                    reason = "every kata passed"
                    break
                command = self._command()
                if command == "q":
                    reason = "you stopped"
                    break
                if command.startswith("h"):
                    self._hint(command[1:].strip())
                elif command.startswith("s"):
                    self._show(command[1:].strip())
                if command:
                    last_tick = None
        except KeyboardInterrupt:
            reason = "you stopped"
            from grader.watch import clean_stop
            clean_stop()
        self.debrief(reason, time.monotonic() - started)
        if session_id is None:
            session_id = progress.start_mock(self.seed, self.minutes)
        progress.end_mock(session_id, self.summary())
        # a stop the learner asked for is not an error; time running out first is
        return 0 if reason != "time is up" or all(a.status == "passed" for a in self.attempts) else 1

    def _show_clock(self, left: float) -> None:
        passed = sum(a.status == "passed" for a in self.attempts)
        text = f"⏱ {_clock(left)} left · {passed}/{len(self.attempts)} passed"
        if self.tty:  # a prompt at the end: what the learner types reads as a command, not part of the clock
            self.out.write("\r\033[K" + text + "  › ")
            self.out.flush()
        else:
            print(text, file=self.out, flush=True)

    def _command(self) -> str:
        stream = self.commands
        if stream is None or stream.closed:
            return ""
        try:
            ready, _, _ = select.select([stream], [], [], 0)
        except (ValueError, OSError):
            return ""
        if not ready:
            return ""
        line = stream.readline()
        if line == "":  # end of input: keep going on saves and the clock alone
            self.commands = None
        elif self.tty and line.strip():
            # the terminal echoed the command after the clock: redraw that line as the command alone
            self.out.write("\033[F\033[K")
            print(f"› {line.strip()}", file=self.out, flush=True)
        return line.strip().lower()

    def _hint(self, name: str) -> None:
        if not self.hints_allowed:
            self.say("Hints are off for this interview.")
            return
        if name:
            matches = [a for a in self.attempts if name in (a.kata.name, a.kata.id, str(self.attempts.index(a) + 1))]
            attempt = matches[0] if matches else None
        else:
            attempt = self.current()
        if attempt is None:
            self.say("Which kata? h " + " | h ".join(a.kata.name for a in self.attempts))
            return
        # the interview's own hints, from the first tier: a mock changes nothing in your progress
        tier = min(attempt.hints + 1, len(attempt.kata.hints))
        attempt.hints = tier
        self.say(f"Hint {tier} of {len(attempt.kata.hints)} for {attempt.kata.name}: {attempt.kata.hints[tier - 1]}")

    def _show(self, number: str) -> None:
        if not number.isdigit() or not 1 <= int(number) <= len(self.attempts):
            self.say(f"Which statement? s 1 … s {len(self.attempts)}")
            return
        self.statement(self.attempts[int(number) - 1])

    def summary(self) -> dict:
        return {"workspace": str(self.workspace), "minutes": self.minutes,
                "katas": {a.kata.id: {"status": a.status, "seconds_to_pass": a.seconds_to_pass,
                                      "attempts": a.attempts, "hints": a.hints} for a in self.attempts}}

    def debrief(self, reason: str, elapsed: float) -> None:
        self.say()
        self.say(self.paint(f"Debrief: {reason} after {_clock(elapsed)} of {self.minutes:02d}:00.", "1"))
        width = max(len(a.kata.id) for a in self.attempts)
        for attempt in self.attempts:
            passed_in = _clock(attempt.seconds_to_pass) if attempt.seconds_to_pass is not None else "  —  "
            self.say(f"  {self.paint.status(attempt.status, 11)} {attempt.kata.id.ljust(width)}  "
                     f"time to pass {passed_in}  attempts {attempt.attempts}  hints {attempt.hints}")
        self.say()
        self.say(self.paint("Follow-up questions an interviewer would ask:", "1"))
        for attempt in self.attempts:
            for question in attempt.kata.follow_ups:
                self.say(f"  [{attempt.kata.name}] {question}")
        self.say()
        self.say(f"The reference as a diff against your code: python -m grader mock --diff {self.workspace}")


def diff(workspace: Path, catalogue) -> str:
    """Each workspace file against its kata's reference solution, as a unified diff."""
    chunks = []
    for path in sorted(workspace.glob("*.py")):
        kata = catalogue.resolve(path.stem)
        reference = kata.solution_path.read_text(encoding="utf-8").splitlines(keepends=True)
        try:
            theirs = read_bounded(path, staticcheck.MAX_SOURCE + 1).decode("utf-8", "replace").splitlines(keepends=True)
        except (OSError, NotARegularFile) as error:
            chunks.append(f"{path.name}: not compared ({error})\n")
            continue
        chunks.append("".join(difflib.unified_diff(theirs, reference, f"yours/{path.name}",
                                                   f"reference/{kata.id}.py")) or f"{path.name}: identical to the reference\n")
    return "\n".join(chunks)


def default_workspace() -> Path:
    return progress.home() / "mock" / time.strftime("%Y%m%d-%H%M%S")


def remove_workspace(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
