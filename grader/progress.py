"""Progress on this machine: every grading and every hint taken, in SQLite.

The store lives in `.katagrad/` at the top of the repository (git-ignored), or under
$KATAGRAD_HOME. WAL mode and a busy timeout let a watcher and a manual grade write at once; each
write is one transaction, so a kill mid-write loses at most that write.

Each grading records its source: `katas` (the learner's file in katas/), `file` (a scratch file
graded with --file) or `mock` (a mock interview's workspace). Status, attempts, `next`, `review`
and `stats` count only `katas` gradings; the others are kept apart (the mock's own report holds
its debrief). Stores from before sources existed are migrated in place: their rows count as
`katas`, which is what most of them were.

For `explain`: the known mistakes each grading named (`mistakes_seen`) and the walkthroughs looked
at before passing (`spoilers`), two tables an older store gains on its next use (nothing else changes).
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import time
from pathlib import Path

from grader import ROOT, home  # noqa: F401  (progress.home: the name callers use)

OWN_SOURCES = ("katas", "notebook")   # what status, attempts, next, review and stats read
_OWN = f"source IN ({', '.join('?' * len(OWN_SOURCES))})"
PASSING_SOURCES = ("katas", "notebook", "mock")  # the learner's own work; a --file scratch file is not

SCHEMA = """
CREATE TABLE IF NOT EXISTS gradings (
    id INTEGER PRIMARY KEY,
    kata TEXT NOT NULL,
    status TEXT NOT NULL,
    tests_passed INTEGER NOT NULL,
    tests_total INTEGER NOT NULL,
    seconds REAL NOT NULL,
    graded_at REAL NOT NULL,
    file_sha256 TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT 'katas'
);
CREATE INDEX IF NOT EXISTS gradings_kata ON gradings (kata, graded_at);
CREATE TABLE IF NOT EXISTS mock_sessions (
    id INTEGER PRIMARY KEY,
    started_at REAL NOT NULL,
    ended_at REAL,
    seed INTEGER,
    minutes INTEGER NOT NULL,
    report TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS hints (
    id INTEGER PRIMARY KEY,
    kata TEXT NOT NULL,
    tier INTEGER NOT NULL,
    taken_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS mistakes_seen (
    id INTEGER PRIMARY KEY,
    kata TEXT NOT NULL,
    name TEXT NOT NULL,
    graded_at REAL NOT NULL,
    source TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS spoilers (
    id INTEGER PRIMARY KEY,
    kata TEXT NOT NULL,
    looked_at REAL NOT NULL
);
"""


@contextlib.contextmanager
def connect():
    folder = home()
    folder.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(folder / "progress.db", timeout=10)
    try:
        connection.execute("PRAGMA busy_timeout=10000")
        for attempt in range(100):  # switching to WAL can report "locked" without waiting
            try:
                connection.execute("PRAGMA journal_mode=WAL")
                connection.executescript(SCHEMA)
                _migrate(connection)
                break
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) or attempt == 99:
                    raise
                time.sleep(0.05)
        with connection:  # one transaction: committed whole or not at all
            yield connection
    finally:
        connection.close()


SOURCES = ("katas", "file", "mock", "notebook")  # katas and notebook are the learner's own work


def _migrate(connection) -> None:
    """Bring an older store up to SCHEMA (each step idempotent, safe with two writers)."""
    columns = {row[1] for row in connection.execute("PRAGMA table_info(gradings)")}
    if "source" not in columns:
        try:
            connection.execute("ALTER TABLE gradings ADD COLUMN source TEXT NOT NULL DEFAULT 'katas'")
        except sqlite3.OperationalError as error:  # another process added it first
            if "duplicate column" not in str(error):
                raise
        connection.commit()


def file_hash(path: Path) -> str:
    """The hash of the learner's file ("" if it cannot be read): at most the first bytes a kata
    file may have, and never a FIFO or device (grader.loading.read_bounded)."""
    from grader import staticcheck
    from grader.loading import NotARegularFile, read_bounded
    try:
        return hashlib.sha256(read_bounded(path, staticcheck.MAX_SOURCE + 1)).hexdigest()
    except (OSError, NotARegularFile):
        return ""


def record_grading(result, path: Path, source: str | None = None) -> None:
    """Record one grading; `source` defaults to the result's label (katas, file, mock)."""
    source = source or result.label
    if source not in SOURCES:
        raise ValueError(f"unknown grading source {source!r} (one of {', '.join(SOURCES)})")
    now = time.time()
    with connect() as db:
        db.execute("INSERT INTO gradings (kata, status, tests_passed, tests_total, seconds, graded_at, file_sha256,"
                   " source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   (result.kata, result.status, result.tests_passed, result.tests_total,
                    result.seconds, now, file_hash(path), source))
        db.executemany("INSERT INTO mistakes_seen (kata, name, graded_at, source) VALUES (?, ?, ?, ?)",
                       [(result.kata, name, now, source) for name in getattr(result, "mistakes", ())])


def summary() -> dict[str, dict]:
    """Per kata id, from the gradings of the learner's own work (katas/ files and notebooks; a
    `not_started` grading of one never hides a status the other earned): latest status,
    attempts, when last graded, hints taken, and the best time to pass: the fastest in a mock
    interview, else the time from the first real attempt (a grading that was not `not_started`)
    to the first pass."""
    path = home() / "progress.db"
    if not path.exists():
        return {}
    with connect() as db:
        rows = db.execute(f"SELECT kata, status, graded_at, source FROM gradings WHERE {_OWN} ORDER BY id",
                          OWN_SOURCES).fetchall()
        hints = dict(db.execute("SELECT kata, MAX(tier) FROM hints GROUP BY kata").fetchall())
        mocks = [json.loads(r) for (r,) in db.execute("SELECT report FROM mock_sessions WHERE ended_at IS NOT NULL")]
    katas: dict[str, dict] = {}
    latest_source: dict[str, str] = {}
    for kata, status, at, source in rows:
        entry = katas.setdefault(kata, {"status": status, "attempts": 0, "first_attempt": None,
                                        "first_pass": None, "last_graded": at})
        # an untouched stub graded (make grade) says nothing about work done elsewhere: a pass
        # earned in a notebook stays a pass until the katas/ file itself is worked on
        if status == "not_started" and latest_source.get(kata, source) != source:
            continue
        latest_source[kata] = source
        entry["status"], entry["last_graded"] = status, at
        if status != "not_started":
            entry["attempts"] += 1
            entry["first_attempt"] = entry["first_attempt"] or at
            if status == "passed" and entry["first_pass"] is None:
                entry["first_pass"] = at
    for entry in katas.values():
        entry["best_seconds"] = (entry["first_pass"] - entry["first_attempt"]
                                 if entry["first_pass"] is not None else None)
    for report in mocks:
        for kata, outcome in report.get("katas", {}).items():
            seconds = outcome.get("seconds_to_pass")
            entry = katas.get(kata)
            if entry is not None and seconds is not None:
                best = entry["best_seconds"]
                entry["best_seconds"] = seconds if best is None else min(best, seconds)
    for kata, entry in katas.items():
        entry["hints"] = hints.get(kata, 0)
    return katas


def learner_history() -> dict:
    """What the review scheduler (grader.schedule) reads, derived from what is recorded (no
    state of its own): the gradings of the learner's own work (kata, status, graded_at,
    file_sha256, source), oldest first; every hint taken (kata, taken_at); and the ended mock sessions
    (started_at, ended_at, report)."""
    if not (home() / "progress.db").exists():
        return {"gradings": [], "hints": [], "mocks": []}
    with connect() as db:
        gradings = db.execute("SELECT kata, status, graded_at, file_sha256, source FROM gradings"
                              f" WHERE {_OWN} ORDER BY id", OWN_SOURCES).fetchall()
        hints = db.execute("SELECT kata, taken_at FROM hints ORDER BY id").fetchall()
        mocks = db.execute("SELECT started_at, ended_at, report FROM mock_sessions"
                           " WHERE ended_at IS NOT NULL ORDER BY id").fetchall()
    return {"gradings": gradings, "hints": hints,
            "mocks": [(started, ended, json.loads(report)) for started, ended, report in mocks]}


def history(source: str) -> list[dict]:
    """Every grading from `source` (katas, file or mock), oldest first."""
    if not (home() / "progress.db").exists():
        return []
    with connect() as db:
        rows = db.execute("SELECT kata, status, tests_passed, tests_total, graded_at FROM gradings"
                          " WHERE source = ? ORDER BY id", (source,)).fetchall()
    return [dict(zip(("kata", "status", "tests_passed", "tests_total", "graded_at"), row)) for row in rows]


def start_mock(seed: int | None, minutes: int) -> int:
    with connect() as db:
        cursor = db.execute("INSERT INTO mock_sessions (started_at, seed, minutes) VALUES (?, ?, ?)",
                            (time.time(), seed, minutes))
        return cursor.lastrowid


def end_mock(session_id: int, report: dict) -> None:
    with connect() as db:
        db.execute("UPDATE mock_sessions SET ended_at = ?, report = ? WHERE id = ?",
                   (time.time(), json.dumps(report), session_id))


def hints_taken(kata: str) -> int:
    """The hint tier reached on `kata` since it last passed as the learner's own work (a kata
    practised again starts again from the first hint)."""
    path = home() / "progress.db"
    if not path.exists():
        return 0
    with connect() as db:
        return _tier_reached(db, kata)


def _tier_reached(db, kata: str) -> int:
    (tier,) = db.execute(
        "SELECT COALESCE(MAX(tier), 0) FROM hints WHERE kata = ? AND taken_at > COALESCE("
        "(SELECT MAX(graded_at) FROM gradings WHERE kata = ? AND status = 'passed'"
        f" AND source IN ({', '.join('?' * len(PASSING_SOURCES))})), 0)",
        (kata, kata, *PASSING_SOURCES)).fetchone()
    return tier


def take_hint(kata: str, available: int) -> int:
    """Record the next hint tier for `kata` (capped at `available`) and return it (1-based):
    tiers count from the last pass, so a kata reviewed after a pass starts at the first hint."""
    with connect() as db:
        tier = min(_tier_reached(db, kata) + 1, available)
        db.execute("INSERT INTO hints (kata, tier, taken_at) VALUES (?, ?, ?)", (kata, tier, time.time()))
    return tier


# -- explain: passes, the known mistakes named on the way, answers looked at ------------------


def first_pass(kata: str) -> float | None:
    """When `kata` first passed as the learner's own work (katas/ file, notebook, mock), or None."""
    if not (home() / "progress.db").exists():
        return None
    with connect() as db:
        (at,) = db.execute("SELECT MIN(graded_at) FROM gradings WHERE kata = ? AND status = 'passed'"
                           f" AND source IN ({', '.join('?' * len(PASSING_SOURCES))})",
                           (kata, *PASSING_SOURCES)).fetchone()
    return at


def mistakes_made(kata: str) -> dict[str, int]:
    """{name of a known mistake: how many gradings of `kata` (any source) named it}, first named first."""
    if not (home() / "progress.db").exists():
        return {}
    with connect() as db:
        rows = db.execute("SELECT name, COUNT(*) FROM mistakes_seen WHERE kata = ? GROUP BY name"
                          " ORDER BY MIN(id)", (kata,)).fetchall()
    return dict(rows)


def record_spoiler(kata: str) -> None:
    """The learner looked at the reference of `kata` before passing it (explain --spoil)."""
    with connect() as db:
        db.execute("INSERT INTO spoilers (kata, looked_at) VALUES (?, ?)", (kata, time.time()))


def spoiled_at(kata: str) -> float | None:
    """When the learner first looked at the reference of `kata` before passing it, or None."""
    if not (home() / "progress.db").exists():
        return None
    with connect() as db:
        (at,) = db.execute("SELECT MIN(looked_at) FROM spoilers WHERE kata = ?", (kata,)).fetchone()
    return at
