"""The progress store: concurrent writers and a kill in the middle of a write lose nothing else."""
import os
import signal
import sqlite3
import subprocess
import sys
import time

from grader import ROOT, manifest, progress
from grader.grading import Result

WRITER = """
import sys, time
from grader import progress
from grader.grading import Result
name, count = sys.argv[1], int(sys.argv[2])
for i in range(count):
    progress.record_grading(Result(name, "katas", "x.py", "failed" if i % 2 else "passed", i, 10, 0.01, ""), __import__("pathlib").Path("katas.toml"))
    if i % 10 == 0:
        progress.take_hint(name, 3)
print("done", flush=True)
"""


def _count(home, kata=None):
    with sqlite3.connect(home / "progress.db") as db:
        if kata is None:
            return db.execute("SELECT COUNT(*) FROM gradings").fetchone()[0]
        return db.execute("SELECT COUNT(*) FROM gradings WHERE kata = ?", (kata,)).fetchone()[0]


def test_two_writers_at_once_lose_nothing(katagrad_home):
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, f"t/kata{i}", "150"], cwd=ROOT,
                                stdout=subprocess.PIPE, text=True) for i in range(2)]
    for writer in writers:
        assert writer.communicate(timeout=120)[0].strip() == "done"
        assert writer.returncode == 0
    assert _count(katagrad_home, "t/kata0") == 150 and _count(katagrad_home, "t/kata1") == 150
    with sqlite3.connect(katagrad_home / "progress.db") as db:   # every hint taken is kept
        assert db.execute("SELECT COUNT(*) FROM hints WHERE kata = 't/kata0'").fetchone()[0] == 15


def test_a_kill_during_writes_leaves_a_consistent_store(katagrad_home):
    writer = subprocess.Popen([sys.executable, "-c", WRITER, "t/killed", "100000"], cwd=ROOT,
                              stdout=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not (katagrad_home / "progress.db").exists():
        time.sleep(0.05)
    time.sleep(0.5)  # well inside the stream of writes
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    with sqlite3.connect(katagrad_home / "progress.db") as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    written = _count(katagrad_home, "t/killed")
    assert 0 < written < 100000
    # the store keeps working: a new write lands and is read back
    progress.record_grading(Result("t/after", "katas", "x.py", "passed", 1, 1, 0.1, ""), ROOT / "katas.toml")
    assert progress.summary()["t/after"]["status"] == "passed"
    assert _count(katagrad_home) == written + 1


def test_summary_status_attempts_and_hints(katagrad_home):
    catalogue = manifest.load()
    first, second = catalogue[0], catalogue[1]
    for status in ("not_started", "failed", "passed"):
        progress.record_grading(Result(first.id, "katas", "x", status, 1, 1, 0.1, ""), ROOT / "katas.toml")
    progress.record_grading(Result(second.id, "katas", "x", "failed", 0, 1, 0.1, ""), ROOT / "katas.toml")
    known = progress.summary()
    assert known[first.id]["status"] == "passed" and known[first.id]["attempts"] == 2
    assert known[first.id]["best_seconds"] is not None
    assert known[second.id]["status"] == "failed" and known[second.id]["hints"] == 0
    for _ in range(2):
        progress.take_hint(first.id, len(first.hints))
    assert progress.summary()[first.id]["hints"] == 2


def test_hint_tiers_start_again_after_a_pass(katagrad_home):
    """A kata reviewed after it passed gives its first hint again, not the last one reached."""
    kata = manifest.load()[0]
    assert [progress.take_hint(kata.id, 3) for _ in range(4)] == [1, 2, 3, 3]
    time.sleep(0.01)
    progress.record_grading(Result(kata.id, "katas", "x", "passed", 1, 1, 0.1, ""), ROOT / "katas.toml")
    assert progress.hints_taken(kata.id) == 0
    time.sleep(0.01)
    assert [progress.take_hint(kata.id, 3) for _ in range(2)] == [1, 2]
    time.sleep(0.01)
    progress.record_grading(Result(kata.id, "file", "scratch.py", "passed", 1, 1, 0.1, ""), ROOT / "katas.toml")
    assert progress.take_hint(kata.id, 3) == 3   # a scratch file's pass is not the learner's own work


def test_only_gradings_of_katas_files_set_the_status(katagrad_home):
    """A scratch file (--file) or a mock interview never overwrites the status of the learner's
    katas/ file: list, next, review and stats read katas/ gradings only."""
    catalogue = manifest.load()
    first, second = catalogue[0], catalogue[1]
    progress.record_grading(Result(first.id, "katas", "x", "passed", 1, 1, 0.1, ""), ROOT / "katas.toml")
    progress.record_grading(Result(first.id, "file", "scratch.py", "timeout", 0, 1, 5.0, ""), ROOT / "katas.toml")
    progress.record_grading(Result(first.id, "mock", "mock/x.py", "failed", 0, 1, 0.1, ""), ROOT / "katas.toml")
    progress.record_grading(Result(second.id, "mock", "mock/y.py", "passed", 1, 1, 0.1, ""), ROOT / "katas.toml")
    known = progress.summary()
    assert known[first.id]["status"] == "passed" and known[first.id]["attempts"] == 1
    assert second.id not in known  # passed only in a mock: katas/ still to do
    assert [g["status"] for g in progress.history("file")] == ["timeout"]
    assert [(g["kata"], g["status"]) for g in progress.history("mock")] == [(first.id, "failed"), (second.id, "passed")]


def test_a_pass_in_a_notebook_is_not_undone_by_grading_the_untouched_stub(katagrad_home):
    """`make grade` of an untouched katas/ stub (not_started) after a notebook pass: `list` still
    says passed. Work in katas/ itself (a failing grading) does count again."""
    kata = manifest.load()[0]
    progress.record_grading(Result(kata.id, "notebook", "nb.py", "passed", 9, 9, 0.1, ""), ROOT / "katas.toml")
    progress.record_grading(Result(kata.id, "katas", "x", "not_started", 0, 9, 0.1, ""), ROOT / "katas.toml")
    assert progress.summary()[kata.id]["status"] == "passed"
    progress.record_grading(Result(kata.id, "katas", "x", "failed", 3, 9, 0.1, ""), ROOT / "katas.toml")
    assert progress.summary()[kata.id]["status"] == "failed"


def test_a_store_from_before_sources_is_migrated(katagrad_home):
    katagrad_home.mkdir()
    with sqlite3.connect(katagrad_home / "progress.db") as db:
        db.executescript("""
            CREATE TABLE gradings (id INTEGER PRIMARY KEY, kata TEXT NOT NULL, status TEXT NOT NULL,
                tests_passed INTEGER NOT NULL, tests_total INTEGER NOT NULL, seconds REAL NOT NULL,
                graded_at REAL NOT NULL, file_sha256 TEXT NOT NULL);
            INSERT INTO gradings VALUES (1, 'optimization/gd_x_squared', 'passed', 8, 8, 0.1, 1.0, '');
        """)
    assert progress.summary()["optimization/gd_x_squared"]["status"] == "passed"
    progress.record_grading(Result("optimization/gd_x_squared", "file", "x", "failed", 0, 8, 0.1, ""), ROOT / "katas.toml")
    assert progress.summary()["optimization/gd_x_squared"]["status"] == "passed"
    assert len(progress.history("katas")) == 1 and len(progress.history("file")) == 1


def test_grade_file_and_list_through_the_command_line(repo_copy):
    """`grade --file` of a failing scratch file leaves `list` showing the passing katas/ file."""
    from tests.conftest import run_grader
    kata = manifest.load()[0]
    (repo_copy / "katas" / f"{kata.id}.py").write_text((repo_copy / "solutions" / f"{kata.id}.py").read_text())
    assert run_grader("grade", kata.name, cwd=repo_copy).returncode == 0
    mistake = sorted(kata.mistakes_dir.glob("*.py"))[0]
    assert run_grader("grade", kata.name, "--file", str(mistake), cwd=repo_copy).returncode == 1
    import json
    listing = json.loads(run_grader("list", "--json", cwd=repo_copy).stdout)
    assert listing["katas"][0]["status"] == "passed"
    assert "Nothing to review" in run_grader("review", cwd=repo_copy).stdout
