"""The adversarial corpus: tests/adversarial/*.py, each graded with its exact expected status.

Every file is a submission (for optimization/gd_x_squared unless a `# kata: ID` line names
another) whose `# expect: STATUS` line is the only acceptable verdict. They are graded the way the command line grades (one grading process,
workers forked ahead of time), in one run together with honest submissions for other katas, which
must be graded normally. The run must also leave the repository as it was and no process behind.
"""
import json
import os
import re
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from grader import ROOT

CORPUS = sorted((ROOT / "tests" / "adversarial").glob("*.py"))
TIME_LIMIT = 1.5
MARGIN = 1.5


def expected_status(path: Path) -> str:
    return re.search(r"^# expect: (\w+)$", path.read_text(), re.M).group(1)


def kata_of(path: Path) -> str:
    """The kata a submission is for: its `# kata: ID` line, else gd_x_squared."""
    found = re.search(r"^# kata: (\S+)$", path.read_text(), re.M)
    return found.group(1) if found else "optimization/gd_x_squared"


def _repository_state(home: Path):
    """Size and mtime of every file of the repository (byte-code caches included), of the Python
    installation's site-packages, and the progress store's bytes."""
    import hashlib
    import site
    state = {}
    for top in (ROOT, *site.getsitepackages()):
        for folder, dirs, files in os.walk(top):
            dirs[:] = [d for d in dirs if d not in (".git", ".katagrad") and not (top == ROOT and d == ".venv")]
            for name in files:
                path = os.path.join(folder, name)
                info = os.lstat(path)
                state[path] = (info.st_size, info.st_mtime_ns)
    store = home / "progress.db"
    state[str(store)] = hashlib.sha256(store.read_bytes()).hexdigest()
    return state


def _progress_store(home: Path) -> None:
    """A progress store with one grading in it, where the graded code can find it."""
    import sqlite3
    home.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(home / "progress.db")
    db.execute("CREATE TABLE gradings (id INTEGER PRIMARY KEY, kata TEXT, status TEXT, tests_passed INTEGER, "
               "tests_total INTEGER, seconds REAL, graded_at REAL, file_sha256 TEXT)")
    db.execute("INSERT INTO gradings VALUES (1, 'optimization/adam', 'failed', 1, 9, 0.1, 0.0, '')")
    db.commit()
    db.close()


def _processes_with(marker: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if marker.encode() in (entry / "environ").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


@pytest.fixture(scope="module")
def run(tmp_path_factory, stub_files):
    marker = f"KATAGRAD_TEST_MARK={uuid.uuid4()}"
    honest = [("optimization/gd_x_squared", ROOT / "tests/alternatives/optimization/gd_x_squared/closed_form.py", "honest", "passed"),
              ("optimization/gd_x_squared", ROOT / "tests/mistakes/optimization/gd_x_squared/sign_flip.py", "honest-mistake", "failed"),
              ("optimization/adam", ROOT / "solutions/optimization/adam.py", "other-kata", "passed"),
              ("optimization/lr_schedules", stub_files["optimization/lr_schedules"], "other-kata-stub", "not_started"),
              ("optimization/momentum", ROOT / "tests/mistakes/optimization/momentum/sign_flip.py", "other-kata-mistake", "failed")]
    jobs = [{"kata": kata_of(p), "path": str(p), "label": p.stem, "time_limit": TIME_LIMIT} for p in CORPUS]
    jobs[len(jobs) // 2:len(jobs) // 2] = [{"kata": k, "path": str(p), "label": label} for k, p, label, _ in honest]
    home = tmp_path_factory.mktemp("home")
    _progress_store(home)
    before = _repository_state(home)
    env = {**os.environ, marker.split("=")[0]: marker.split("=")[1], "KATAGRAD_HOME": str(home)}
    proc = subprocess.run([sys.executable, "-m", "grader.grading"], cwd=ROOT, capture_output=True, text=True,
                          input=json.dumps({"seed": 0, "jobs": jobs}), timeout=600, env=env)
    assert proc.returncode == 0, proc.stderr[-3000:]
    results = {r["label"]: r for r in json.loads(proc.stdout)["results"]}
    after = _repository_state(home)
    changed = sorted(path for path in before.keys() | after.keys() if before.get(path) != after.get(path))
    return {"results": results, "honest": honest, "changed": changed,
            "leftovers": _processes_with(marker)}


def test_the_corpus_is_large_enough():
    assert len(CORPUS) >= 25


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_each_submission_gets_its_exact_status(run, path):
    result = run["results"][path.stem]
    assert result["status"] == expected_status(path), result["feedback"]
    if result["status"] != "passed":
        assert result["feedback"].strip(), "a verdict other than passed must say why"


@pytest.mark.parametrize("path", [p for p in CORPUS if expected_status(p) == "timeout"], ids=lambda p: p.stem)
def test_timeouts_come_within_the_limit_plus_a_margin(run, path):
    """CPU-bound code ends at its CPU budget (on a busy machine that takes longer in wall-clock
    time, never longer than the backstop); code that sleeps ends at the wall-clock backstop."""
    from grader.sandbox import IDLE, WALL_CAP, WALL_EXTRA, WALL_FACTOR
    result = run["results"][path.stem]
    sleeps = re.search(r"^# limit: wall", path.read_text(), re.M)
    assert ("wall-clock" if sleeps else f"{TIME_LIMIT:g} s of CPU time") in result["feedback"], result["feedback"]
    if sleeps:
        assert result["seconds"] <= WALL_FACTOR * TIME_LIMIT + WALL_EXTRA + IDLE + MARGIN
    else:
        assert result["seconds"] <= WALL_CAP * TIME_LIMIT + WALL_EXTRA


def test_honest_submissions_in_the_same_run_are_graded_normally(run):
    for _, _, label, status in run["honest"]:
        assert run["results"][label]["status"] == status, run["results"][label]["feedback"]


def test_grading_changed_nothing_in_the_repository(run):
    """Nothing in the repository, the Python installation or the progress store changed."""
    assert run["changed"] == []
    assert not Path("/tmp/katagrad-pwned").exists()


def test_no_process_the_learner_started_is_left(run):
    assert run["leftovers"] == []


def test_a_forged_verdict_does_not_reach_the_json_output(katagrad_home):
    forged = ROOT / "tests" / "adversarial" / "forges_a_verdict.py"
    proc = subprocess.run([sys.executable, "-m", "grader", "grade", "gd_x_squared", "--file", str(forged), "--json"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    document = json.loads(proc.stdout)  # exactly one JSON document, or this raises
    assert document["results"][0]["status"] == "failed" and proc.returncode == 1
