"""Progress on this machine: every grading and every hint taken, in SQLite.

The store lives in `.katagrad/` at the top of the repository (git-ignored), or under
$KATAGRAD_HOME. WAL mode and a busy timeout let a watcher and a manual grade write at once; each
write is one transaction, so a kill mid-write loses at most that write.
"""
from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import time
from pathlib import Path

from grader import ROOT

SCHEMA = """
CREATE TABLE IF NOT EXISTS gradings (
    id INTEGER PRIMARY KEY,
    kata TEXT NOT NULL,
    status TEXT NOT NULL,
    tests_passed INTEGER NOT NULL,
    tests_total INTEGER NOT NULL,
    seconds REAL NOT NULL,
    graded_at REAL NOT NULL,
    file_sha256 TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS gradings_kata ON gradings (kata, graded_at);
CREATE TABLE IF NOT EXISTS hints (
    id INTEGER PRIMARY KEY,
    kata TEXT NOT NULL,
    tier INTEGER NOT NULL,
    taken_at REAL NOT NULL
);
"""


def home() -> Path:
    return Path(os.environ.get("KATAGRAD_HOME") or ROOT / ".katagrad")


@contextlib.contextmanager
def connect():
    folder = home()
    folder.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(folder / "progress.db", timeout=10)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA busy_timeout=10000")
        connection.executescript(SCHEMA)
        with connection:  # one transaction: committed whole or not at all
            yield connection
    finally:
        connection.close()


def file_hash(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def record_grading(result, path: Path) -> None:
    with connect() as db:
        db.execute("INSERT INTO gradings (kata, status, tests_passed, tests_total, seconds, graded_at, file_sha256)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?)",
                   (result.kata, result.status, result.tests_passed, result.tests_total,
                    result.seconds, time.time(), file_hash(path)))


def summary() -> dict[str, dict]:
    """{kata id: {"status": latest status, "best_seconds": fastest passing grade or None}}."""
    path = home() / "progress.db"
    if not path.exists():
        return {}
    with connect() as db:
        latest = db.execute(
            "SELECT kata, status FROM gradings g WHERE id = (SELECT MAX(id) FROM gradings WHERE kata = g.kata)").fetchall()
        best = dict(db.execute("SELECT kata, MIN(seconds) FROM gradings WHERE status = 'passed' GROUP BY kata").fetchall())
    return {kata: {"status": status, "best_seconds": best.get(kata)} for kata, status in latest}


def hints_taken(kata: str) -> int:
    path = home() / "progress.db"
    if not path.exists():
        return 0
    with connect() as db:
        (count,) = db.execute("SELECT COALESCE(MAX(tier), 0) FROM hints WHERE kata = ?", (kata,)).fetchone()
    return count


def take_hint(kata: str, available: int) -> int:
    """Record the next hint tier for `kata` (capped at `available`) and return it (1-based)."""
    with connect() as db:
        (taken,) = db.execute("SELECT COALESCE(MAX(tier), 0) FROM hints WHERE kata = ?", (kata,)).fetchone()
        tier = min(taken + 1, available)
        db.execute("INSERT INTO hints (kata, tier, taken_at) VALUES (?, ?, ?)", (kata, tier, time.time()))
    return tier
