"""Review with due dates: each passed kata comes back like a flash card, sooner when it was hard.

    plan(catalogue, now=None) -> Plan     # due, upcoming and not-yet-passed katas, with reasons

Everything is derived from the progress store as recorded (grader.progress.learner_history):
no state of its own, so an old store is scheduled as well as a new one. A kata's history is cut
into *rounds*, each ending in a pass: the first round runs from its first grading (or hint) to
its first pass; a later round (a review) starts with a grading of code not graded before, so
re-grading an unchanged file (`make grade` grades them all) is no review, unless the stub was
graded in between (a reset: the same answer retyped is a review). A failed version is a
file's content graded failed, timeout, crashed or forbidden (one that does not import, `error`,
is unfinished: watch grades every save). A round is rated like a flash card:

    again   a review that failed before passing; or a first pass after 5 failed versions or
            every hint
    hard    hints taken, 2 failed versions or more, or slower than the kata's budget
    easy    no failure, no hint, within half the budget (or at once: one grading, passed)
    good    anything else

A mock interview's result counts as a review of a kata already passed (its own attempts and
hints; its clock only when it held that kata alone). Two schedulers turn the ratings into a due
date: FSRS (the `fsrs` package, the algorithm Anki uses; the review extra, `pip install
"fsrs>=6.1,<7"`) when it is installed, else `simple`, the built-in one below.
KATAGRAD_SCHEDULER=simple|fsrs chooses.
"""
from __future__ import annotations

import enum
import importlib.metadata
import os
import re
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone

from grader import progress

DAY = 86400.0
MAX_DAYS = 365


class Rating(enum.StrEnum):
    AGAIN = "again"
    HARD = "hard"
    GOOD = "good"
    EASY = "easy"


@dataclass
class Round:
    """The way to one pass: when it ended, the failed versions and hints on the way, how long."""
    at: float
    failures: int
    hints: int
    seconds: float | None
    review: bool          # after an earlier pass
    mock: bool = False
    passed: bool = True   # False only for a mock interview that ended before the kata passed
    rating: Rating = Rating.GOOD


def rate(round_: Round, minutes: int, hints_available: int) -> Rating:
    budget = minutes * 60
    slow = round_.seconds is not None and round_.seconds > budget
    if round_.review and round_.failures:
        return Rating.AGAIN
    if round_.failures >= 5 or (hints_available and round_.hints >= hints_available):
        return Rating.AGAIN
    if round_.hints or round_.failures >= 2 or slow:
        return Rating.HARD
    if not round_.failures and (round_.seconds is None or round_.seconds <= budget / 2):
        return Rating.EASY
    return Rating.GOOD


# -- the schedulers ---------------------------------------------------------------------------
class SimpleScheduler:
    """The built-in scheduler, in days. A first pass: again 1, hard 3, good 7, easy 14. A review,
    `elapsed` days after the last one, with interval I: again 1; hard 1.2·min(elapsed, I), at
    least 1; good max(I, 2.5·elapsed); easy max(I, 3.5·elapsed); never past 365. A review before
    its date adds little (elapsed is small), one after it counts the longer wait."""

    name = "simple"
    FIRST = {Rating.AGAIN: 1, Rating.HARD: 3, Rating.GOOD: 7, Rating.EASY: 14}

    def due(self, rounds: list[Round]) -> float:
        interval, last = 0.0, None
        for round_ in rounds:
            if last is None:
                interval = self.FIRST[round_.rating]
            else:
                elapsed = max(0.0, (round_.at - last) / DAY)
                interval = {Rating.AGAIN: 1.0,
                            Rating.HARD: max(1.0, 1.2 * min(elapsed, interval)),
                            Rating.GOOD: max(interval, 2.5 * elapsed),
                            Rating.EASY: max(interval, 3.5 * elapsed)}[round_.rating]
            interval = min(interval, MAX_DAYS)
            last = round_.at
        return last + interval * DAY


class FsrsScheduler:
    """FSRS through the `fsrs` package: every round is one review of the kata's card, at the
    time it ended. No learning steps (a kata is not re-drilled within the hour), no fuzz (the
    same history gives the same date), at most a year. Desired retention 0.85, not FSRS's 0.9:
    a kata's review costs 10 to 45 minutes, not a card's seconds, and FSRS's intervals at 0.85
    are about 1.9 times those at 0.9 (a first easy pass comes back in 16 days, not 8)."""

    name = "fsrs"
    RETENTION = 0.85

    def __init__(self):
        import fsrs  # an optional extra: scheduler() checks it is there before choosing FSRS
        self.fsrs = fsrs
        self.scheduler = fsrs.Scheduler(desired_retention=self.RETENTION, learning_steps=(), relearning_steps=(),
                                        enable_fuzzing=False,
                                        maximum_interval=MAX_DAYS)

    def due(self, rounds: list[Round]) -> float:
        card = self.fsrs.Card()
        for round_ in rounds:
            rating = getattr(self.fsrs.Rating, round_.rating.name.capitalize())
            card, _ = self.scheduler.review_card(card, rating, review_datetime=datetime.fromtimestamp(round_.at, timezone.utc))
        return card.due.timestamp()


SCHEDULERS = {"simple": SimpleScheduler, "fsrs": FsrsScheduler}


def fsrs_available() -> bool:
    """Whether the optional extra is installed, in a version whose API this module uses: 6.1 or
    later, before 7 (the API changed at earlier majors: FSRS().repeat became Scheduler.review_card)."""
    try:
        version = importlib.metadata.version("fsrs")
    except importlib.metadata.PackageNotFoundError:
        return False
    numbers = re.match(r"(\d+)\.(\d+)", version)
    return bool(numbers) and (6, 1) <= (int(numbers[1]), int(numbers[2])) < (7, 0)


def scheduler(name: str | None = None):
    """The scheduler named (or $KATAGRAD_SCHEDULER): FSRS when installed, else the simple one.
    Asking for fsrs when it is not installed is a ValueError saying how to install it."""
    name = name or os.environ.get("KATAGRAD_SCHEDULER") or ("fsrs" if fsrs_available() else "simple")
    if name not in SCHEDULERS:
        raise ValueError(f"unknown scheduler {name!r} (KATAGRAD_SCHEDULER: simple or fsrs)")
    if name == "fsrs" and not fsrs_available():
        raise ValueError('the fsrs scheduler needs the fsrs package, 6.1 or later before 7: '
                         'pip install "fsrs>=6.1,<7" (or unset KATAGRAD_SCHEDULER for the built-in one)')
    return SCHEDULERS[name]()


# -- from the recorded history to rounds ------------------------------------------------------
def rounds_of(gradings, hints, mocks, kata) -> tuple[list[Round], float | None]:
    """The kata's rounds, oldest first, and when an unfinished review began failing (None when
    the kata is not in the middle of a failed review). `gradings` are (status, at, sha256,
    source) of this kata, oldest first; `hints` the times hints were taken; `mocks` (started, ended,
    report) of every ended mock session."""
    rounds: list[Round] = []
    seen: dict[str, set] = {}          # per source, the contents graded before: no new attempt
    start = None                       # the open round: its start, its failing versions
    failing: set[str] = set()
    previous_pass = float("-inf")
    for status, at, sha, source in gradings:
        graded = seen.setdefault(source, set())
        if status == "not_started":  # the stub again (a reset): the same answer retyped is a new attempt
            graded.clear()
            continue
        new = not sha or sha not in graded
        graded.add(sha)
        if start is None:
            if not new:
                continue               # the same file graded again: no review
            start = at
        if status != "passed":
            if new and status != "error":  # a file that does not import is unfinished, not a wrong answer
                failing.add(sha or str(at))
            continue
        taken = [t for t in hints if previous_pass < t <= at]
        began = min([start] + taken)
        rounds.append(Round(at, len(failing), len(taken), at - began if at > began else None, bool(rounds)))
        start, failing, previous_pass = None, set(), at
    lapsed = start if rounds and failing else None
    if rounds:
        first_pass = rounds[0].at
        for started, ended, report in mocks:
            outcome = report.get("katas", {}).get(kata.id)
            if not outcome or outcome.get("status") == "not_started":
                continue
            alone = len(report.get("katas", {})) == 1
            seconds = outcome.get("seconds_to_pass")
            if outcome.get("status") == "passed":
                round_ = Round(started + (seconds or 0), max(0, outcome.get("attempts", 1) - 1),
                               outcome.get("hints", 0), seconds if alone else None, True, mock=True)
            else:
                round_ = Round(ended, max(1, outcome.get("attempts", 1)), outcome.get("hints", 0), None, True,
                               mock=True, passed=False)
            if round_.at > first_pass:  # a mock before the first pass of one's own is practice
                rounds.append(round_)
        rounds.sort(key=lambda r: r.at)
        rounds[0].review = False
        for later in rounds[1:]:
            later.review = True
    for round_ in rounds:
        round_.rating = rate(round_, kata.minutes, len(kata.hints))
    return rounds, lapsed


def _count(n: int, what: str) -> str:
    return f"{n} {what}{'' if n == 1 else 's'}"


def _minutes(seconds: float) -> str:
    return f"{seconds / 60:.0f} min" if seconds >= 60 else f"{seconds:.0f} s"


def describe(round_: Round) -> str:
    """One round in words: 'passed after 3 failed attempts and 2 hints, in 25 min'."""
    where = " in a mock interview" if round_.mock else ""
    if round_.review and round_.failures:
        then = "before passing again" if round_.passed else "and did not pass"
        return f"failed on review{where} ({_count(round_.failures, 'failed attempt')}) {then}"
    costs = [_count(n, what) for n, what in ((round_.failures, "failed attempt"), (round_.hints, "hint")) if n]
    how = f"after {' and '.join(costs)}" if costs else "clean" + ("" if round_.seconds else " at the first grading")
    took = f", in {_minutes(round_.seconds)}" if round_.seconds is not None else ""
    return f"{'review' + where + ' ' if round_.review else ''}passed {how}{took}"


@dataclass
class Entry:
    kata: object
    due: float
    why: str
    rating: str | None = None     # the last round's, None while a review is failing
    reviews: int = 0

    def as_json(self, now: float) -> dict:
        return {"kata": self.kata.id, "due": date_of(self.due), "due_at": round(self.due, 3),
                "days": round((self.due - now) / DAY, 2), "why": self.why, "rating": self.rating,
                "reviews": self.reviews}


@dataclass
class Plan:
    scheduler: str
    now: float
    due: list[Entry] = field(default_factory=list)        # overdue first
    upcoming: list[Entry] = field(default_factory=list)   # soonest first
    not_passed: list[tuple] = field(default_factory=list)  # (kata, status): attempted, never passed

    def as_json(self) -> dict:
        return {"schema": 1, "scheduler": self.scheduler, "now": date_of(self.now, precise=True),
                "due": [e.as_json(self.now) for e in self.due],
                "upcoming": [e.as_json(self.now) for e in self.upcoming],
                "not_passed": [{"kata": k.id, "status": s} for k, s in self.not_passed]}


def date_of(at: float, precise: bool = False) -> str:
    moment = datetime.fromtimestamp(at, timezone.utc).astimezone()
    return moment.isoformat(timespec="seconds") if precise else moment.date().isoformat()


def plan(catalogue, now: float | None = None, history: dict | None = None, using=None) -> Plan:
    """Every kata passed at least once, scheduled from `history` (default: the progress store)
    as it stood at time `now` (default: the clock; what was recorded later is left out). `using`
    is a scheduler (default: scheduler())."""
    now = time.time() if now is None else now
    history = progress.learner_history() if history is None else history
    using = using or scheduler()
    gradings: dict[str, list] = {}
    for kata_id, status, at, sha, source in history["gradings"]:
        if at <= now:  # the plan as it stood at `now`: what came after does not count yet
            gradings.setdefault(kata_id, []).append((status, at, sha, source))
    hints: dict[str, list] = {}
    for kata_id, at in history["hints"]:
        if at <= now:
            hints.setdefault(kata_id, []).append(at)
    mocks = [(started, ended, report) for started, ended, report in history["mocks"] if ended <= now]
    result = Plan(using.name, now)
    for kata in catalogue:
        rows = gradings.get(kata.id)
        if not rows:
            continue
        rounds, lapsed = rounds_of(rows, hints.get(kata.id, []), mocks, kata)
        if not rounds:
            if any(row[0] != "not_started" for row in rows):
                latest = next(row[0] for row in reversed(rows) if row[0] != "not_started")
                result.not_passed.append((kata, latest))
            continue
        reviews = len(rounds) - 1
        clean = sum(r.review and r.rating in (Rating.GOOD, Rating.EASY) for r in rounds)
        if lapsed is not None:
            entry = Entry(kata, lapsed, f"failed on review since {date_of(lapsed)}, not passed again yet",
                          None, reviews)
        else:
            last = rounds[-1]
            why = describe(last) + (f" (first pass: {describe(rounds[0])})" if last.review else "")
            if clean:
                why += f"; {_count(clean, 'clean review')} so far"
            entry = Entry(kata, using.due(rounds), why, str(last.rating), reviews)
        (result.due if entry.due <= now else result.upcoming).append(entry)
    result.due.sort(key=lambda e: e.due)
    result.upcoming.sort(key=lambda e: e.due)
    return result
