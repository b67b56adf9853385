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


SECRET = "KATAGRAD_GRADER_SECRET"
HUGE_SOURCE_MB = 20
PEAK_MEMORY = 256 * 1024 ** 2   # the grading process's resident memory, at most


def job_of(path: Path) -> dict:
    """The grading job of a submission: its kata, and the CPU budget of its `# time_limit: S` line
    (else TIME_LIMIT; one budget per kata in a run, so a file with its own names its own kata)."""
    found = re.search(r"^# time_limit: (\S+)$", path.read_text(), re.M)
    return {"kata": kata_of(path), "path": str(path), "label": path.stem,
            "time_limit": float(found.group(1)) if found else TIME_LIMIT}


def system_v_ipc() -> set:
    """The System V shared memory segments, semaphore sets and message queues that exist now."""
    found = set()
    for kind in ("shm", "sem", "msg"):
        try:
            lines = Path(f"/proc/sysvipc/{kind}").read_text().splitlines()[1:]
        except OSError:
            continue
        found.update((kind, line.split()[1]) for line in lines if line.split())
    return found


def process_state(pid: int) -> tuple:
    """What a learner could change in another process: nice value, CPU affinity, scheduler."""
    if not sys.platform.startswith("linux"):
        return (os.getpriority(os.PRIO_PROCESS, pid),)
    return (os.getpriority(os.PRIO_PROCESS, pid), sorted(os.sched_getaffinity(pid)),
            os.sched_getscheduler(pid))


def watched_run(request: dict, env: dict, cwd: Path = ROOT, prefix: tuple = (), kill_after=None) -> dict:
    """`python -m grader.grading` under tests/grading_watch.py: its results, peak memory, time,
    and the processes it left."""
    command = [*prefix, sys.executable, str(cwd / "tests" / "grading_watch.py")]
    if kill_after is not None:
        command += ["--kill-after", str(kill_after)]
    proc = subprocess.run(command, cwd=cwd, capture_output=True, text=True, input=json.dumps(request),
                          timeout=900, env=env)
    assert proc.returncode == 0, proc.stderr[-3000:]
    watched = json.loads(proc.stdout)
    if kill_after is None:
        assert watched["returncode"] == 0, watched["stderr"]
        watched["results"] = {r["label"]: r for r in json.loads(watched["output"])["results"]}
    return watched


@pytest.fixture(scope="module")
def run(tmp_path_factory, stub_files):
    marker = f"KATAGRAD_TEST_MARK={uuid.uuid4()}"
    secret = f"s3cr3t-{uuid.uuid4()}"
    honest = [("optimization/gd_x_squared", ROOT / "tests/alternatives/optimization/gd_x_squared/closed_form.py", "honest", "passed"),
              ("optimization/gd_x_squared", ROOT / "tests/mistakes/optimization/gd_x_squared/sign_flip.py", "honest-mistake", "failed"),
              ("optimization/adam", ROOT / "solutions/optimization/adam.py", "other-kata", "passed"),
              ("optimization/lr_schedules", stub_files["optimization/lr_schedules"], "other-kata-stub", "not_started"),
              ("optimization/momentum", ROOT / "tests/mistakes/optimization/momentum/sign_flip.py", "other-kata-mistake", "failed")]
    jobs = [job_of(p) for p in CORPUS]
    jobs[len(jobs) // 2:len(jobs) // 2] = [{"kata": k, "path": str(p), "label": label} for k, p, label, _ in honest]
    # a 20 MB source: refused before it is parsed (parsing it took 12 GB and 156 s)
    huge = tmp_path_factory.mktemp("huge") / "huge_source.py"
    huge.write_text("x = 1\n" * (HUGE_SOURCE_MB * 1024 ** 2 // 6))
    jobs.append({"kata": "optimization/gd_x_squared", "path": str(huge), "label": "huge_source", "time_limit": TIME_LIMIT})
    home = tmp_path_factory.mktemp("home")
    temp = tmp_path_factory.mktemp("tmp")
    _progress_store(home)
    before = _repository_state(home)
    ipc_before = system_v_ipc()
    victim = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(900)"])
    try:
        victim_before = process_state(victim.pid)
        env = {**os.environ, marker.split("=")[0]: marker.split("=")[1], "KATAGRAD_HOME": str(home),
               "TMPDIR": str(temp), SECRET: secret}
        watched = watched_run({"seed": 0, "jobs": jobs}, env)
        victim_after = process_state(victim.pid)
    finally:
        victim.kill()
        victim.wait()
    after = _repository_state(home)
    changed = sorted(path for path in before.keys() | after.keys() if before.get(path) != after.get(path))
    return {"results": watched["results"], "honest": honest, "changed": changed,
            "leftovers": _processes_with(marker) + watched["left"], "watched": watched, "secret": secret,
            "temp_left": sorted(os.listdir(temp)), "ipc_left": sorted(system_v_ipc() - ipc_before),
            "victim": (victim_before, victim_after)}


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
    assert "ran past the time limit" in result["feedback"]
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


def test_the_grader_stays_small_and_quick(run):
    """Replies that would have taken the grader to gigabytes or hours (colliding dict keys,
    floods of empty containers, a 20 MB source) leave it under a few hundred MB, and the whole
    corpus graded in a few minutes at most."""
    watched = run["watched"]
    print(f"\nthe corpus ({len(run['results'])} submissions): {watched['seconds']:.1f} s, the grading process's "
          f"peak resident memory {watched['peak_rss'] / 1024 ** 2:.0f} MB, report {watched['stdout_bytes'] / 1024:.0f} KiB")
    if sys.platform.startswith("linux"):  # read from /proc
        assert 0 < watched["peak_rss"] < PEAK_MEMORY, f"{watched['peak_rss'] / 1024 ** 2:.0f} MB"
    assert watched["seconds"] < 300, watched["seconds"]


def test_a_huge_source_is_refused_before_it_is_parsed(run):
    result = run["results"]["huge_source"]
    assert result["status"] == "forbidden", result["feedback"]
    assert "MiB" in result["feedback"] and result["seconds"] < 5


def test_nothing_is_left_in_the_temp_folder_or_in_system_v_ipc(run):
    assert run["temp_left"] == []
    assert run["ipc_left"] == []


def test_the_report_is_small(run):
    """Exception messages, output and values are capped: a 50 MB message or a 30 MB string
    make a report of kilobytes."""
    assert run["watched"]["stdout_bytes"] < 3 * 1024 ** 2, run["watched"]["stdout_bytes"]
    for label, result in run["results"].items():
        assert len(result["feedback"]) < 30_000, label
        assert len(result["output"]) < 70_000, label
        assert all(len(test["message"]) < 20_000 for test in result["tests"]), label


def test_no_variable_of_the_graders_environment_reaches_any_output(run):
    assert run["secret"] not in run["watched"]["output"]
    assert SECRET not in run["watched"]["output"]
    assert "KATAGRAD_HOME" not in run["watched"]["output"]


def test_a_process_of_the_same_user_is_untouched(run):
    before, after = run["victim"]
    assert before == after


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a parent-death signal is Linux's")
@pytest.mark.parametrize("start_method", ["prefork", "forkserver"])
def test_a_grader_that_is_killed_leaves_no_worker(tmp_path, start_method):
    """The grading process is SIGKILLed while a learner's code sleeps: its workers (and the fork
    server) die with it, by their parent-death signal."""
    sleeper = ROOT / "tests" / "adversarial" / "sleeps_at_import.py"
    jobs = [{"kata": "optimization/gd_x_squared", "path": str(sleeper), "label": "sleeper", "time_limit": 30}] * 2
    env = {**os.environ, "KATAGRAD_HOME": str(tmp_path / "home"), "TMPDIR": str(tmp_path)}
    if start_method != "prefork":
        env["KATAGRAD_START_METHOD"] = start_method
    watched = watched_run({"seed": 0, "jobs": jobs}, env, kill_after=6)
    assert watched["returncode"] == -9
    assert watched["left"] == []


def test_a_forged_verdict_does_not_reach_the_json_output(katagrad_home):
    forged = ROOT / "tests" / "adversarial" / "forges_a_verdict.py"
    proc = subprocess.run([sys.executable, "-m", "grader", "grade", "gd_x_squared", "--file", str(forged), "--json"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    document = json.loads(proc.stdout)  # exactly one JSON document, or this raises
    assert document["results"][0]["status"] == "failed" and proc.returncode == 1


# The cases whose defence depends on who runs the grader: as root, dropped capabilities hide
# some of them (another user's processes, say); an ordinary user is the normal case.
AS_A_USER = ("lowers_the_priority_of_its_users_processes", "pins_other_processes_to_one_cpu",
             "idles_other_processes", "creates_system_v_shared_memory", "leaves_a_deep_tree",
             "fills_the_disk_with_fallocate", "makes_a_hundred_thousand_files",
             "floods_the_wire_with_colliding_keys", "stalls_in_the_middle_of_a_reply",
             "reads_the_graders_environment", "raises_a_huge_message", "kills_the_grader",
             "signals_the_grader_through_a_pidfd", "disables_the_hook_then_forks",
             "reads_the_reference_with_the_hook_disabled", "writes_through_a_directory_descriptor")
NOBODY = 65534


def _as_nobody(folder: Path) -> tuple:
    """A command prefix that runs what follows as the user nobody, in a mount namespace where
    the interpreter is reachable (it may live under root's 0700 home, as a pyenv install does:
    a private tmpfs over that folder, with the interpreter's own folder bound back into it)."""
    import shutil
    if not (shutil.which("unshare") and shutil.which("setpriv")):
        pytest.skip("needs unshare and setpriv (util-linux)")
    mounts = []
    path = Path(os.path.realpath(sys.base_prefix))
    for parent in reversed(path.parents):
        if parent != Path("/") and not os.stat(parent).st_mode & 0o001:
            inner = path.relative_to(parent).parts[0]
            kept = folder / "kept"
            kept.mkdir()
            mounts = [f"mount --bind {parent / inner} {kept}", f"mount -t tmpfs -o mode=755 none {parent}",
                      f"mkdir -p {parent / inner}", f"mount --bind {kept} {parent / inner}"]
            break
    drop = (f"exec setpriv --reuid={NOBODY} --regid={NOBODY} --clear-groups --inh-caps=-all "
            "--bounding-set=-all --no-new-privs \"$@\"")
    return ("unshare", "--mount", "--propagation", "private", "sh", "-c",
            " && ".join([*mounts, drop]) if mounts else drop, "as-nobody")


@pytest.fixture(scope="module")
def run_as_a_user(tmp_path_factory):
    if os.geteuid() != 0:
        pytest.skip("the tests already run as an ordinary user: the corpus above ran as one")
    import shutil
    import tempfile
    if not (shutil.which("unshare") and shutil.which("setpriv")):
        pytest.skip("needs unshare and setpriv (util-linux)")
    if subprocess.run(["unshare", "--mount", "true"], capture_output=True).returncode != 0:
        pytest.skip("no mount namespace here (a container without CAP_SYS_ADMIN?)")
    from tests.conftest import copy_repo
    base = Path(tempfile.mkdtemp(prefix="katagrad-as-nobody-"))  # pytest's own folder is root's alone
    try:
        yield _run_as_nobody(base, copy_repo)
    finally:
        shutil.rmtree(base, ignore_errors=True)


def _run_as_nobody(base: Path, copy_repo) -> dict:
    repo = copy_repo(base / "repo")
    home, temp = base / "home", base / "tmp"
    home.mkdir()
    temp.mkdir()
    for folder in (base, repo, home, temp):
        os.chmod(folder, 0o755)
    for folder in (home, temp):
        os.chown(folder, NOBODY, NOBODY)
    subprocess.run(["chmod", "-R", "a+rX", str(repo)], check=True)
    prefix = _as_nobody(base)
    jobs = [{**job_of(ROOT / "tests" / "adversarial" / f"{name}.py"),
             "path": str(repo / "tests" / "adversarial" / f"{name}.py")} for name in AS_A_USER]
    secret = f"s3cr3t-{uuid.uuid4()}"
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "KATAGRAD_HOME": str(home), "TMPDIR": str(temp),
           "PYTHONDONTWRITEBYTECODE": "1", "HOME": str(home), SECRET: secret}
    ipc_before = system_v_ipc()
    victim = subprocess.Popen(["sleep", "900"], user=NOBODY, group=NOBODY, extra_groups=[])
    try:
        victim_before = process_state(victim.pid)
        watched = watched_run({"seed": 0, "jobs": jobs}, env, cwd=repo, prefix=prefix)
        victim_after = process_state(victim.pid)
    finally:
        victim.kill()
        victim.wait()
    return {"watched": watched, "results": watched["results"], "secret": secret,
            "temp_left": sorted(os.listdir(temp)), "ipc_left": sorted(system_v_ipc() - ipc_before),
            "victim": (victim_before, victim_after)}


@pytest.mark.parametrize("name", AS_A_USER)
def test_as_an_ordinary_user_each_case_gets_its_exact_status(run_as_a_user, name):
    result = run_as_a_user["results"][name]
    assert result["status"] == expected_status(ROOT / "tests" / "adversarial" / f"{name}.py"), result["feedback"]


def test_as_an_ordinary_user_nothing_is_left_and_others_are_untouched(run_as_a_user):
    run = run_as_a_user
    assert run["watched"]["uid"] == NOBODY
    assert run["watched"]["left"] == []
    assert run["temp_left"] == [] and run["ipc_left"] == []
    assert run["victim"][0] == run["victim"][1]
    assert run["secret"] not in run["watched"]["output"]
    assert 0 < run["watched"]["peak_rss"] < PEAK_MEMORY
