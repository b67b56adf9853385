"""`make bench`: what isolation costs, measured side by side in one run with one interpreter.

(a) one kata graded end to end (`python -m grader grade gd_x_squared --solutions --json`)
    against a bare `pytest -q` run of one trivial numpy test;
(b) the whole catalogue graded (`python -m grader grade --solutions --json`) against the same
    hidden tests run in one plain in-process pytest session against the references
    (KATAGRAD_INPROCESS=1: no worker processes, no pipes).
Each pair runs alternately, ROUNDS times; the figures are medians of wall-clock time and the
ratio is grader / baseline. Targets: (a) ≤ 1.0×, (b) ≤ 1.2×.
(c) watch mode: from writing a kata file to the verdict line on watch's output, for a kata
    whose tests take well under 50 ms (gd_x_squared), alternating a failing and a passing save,
    in a scratch copy of the repository. Target: median ≤ 100 ms.
(d) the kernel boundary: a worker forked, confined (Landlock, seccomp, capabilities dropped),
    loading a one-line file and answering one call, against the same without the boundary,
    alternating, 40 rounds each. Target: at most 10 ms more.
(e) `make test`'s own command (pytest on every core, --dist loadgroup): wall-clock time and the
    CPU time of all its processes. Target: at most 10 minutes of wall time on 2 cores.
    `make bench ARGS=--no-suite` leaves it out (it takes minutes).
(f) a course's batch: 50 learners' submissions of three katas each (correct files, known
    mistakes and untouched stubs, mixed), graded by `python -m grader batch` with its default 2
    jobs: learners per minute.
Targets of "Speed at 170 katas": (a) ≤ 1.0×, (b) ≤ 1.2×, (c) ≤ 100 ms, (d) ≤ +10 ms.
"""
from __future__ import annotations

import os
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "7"))
TARGET_A, TARGET_B = 1.0, 1.2
TRIVIAL_TEST = "import numpy as np\n\n\ndef test_trivial():\n    assert np.add(1, 1) == 2\n"


def wall(command: list[str], cwd: Path, env: dict | None = None) -> float:
    started = time.perf_counter()
    proc = subprocess.run(command, cwd=cwd, env={**os.environ, **(env or {})},
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        sys.exit(f"benchmark command failed ({proc.returncode}): {' '.join(command)}\n{proc.stderr.decode()[-2000:]}")
    return elapsed


def pair(name: str, target: float, grader_cmd, baseline_cmd, baseline_cwd, baseline_env=None) -> float:
    ours, theirs = [], []
    wall(grader_cmd, ROOT)  # warm the file cache for both before timing
    wall(baseline_cmd, baseline_cwd, baseline_env)
    for _ in range(ROUNDS):
        ours.append(wall(grader_cmd, ROOT))
        theirs.append(wall(baseline_cmd, baseline_cwd, baseline_env))
    a, b = statistics.median(ours), statistics.median(theirs)
    ratio = a / b
    verdict = "meets" if ratio <= target else "MISSES"
    print(f"{name}\n  grader   median {a * 1000:7.0f} ms  (min {min(ours) * 1000:.0f})\n"
          f"  baseline median {b * 1000:7.0f} ms  (min {min(theirs) * 1000:.0f})\n"
          f"  ratio {ratio:.2f}x: {verdict} the {target}x target")
    return ratio


WATCH_TARGET_MS = 100


def watch_latency(python: str, saves: int) -> list[float]:
    """Milliseconds from each save to watch's verdict line, measured in a scratch repository."""
    with tempfile.TemporaryDirectory() as scratch:
        repo = Path(scratch) / "repo"
        repo.mkdir()
        for name in ("grader", "katas", "solutions", "tests", "katas.toml", "pyproject.toml"):
            source = ROOT / name
            copy = shutil.copytree if source.is_dir() else shutil.copy2
            copy(source, repo / name, **({"ignore": shutil.ignore_patterns("__pycache__")} if source.is_dir() else {}))
        env = {**os.environ, "KATAGRAD_HOME": str(Path(scratch) / "home"), "PYTHONUNBUFFERED": "1"}
        watcher = subprocess.Popen([python, "-m", "grader", "watch", "gd_x_squared"], cwd=repo, env=env,
                                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        buffer = b""

        def wait_for(word: bytes, timeout: float = 30.0) -> float:
            nonlocal buffer
            deadline = time.perf_counter() + timeout
            while time.perf_counter() < deadline:
                at = buffer.find(word)
                if at >= 0:
                    buffer = buffer[at + len(word):]
                    return time.perf_counter()
                if select.select([watcher.stdout], [], [], 0.01)[0]:
                    buffer += os.read(watcher.stdout.fileno(), 65536)
            sys.exit(f"watch never printed {word!r}: {buffer[-500:]!r}")

        try:
            wait_for(b"Watching")
            wait_for(b" tests ")  # watch grades the file once at start: its first verdict
            target = repo / "katas" / "optimization" / "gd_x_squared.py"
            passing = (ROOT / "solutions/optimization/gd_x_squared.py").read_text()
            failing = (ROOT / "tests/mistakes/optimization/gd_x_squared/sign_flip.py").read_text()
            latencies = []
            for number in range(saves):
                text = (passing if number % 2 else failing) + f"\n# save {number}\n"
                buffer = b""
                started = time.perf_counter()
                target.write_text(text)
                verdict = wait_for(b"passed" if number % 2 else b"failed")
                latencies.append((verdict - started) * 1000)
                time.sleep(0.3)
            return latencies
        finally:
            watcher.kill()
            watcher.wait()


BOUNDARY_TARGET_MS = 10.0


def boundary_cost(rounds: int = 40) -> tuple[float, float]:
    """Median milliseconds to start a worker, load a file and answer one call: (with, without)."""
    sys.path.insert(0, str(ROOT))
    from grader import sandbox
    sandbox.readable_paths()  # computed once per grading process: not part of a worker's start
    timings = {True: [], False: []}
    for number in range(2 * rounds + 2):
        confine = number % 2 == 0
        sandbox.prepare(1)
        worker = sandbox.Worker("bench.py", "def f(x):\n    return x + 1\n", 5.0, confine=confine)
        started = time.perf_counter()
        worker.start()
        worker.call("f", (1,), {}, "f(1)")
        elapsed = time.perf_counter() - started
        worker.close()
        if number >= 2:  # the first pair warms the caches
            timings[confine].append(elapsed * 1000)
    return statistics.median(timings[True]), statistics.median(timings[False])


def suite_time(python: str) -> tuple[float, float]:
    """(wall seconds, CPU seconds of every process) of `make test`'s pytest command."""
    import resource
    workers = str(min(4, os.cpu_count() or 1))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([python, "-m", "pytest", "-q", "-n", workers, "--dist", "loadgroup"], cwd=ROOT,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


BATCH_KATAS = ("optimization/gd_x_squared", "optimization/adam", "numerics/softmax")


def batch_rate(python: str, learners: int = 50) -> tuple[float, int]:
    """(learners per minute, learners graded) for one `grader batch` over a made-up class."""
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "submissions"
        for number in range(learners):
            learner = folder / f"learner{number:02d}"
            for index, kata in enumerate(BATCH_KATAS):
                mistakes = sorted((ROOT / "tests" / "mistakes" / kata).glob("*.py"))
                choice = (number + index) % 3
                source = (ROOT / "solutions" / f"{kata}.py" if choice == 0
                          else mistakes[number % len(mistakes)] if choice == 1
                          else ROOT / "katas" / f"{kata}.py")
                target = learner / f"{kata}.py"
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(source, target)
        env = {**os.environ, "KATAGRAD_HOME": str(Path(scratch) / "home")}
        started = time.perf_counter()
        proc = subprocess.run([python, "-m", "grader", "batch", str(folder), *BATCH_KATAS,
                               "--out", str(Path(scratch) / "out")], cwd=ROOT, env=env,
                              capture_output=True, text=True)
        minutes = (time.perf_counter() - started) / 60
        graded = len(list((Path(scratch) / "out" / "results").glob("*.json")))
        if proc.returncode not in (0, 1) or graded != learners:
            sys.exit(f"the batch did not grade every learner ({graded}/{learners}): {proc.stderr[-500:]}")
        return graded / minutes, graded


def main() -> int:
    python = sys.executable
    print(f"python {sys.version.split()[0]} · {ROUNDS} rounds each · medians of wall time\n")
    with tempfile.TemporaryDirectory() as scratch:
        (Path(scratch) / "test_trivial.py").write_text(TRIVIAL_TEST)
        a = pair("(a) one kata graded end to end vs bare pytest -q on one trivial numpy test", TARGET_A,
                 [python, "-m", "grader", "grade", "gd_x_squared", "--solutions", "--json", "--seed", "0"],
                 [python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_trivial.py"], Path(scratch))
    count = subprocess.run([python, "-m", "grader", "list", "--json"], cwd=ROOT, capture_output=True, text=True)
    n_katas = count.stdout.count('"id"')
    b = pair(f"\n(b) the whole catalogue ({n_katas} katas) graded vs the same hidden tests in-process against the references", TARGET_B,
             [python, "-m", "grader", "grade", "--solutions", "--json", "--seed", "0"],
             [python, "-m", "pytest", "-q", "tests/katas"], ROOT, {"KATAGRAD_INPROCESS": "1"})
    latencies = watch_latency(python, max(ROUNDS, 6))
    median = statistics.median(latencies)
    verdict = "meets" if median <= WATCH_TARGET_MS else "MISSES"
    print(f"\n(c) watch: save -> verdict, {len(latencies)} saves (failing and passing in turn)\n"
          f"  median {median:.0f} ms  (min {min(latencies):.0f}, max {max(latencies):.0f}): "
          f"{verdict} the {WATCH_TARGET_MS} ms target")
    confined, bare = boundary_cost()
    extra = confined - bare
    verdict = "meets" if extra <= BOUNDARY_TARGET_MS else "MISSES"
    print(f"\n(d) worker start-up, file load and one call, with and without the kernel boundary\n"
          f"  with {confined:.1f} ms, without {bare:.1f} ms (medians): {extra:+.1f} ms, "
          f"{verdict} the {BOUNDARY_TARGET_MS:g} ms target")
    rate, graded = batch_rate(python)
    print(f"\n(f) a course's batch: {graded} learners x {len(BATCH_KATAS)} katas, `grader batch` with 2 jobs\n"
          f"  {rate:.1f} learners per minute")
    suite_ok = True
    if "--no-suite" not in sys.argv[1:]:
        wall, cpu = suite_time(python)
        suite_ok = wall <= 600
        print(f"\n(e) make test's pytest command on {min(4, os.cpu_count() or 1)} worker(s)\n"
              f"  {wall / 60:.1f} min wall, {cpu / 60:.1f} min CPU: "
              f"{'meets' if suite_ok else 'MISSES'} the 10 min target")
    return 0 if (a <= TARGET_A and b <= TARGET_B and median <= WATCH_TARGET_MS and extra <= BOUNDARY_TARGET_MS
                 and suite_ok) else 1


if __name__ == "__main__":
    raise SystemExit(main())
