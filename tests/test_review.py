"""Review with due dates: a recorded history (gradings and hints at chosen times) gives the dates.

Both schedulers are tested: the built-in one with its dates worked out by hand, FSRS (the optional
`fsrs` package) for the same orderings. "now" is injected; nothing here reads the clock.
"""
import json
import sqlite3

import pytest

from grader import ROOT, manifest, mock, progress, schedule
from tests.conftest import run_grader

DAY = 86400.0
T0 = 1_790_000_000.0  # 2026-09-21, a fixed start: the dates below follow from it alone
CATALOGUE = manifest.load()
FAST, SLOW, OTHER = (CATALOGUE.resolve(name) for name in ("gd_x_squared", "gradient_descent", "lr_schedules"))


SCHEDULERS = ["simple", pytest.param("fsrs", marks=pytest.mark.skipif(not schedule.fsrs_available(),
                                                                      reason="the review extra (fsrs) is not installed"))]


def _history(*gradings, hints=(), mocks=()):
    """gradings: (kata, status, at, content[, source]) with `content` standing for the file's hash;
    the source is the learner's katas/ file unless given."""
    return {"gradings": [(k.id, status, at, content, source) for k, status, at, content, source in
                         ((*g, "katas") if len(g) == 4 else g for g in gradings)],
            "hints": [(k.id, at) for k, at in hints], "mocks": list(mocks)}


def _due(history, kata, now, name="simple"):
    plan = schedule.plan(CATALOGUE, now=now, history=history, using=schedule.scheduler(name))
    (entry,) = [e for e in plan.due + plan.upcoming if e.kata.id == kata.id]
    return entry


# -- the rating of a round --------------------------------------------------------------------
@pytest.mark.parametrize("failures, hints, seconds, review, expected", [
    (0, 0, None, False, "easy"),       # one grading, passed: written before it was graded
    (0, 0, 5 * 60, False, "easy"),     # half the 10 min budget exactly
    (0, 0, 5 * 60 + 1, False, "good"),
    (1, 0, 60, False, "good"),         # one failed version on the way is learning
    (2, 0, 60, False, "hard"),
    (0, 1, 60, False, "hard"),
    (0, 0, 10 * 60 + 1, False, "hard"),  # over the budget
    (4, 2, 60, False, "hard"),
    (5, 0, 60, False, "again"),
    (0, 3, 60, False, "again"),        # gd_x_squared has 3 hints: every one taken
    (1, 0, 60, True, "again"),         # a review that failed first is a lapse
    (0, 0, None, True, "easy"),
    (0, 1, None, True, "hard"),
])
def test_a_round_is_rated_from_failures_hints_and_time(failures, hints, seconds, review, expected):
    assert len(FAST.hints) == 3 and FAST.minutes == 10
    round_ = schedule.Round(T0, failures, hints, seconds, review)
    assert schedule.rate(round_, FAST.minutes, len(FAST.hints)) == expected


# -- dates from a recorded history ------------------------------------------------------------
def test_the_simple_schedulers_dates_follow_from_the_recorded_times():
    """By hand: a clean pass at T0 comes back at T0 + 14 d; one after 3 failed versions and 2
    hints (rated hard) at its pass time + 3 d. Reviewed at its due date, 14 d later, clean and at
    once (rated easy): the interval becomes 3.5 · 14 = 49 d."""
    history = _history((FAST, "passed", T0, "a"),
                       (SLOW, "failed", T0, "b1"), (SLOW, "failed", T0 + 600, "b2"),
                       (SLOW, "failed", T0 + 700, "b3"), (SLOW, "passed", T0 + 1800, "b4"),
                       hints=[(SLOW, T0 + 100), (SLOW, T0 + 200)])
    fast, slow = _due(history, FAST, T0 + DAY), _due(history, SLOW, T0 + DAY)
    assert fast.due == T0 + 14 * DAY and fast.rating == "easy" and fast.why == "passed clean at the first grading"
    assert slow.due == T0 + 1800 + 3 * DAY and slow.rating == "hard"
    assert slow.why == "passed after 3 failed attempts and 2 hints, in 30 min"
    reviewed = _history((FAST, "passed", T0, "a"), (FAST, "not_started", T0 + 13 * DAY, "stub"),
                        (FAST, "passed", T0 + 14 * DAY, "a2"))
    entry = _due(reviewed, FAST, T0 + 15 * DAY)
    assert entry.due == T0 + 14 * DAY + 49 * DAY and entry.reviews == 1
    assert entry.why == ("review passed clean at the first grading (first pass: passed clean at the first grading);"
                         " 1 clean review so far")


@pytest.mark.parametrize("name", SCHEDULERS)
def test_fast_clean_passes_come_back_later_than_slow_hinted_ones(name):
    history = _history((FAST, "passed", T0, "a"),
                       (SLOW, "failed", T0, "b1"), (SLOW, "failed", T0 + 900, "b2"),
                       (SLOW, "passed", T0 + 3600, "b3"), hints=[(SLOW, T0 + 300)])
    fast, slow = _due(history, FAST, T0 + 3600, name), _due(history, SLOW, T0 + 3600, name)
    assert fast.due - T0 >= 7 * DAY                 # a week or more
    assert slow.due - (T0 + 3600) <= 3 * DAY        # days
    assert fast.due > slow.due


@pytest.mark.parametrize("name", SCHEDULERS)
def test_a_kata_failed_on_review_comes_back_sooner_and_a_clean_review_grows_the_interval(name):
    first = [(FAST, "passed", T0, "a")]
    due_first = _due(_history(*first), FAST, T0, name).due
    review_at = due_first
    clean = _history(*first, (FAST, "passed", review_at, "a2"))
    failed = _history(*first, (FAST, "failed", review_at, "a2"), (FAST, "passed", review_at + 900, "a3"))
    later = review_at + 1000
    clean_due, failed_due = _due(clean, FAST, later, name).due, _due(failed, FAST, later, name).due
    assert clean_due - review_at > due_first - T0      # the interval grew
    assert failed_due - review_at <= 7 * DAY < clean_due - review_at
    assert "failed on review (1 failed attempt) before passing again" in _due(failed, FAST, later, name).why


@pytest.mark.parametrize("name", SCHEDULERS)
def test_regrading_an_unchanged_file_is_no_review(name):
    """`make grade` grades every kata: the same passing file graded again every day changes nothing,
    nor does a failing katas/ file graded again after a pass earned in a notebook."""
    again = _history((FAST, "failed", T0 - 600, "x"), (FAST, "passed", T0, "a"),
                     *[(FAST, "passed", T0 + d * DAY, "a") for d in range(1, 20)],
                     *[(FAST, "failed", T0 + d * DAY + 1, "x") for d in range(1, 20)])
    entry = _due(again, FAST, T0 + 20 * DAY, name)
    assert entry.reviews == 0
    assert entry.due == _due(_history((FAST, "failed", T0 - 600, "x"), (FAST, "passed", T0, "a")), FAST, T0, name).due


def test_a_failing_review_not_yet_passed_is_due_at_once_and_overdue_ones_come_first():
    history = _history((FAST, "passed", T0, "a"), (SLOW, "passed", T0, "b"),
                       (SLOW, "failed", T0 + 20 * DAY, "b2"), (OTHER, "passed", T0 + DAY, "c"))
    plan = schedule.plan(CATALOGUE, now=T0 + 30 * DAY, history=history, using=schedule.SimpleScheduler())
    assert [e.kata.id for e in plan.due] == [FAST.id, OTHER.id, SLOW.id]  # due T0+14 d, T0+15 d, T0+20 d
    assert plan.due[2].due == T0 + 20 * DAY and plan.due[2].why.startswith("failed on review since")
    early = schedule.plan(CATALOGUE, now=T0 + 2 * DAY, history=history, using=schedule.SimpleScheduler())
    # "now" is a moment of the history: what was recorded after it does not count yet
    assert early.due == [] and [e.kata.id for e in early.upcoming] == [FAST.id, SLOW.id, OTHER.id]
    assert early.upcoming[1].due == T0 + 14 * DAY


def test_katas_attempted_but_never_passed_are_listed_apart():
    history = _history((FAST, "not_started", T0, "stub"), (SLOW, "failed", T0, "b"), (SLOW, "timeout", T0 + 1, "b2"))
    plan = schedule.plan(CATALOGUE, now=T0 + 1, history=history, using=schedule.SimpleScheduler())
    assert plan.due == plan.upcoming == [] and plan.not_passed == [(SLOW, "timeout")]


def test_a_mock_interview_counts_as_a_review_of_a_passed_kata():
    first = [(FAST, "passed", T0, "a")]
    passed = {"katas": {FAST.id: {"status": "passed", "seconds_to_pass": 120.0, "attempts": 1, "hints": 0}}}
    failed = {"katas": {FAST.id: {"status": "failed", "seconds_to_pass": None, "attempts": 3, "hints": 1},
                        SLOW.id: {"status": "not_started", "seconds_to_pass": None, "attempts": 0, "hints": 0}}}
    at = T0 + 14 * DAY
    good = _due(_history(*first, mocks=[(at, at + 600, passed)]), FAST, at + 600)
    bad = _due(_history(*first, mocks=[(at, at + 600, failed)]), FAST, at + 600)
    assert good.due == at + 120 + 3.5 * (14 * DAY + 120)  # the pass 2 min into the mock: clean and fast, easy
    assert bad.due == at + 600 + DAY and bad.why.startswith("failed on review in a mock interview (3 failed attempts) and did not pass")
    assert good.why.startswith("review in a mock interview passed clean, in 2 min")
    before = _due(_history(*first, mocks=[(T0 - DAY, T0 - DAY + 600, passed)]), FAST, T0)
    assert before.reviews == 0  # a mock before the first own pass is practice, not a review
    # a mock whose pass came before the first pass of one's own, though it ended after it
    overlapping = _due(_history((FAST, "passed", T0 + 300, "a"), mocks=[(T0, T0 + 600, passed)]), FAST, T0 + 600)
    assert overlapping.reviews == 0 and overlapping.due == T0 + 300 + 14 * DAY


def test_the_scheduler_is_chosen_by_environment_and_falls_back_without_fsrs(monkeypatch):
    monkeypatch.setenv("KATAGRAD_SCHEDULER", "simple")
    assert schedule.scheduler().name == "simple"
    monkeypatch.setenv("KATAGRAD_SCHEDULER", "sm2")
    with pytest.raises(ValueError, match="unknown scheduler 'sm2'"):
        schedule.scheduler()
    monkeypatch.delenv("KATAGRAD_SCHEDULER")
    monkeypatch.setattr(schedule, "fsrs_available", lambda: False)
    assert schedule.scheduler().name == "simple"
    with pytest.raises(ValueError, match='pip install "fsrs'):
        schedule.scheduler("fsrs")


@pytest.mark.parametrize("version, usable", [("6.1.0", True), ("6.3.2", True), ("6.10.0rc1", True),
                                             ("6.0.9", False), ("5.1.3", False), ("7.0.0", False)])
def test_only_an_fsrs_whose_api_we_use_is_taken(monkeypatch, version, usable):
    monkeypatch.setattr(schedule.importlib.metadata, "version", lambda name: version)
    assert schedule.fsrs_available() is usable


def test_without_fsrs_installed_the_built_in_scheduler_runs(monkeypatch):
    def missing(name):
        raise schedule.importlib.metadata.PackageNotFoundError(name)
    monkeypatch.delenv("KATAGRAD_SCHEDULER", raising=False)
    monkeypatch.setattr(schedule.importlib.metadata, "version", missing)
    assert schedule.fsrs_available() is False and schedule.scheduler().name == "simple"


# -- the store: an old one is read and migrated with nothing lost ---------------------------------
SCHEMA_BEFORE_SOURCES = """
CREATE TABLE gradings (id INTEGER PRIMARY KEY, kata TEXT NOT NULL, status TEXT NOT NULL,
    tests_passed INTEGER NOT NULL, tests_total INTEGER NOT NULL, seconds REAL NOT NULL,
    graded_at REAL NOT NULL, file_sha256 TEXT NOT NULL);
CREATE INDEX gradings_kata ON gradings (kata, graded_at);
CREATE TABLE hints (id INTEGER PRIMARY KEY, kata TEXT NOT NULL, tier INTEGER NOT NULL, taken_at REAL NOT NULL);
"""
SCHEMA_WITH_SOURCES = SCHEMA_BEFORE_SOURCES.replace(
    "file_sha256 TEXT NOT NULL)", "file_sha256 TEXT NOT NULL, source TEXT NOT NULL DEFAULT 'katas')") + """
CREATE TABLE mock_sessions (id INTEGER PRIMARY KEY, started_at REAL NOT NULL, ended_at REAL, seed INTEGER,
    minutes INTEGER NOT NULL, report TEXT NOT NULL DEFAULT '{}');
"""


def _dump(path):
    with sqlite3.connect(path) as db:
        return {table: db.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
                for table in ("gradings", "hints")}


@pytest.mark.parametrize("schema", [SCHEMA_BEFORE_SOURCES, SCHEMA_WITH_SOURCES], ids=["before-sources", "previous-release"])
def test_an_old_store_is_scheduled_and_keeps_every_row(katagrad_home, schema):
    katagrad_home.mkdir()
    store = katagrad_home / "progress.db"
    with sqlite3.connect(store) as db:
        db.executescript(schema)
        db.executemany("INSERT INTO gradings (kata, status, tests_passed, tests_total, seconds, graded_at, file_sha256)"
                       " VALUES (?, ?, 0, 10, 0.1, ?, ?)",
                       [(FAST.id, "passed", T0, "a"), (SLOW.id, "failed", T0, "b1"),
                        (SLOW.id, "failed", T0 + 600, "b2"), (SLOW.id, "passed", T0 + 1200, "b3")])
        db.executemany("INSERT INTO hints (kata, tier, taken_at) VALUES (?, ?, ?)",
                       [(SLOW.id, 1, T0 + 60), (SLOW.id, 2, T0 + 120)])
    before = _dump(store)
    plan = schedule.plan(CATALOGUE, now=T0 + 5 * DAY, using=schedule.SimpleScheduler())
    assert [e.kata.id for e in plan.due] == [SLOW.id] and [e.kata.id for e in plan.upcoming] == [FAST.id]
    assert plan.due[0].due == T0 + 1200 + 3 * DAY
    after = _dump(store)
    # every old row is still there, unchanged, with the source the migration gives it
    assert [row[:8] for row in after["gradings"]] == [row[:8] for row in before["gradings"]]
    assert {row[8] for row in after["gradings"]} == {"katas"} and after["hints"] == before["hints"]
    progress.take_hint(FAST.id, len(FAST.hints))  # and it takes new writes
    assert len(_dump(store)["hints"]) == 3


# -- the command line -------------------------------------------------------------------------
def _store(home, *gradings, hints=()):
    home.mkdir(exist_ok=True)
    with progress.connect() as db:  # the store as the grader creates it
        db.executemany("INSERT INTO gradings (kata, status, tests_passed, tests_total, seconds, graded_at, file_sha256,"
                       " source) VALUES (?, ?, 0, 10, 0.1, ?, ?, 'katas')",
                       [(k.id, status, at, content) for k, status, at, content in gradings])
        db.executemany("INSERT INTO hints (kata, tier, taken_at) VALUES (?, 1, ?)", [(k.id, at) for k, at in hints])


def test_review_next_and_stats_on_the_command_line(katagrad_home):
    import time
    now = time.time()
    _store(katagrad_home, (FAST, "passed", now - 40 * DAY, "a"),
           (SLOW, "failed", now - 2 * DAY, "b1"), (SLOW, "passed", now - 2 * DAY + 600, "b2"),
           (OTHER, "failed", now - DAY, "c"), hints=[(SLOW, now - 2 * DAY + 60)])
    env = {"KATAGRAD_SCHEDULER": "simple"}
    text = run_grader("review", env=env).stdout
    due, _, rest = text.partition("Coming up")
    assert FAST.id in due and "26 d late" in due and "passed clean" in due
    # SLOW falls due 3 days after its pass, 1 day and 10 minutes from now: the display counts
    # calendar days, so that is "in 2 d" when now is in the last 10 minutes of a day
    from datetime import date
    days = (date.fromtimestamp(now + DAY + 600) - date.fromtimestamp(now)).days
    assert SLOW.id in rest and f"(in {days} d)" in rest and "passed after 1 failed attempt and 1 hint, in 10 min" in rest
    assert f"{OTHER.id} (failed)" in rest and "scheduler: simple" in rest
    document = json.loads(run_grader("review", "--json", env=env).stdout)
    assert document["scheduler"] == "simple"
    assert [e["kata"] for e in document["due"]] == [FAST.id] and document["due"][0]["days"] == pytest.approx(-26, abs=0.01)
    assert [e["kata"] for e in document["upcoming"]] == [SLOW.id] and document["upcoming"][0]["rating"] == "hard"
    assert document["not_passed"] == [{"kata": OTHER.id, "status": "failed"}]
    # on the day SLOW falls due, both are due, the longest overdue first
    on = time.strftime("%Y-%m-%d", time.localtime(now + 2 * DAY))
    assert [e["kata"] for e in json.loads(run_grader("review", "--json", "--on", on, env=env).stdout)["due"]] == [FAST.id, SLOW.id]
    assert run_grader("review", "--on", "tomorrow", env=env).returncode == 2
    assert run_grader("review", "--upcoming", "-1", env=env).returncode == 2
    assert "Coming up (1):\n  … and 1 more" in run_grader("review", "--upcoming", "0", env=env).stdout
    following = run_grader("next", env=env).stdout
    assert following.startswith("Next: ") and "1 passed kata(s) due for review: python -m grader next --due" in following
    assert run_grader("next", "--due", env=env).stdout.startswith(f"Due for review: {FAST.id}")
    assert "1 kata(s) due for review" in run_grader("stats", env=env).stdout
    assert run_grader("review", env={"KATAGRAD_SCHEDULER": "nope"}).returncode == 2


def test_next_due_with_nothing_due_names_the_next_new_kata(katagrad_home):
    output = run_grader("next", "--due").stdout
    assert output.startswith("Nothing is due for review.\nNext: optimization/gd_x_squared")


def test_a_mock_draws_the_due_katas_first(katagrad_home):
    import time
    now = time.time()
    _store(katagrad_home, (FAST, "passed", now - 40 * DAY, "a"), (SLOW, "passed", now - 30 * DAY, "b"))
    due = [e.kata for e in schedule.plan(CATALOGUE, using=schedule.SimpleScheduler()).due]
    assert due == [FAST, SLOW]
    for seed in range(5):
        assert mock.draw(CATALOGUE, 1, seed, first=due)[0] == [FAST]                 # most overdue first
        katas, _ = mock.draw(CATALOGUE, 3, seed, first=due)
        assert katas[:2] == [FAST, SLOW] and len(katas) == 3 and katas[2] not in due  # then one not passed
        assert {k.track for k in mock.draw(CATALOGUE, 2, seed, track="neural_nets", first=due)[0]} == {"neural_nets"}
    # without due katas first, the draw is what it was (a seed replays the same katas)
    assert mock.draw(CATALOGUE, 2, 3) == mock.draw(CATALOGUE, 2, 3, first=[])


def _intervals(using, ratings):
    """Days between reviews when each is done on its due date, and the last interval."""
    rounds, at = [], T0
    for rating in ratings:
        rounds.append(schedule.Round(at, 0, 0, None, bool(rounds), rating=schedule.Rating(rating)))
        at = using.due(rounds)
    return [(later.at - earlier.at) / DAY for earlier, later in zip(rounds, rounds[1:])] + [(at - rounds[-1].at) / DAY]


@pytest.mark.skipif(not schedule.fsrs_available(), reason="the review extra (fsrs) is not installed")
def test_fsrs_grows_hard_katas_slower_and_forgives_a_lapse_after_a_long_interval():
    """What the README says FSRS adds to the built-in scheduler, as configured here."""
    fsrs = schedule.FsrsScheduler()
    hard, good = _intervals(fsrs, ["hard"] * 4), _intervals(fsrs, ["good"] * 4)
    assert all(h < g for h, g in zip(hard[1:], good[1:]))
    assert _intervals(fsrs, ["easy"])[0] == pytest.approx(16, abs=0.5)  # 0.85 retention: twice FSRS's 8 days
    assert _intervals(fsrs, ["easy", "good", "good", "again"])[-1] > _intervals(fsrs, ["easy", "again"])[-1]


def test_the_simple_schedulers_intervals_by_hand():
    simple = schedule.SimpleScheduler()
    assert _intervals(simple, ["again"]) == [1] and _intervals(simple, ["hard"]) == [3]
    assert _intervals(simple, ["good", "good", "good"]) == [7, 17.5, 43.75]     # 2.5 × the wait
    assert _intervals(simple, ["easy", "hard", "again"]) == [14, 14 * 1.2, 1]
    assert _intervals(simple, ["easy"] + ["easy"] * 5)[-1] == 365                # capped at a year


def test_a_file_that_does_not_import_is_unfinished_not_a_failed_attempt():
    """watch grades every save: a half-typed file (error) on the way costs nothing; a wrong answer does."""
    typing = _history((FAST, "error", T0, "half"), (FAST, "error", T0 + 30, "half2"), (FAST, "passed", T0 + 60, "a"))
    wrong = _history((FAST, "failed", T0, "w1"), (FAST, "failed", T0 + 30, "w2"), (FAST, "passed", T0 + 60, "a"))
    assert _due(typing, FAST, T0 + 60).rating == "easy" and _due(typing, FAST, T0 + 60).why == "passed clean, in 1 min"
    assert _due(wrong, FAST, T0 + 60).rating == "hard"
    lapsing = _history((FAST, "passed", T0, "a"), (FAST, "error", T0 + 20 * DAY, "half"))
    assert not _due(lapsing, FAST, T0 + 20 * DAY).why.startswith("failed on review")


def test_a_reset_then_the_same_answer_retyped_is_a_review_and_sources_are_apart():
    reset = _history((FAST, "passed", T0, "a"), (FAST, "not_started", T0 + 14 * DAY, "stub"),
                     (FAST, "passed", T0 + 14 * DAY + 300, "a"))
    assert _due(reset, FAST, T0 + 15 * DAY).reviews == 1
    # a notebook's pass, then the katas/ stub graded by every `make grade`, then the notebook's
    # check cell run again on the same answer: no review (the stub is another source's)
    rerun = _history((FAST, "passed", T0, "a", "notebook"), (FAST, "not_started", T0 + DAY, "stub"),
                     (FAST, "passed", T0 + 2 * DAY, "a", "notebook"), (FAST, "not_started", T0 + 3 * DAY, "stub"))
    assert _due(rerun, FAST, T0 + 4 * DAY).reviews == 0
