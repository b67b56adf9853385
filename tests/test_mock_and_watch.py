"""Mock interviews and watch mode, driven end to end by a script through the real command line."""
import contextlib
import os
import re
import select
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from grader import ROOT, manifest

CATALOGUE = manifest.load()


class Driver:
    """Runs `python -m grader ARGS`, reads its output as it comes, types into its stdin."""

    def __init__(self, *args, cwd=ROOT, env=None):
        self.proc = subprocess.Popen([sys.executable, "-m", "grader", *args], cwd=cwd, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                     env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})})
        self.text = ""
        self.seen = 0

    def _read(self, timeout: float) -> bool:
        ready, _, _ = select.select([self.proc.stdout], [], [], timeout)
        if not ready:
            return True
        data = os.read(self.proc.stdout.fileno(), 65536)
        self.text += data.decode("utf-8", "replace")
        return bool(data)

    def expect(self, pattern: str, timeout: float = 60) -> re.Match:
        """Wait for `pattern` in the output after what earlier expects consumed."""
        deadline = time.monotonic() + timeout
        while True:
            match = re.compile(pattern).search(self.text, self.seen)
            if match:
                self.seen = match.end()
                return match
            if time.monotonic() > deadline or not self._read(0.1):
                raise AssertionError(f"no {pattern!r} in the output:\n{self.text[-3000:]}")

    def type(self, line: str) -> None:
        self.proc.stdin.write(line.encode() + b"\n")
        self.proc.stdin.flush()

    def finish(self, timeout: float = 60) -> int:
        deadline = time.monotonic() + timeout
        while self.proc.poll() is None and time.monotonic() < deadline:
            self._read(0.1)
        while self._read(0):
            if self.proc.poll() is not None and not select.select([self.proc.stdout], [], [], 0)[0]:
                break
        return self.proc.wait(timeout=5)

    def stop(self) -> None:
        """End the command as a terminal's user or a script would (SIGTERM: it cleans up, its fork
        server's folder included), and kill it only if it does not end."""
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def _untouched_state() -> dict:
    """Size and time of every file in katas/: changed by a write, and read without opening the
    learner's files (no test reads them: tests/conftest.py)."""
    return {p: (p.stat().st_size, p.stat().st_mtime_ns) for p in (ROOT / "katas").rglob("*.py")}


def _save(path, text):
    path.write_text(text)
    os.utime(path)  # make sure the change is visible to polling even within one mtime tick


def test_a_mock_interview_from_draw_to_debrief(tmp_path, katagrad_home):
    workspace = tmp_path / "mock"
    learner_files = _untouched_state()
    driver = Driver("mock", "--seed", "4", "--count", "1", "--difficulty", "easy", "--minutes", "5",
                    "--workspace", str(workspace), "--poll")
    try:
        kata_id = driver.expect(r"Kata 1: (\S+)").group(1)
        kata = CATALOGUE.resolve(kata_id)
        assert kata.difficulty == "easy"
        driver.expect("Time budget")  # the statement is shown
        driver.expect("The clock is running")
        mine = workspace / f"{kata.name}.py"
        assert mine.exists() and "NotImplementedError" in mine.read_text()

        mistake = sorted(kata.mistakes_dir.glob("*.py"))[0]
        _save(mine, mistake.read_text())
        driver.expect(f"checking {kata.id}")
        driver.expect("failed")
        driver.type("h")
        driver.expect(f"Hint 1 of {len(kata.hints)}")

        _save(mine, kata.solution_path.read_text())
        driver.expect(f"checking {kata.id}")
        driver.expect("passed")
        driver.expect(re.escape(f"passed — `python -m grader explain {kata.id}` walks through the reference"))
        driver.expect("Debrief: every kata passed")
        debrief = driver.expect(r"time to pass (\d\d:\d\d)  attempts (\d+)  hints (\d+)")
        assert debrief.group(2) == "2" and debrief.group(3) == "1"
        driver.expect("Follow-up questions")
        driver.expect(re.escape(kata.follow_ups[0]))
        driver.expect(re.escape(f"mock --diff {workspace}"))
        assert driver.finish() == 0
    finally:
        driver.stop()
    # nothing in katas/ was touched; the mock is in the history
    assert _untouched_state() == learner_files
    listing = subprocess.run([sys.executable, "-m", "grader", "list", "--json"], cwd=ROOT, capture_output=True,
                             text=True, env={**os.environ}).stdout
    assert f'"id": "{kata.id}"' in listing
    diff = subprocess.run([sys.executable, "-m", "grader", "mock", "--diff", str(workspace)], cwd=ROOT,
                          capture_output=True, text=True).stdout
    assert "identical to the reference" in diff


def test_a_mock_stopped_early_still_debriefs(tmp_path, katagrad_home):
    driver = Driver("mock", "--seed", "1", "--count", "2", "--minutes", "5", "--no-hints",
                    "--hide-difficulty", "--workspace", str(tmp_path / "mock"), "--poll")
    try:
        header = driver.expect(r"Kata 1: \S+ · [^·\n]+· about")
        assert "easy" not in header.group(0) and "medium" not in header.group(0)
        driver.expect("The clock is running")
        assert "Kata 2:" not in driver.text  # one statement at a time
        driver.type("s 2")
        driver.expect("Kata 2:")
        driver.type("h")
        driver.expect("Hints are off")
        driver.type("q")
        driver.expect("Debrief: you stopped")
        driver.expect("not started")
        assert driver.finish() == 0  # a stop the learner asked for
    finally:
        driver.stop()


def test_ctrl_c_ends_a_mock_with_the_debrief(tmp_path, katagrad_home):
    import signal
    driver = Driver("mock", "--seed", "2", "--minutes", "5", "--workspace", str(tmp_path / "mock"), "--poll")
    try:
        driver.expect("The clock is running")
        driver.proc.send_signal(signal.SIGINT)
        driver.expect("Debrief: you stopped")
        driver.expect("Follow-up questions")
        assert driver.finish() == 0
        assert "Traceback" not in driver.text and "interrupted" not in driver.text
    finally:
        driver.stop()


def _processes_with(marker: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and int(entry.name) != os.getpid():
            try:
                if marker.encode() in (entry / "environ").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def _no_process_left(marker: str, within: float = 10.0) -> list[int]:
    deadline = time.monotonic() + within
    while _processes_with(marker) and time.monotonic() < deadline:
        time.sleep(0.1)
    return _processes_with(marker)


@contextlib.contextmanager
def _busy_cpus(n: int = 2):
    """Load: `n` busy loops beside the test, as on a loaded 2-core machine."""
    loops = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(n)]
    try:
        yield
    finally:
        for loop in loops:
            loop.kill()
            loop.wait()


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")
@pytest.mark.parametrize("delay", [0.0, 0.3])
@pytest.mark.parametrize("backend", ["--poll", "--no-poll"])
def test_ctrl_c_while_watch_warms_up_stops_cleanly_under_load(repo_copy, delay, backend):
    """Ctrl-C at once after start (warming up, grading for the first time) is a clean stop:
    one line, exit 0, no process left, even with both CPUs busy."""
    import signal
    marker = f"KATAGRAD_TEST_MARK={uuid.uuid4()}"
    with _busy_cpus():
        args = [backend] if backend == "--poll" else []
        driver = Driver("watch", CATALOGUE[0].name, *args, cwd=repo_copy, env=dict([marker.split("=")]))
        try:
            driver.expect("Watching")
            time.sleep(delay)
            before = len(driver.text)
            driver.proc.send_signal(signal.SIGINT)
            driver.expect("Stopped watching")
            assert driver.finish() == 0
            after = driver.text[before:].strip().splitlines()
            assert "Traceback" not in driver.text and "interrupted" not in driver.text
            assert len([line for line in after if line.strip()]) <= 2 and "Stopped watching" in after[-1], after
        finally:
            driver.stop()
    assert _no_process_left(marker) == []


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")
def test_ctrl_c_during_an_endless_grading_leaves_no_process(repo_copy):
    import signal
    marker = f"KATAGRAD_TEST_MARK={uuid.uuid4()}"
    kata = CATALOGUE[0]
    (repo_copy / "katas" / f"{kata.id}.py").write_text((ROOT / "tests/adversarial/endless_loop.py").read_text())
    driver = Driver("watch", kata.name, "--poll", cwd=repo_copy, env=dict([marker.split("=")]))
    try:
        driver.expect("Watching")
        time.sleep(2.0)  # inside the endless loop (the time limit is 5 s)
        driver.proc.send_signal(signal.SIGINT)
        driver.expect("Stopped watching")
        assert driver.finish() == 0
    finally:
        driver.stop()
    assert _no_process_left(marker, within=3.0) == []


@pytest.mark.parametrize("command", ["grade", "watch"])
def test_sigterm_during_an_endless_grading_ends_it_as_ctrl_c_does(repo_copy, tmp_path, command):
    """SIGTERM (`timeout`, a platform's time limit, `docker stop`) while the learner's code loops:
    the grader ends its workers and removes its temporary folders, as on Ctrl-C, and exits 143."""
    import signal
    marker = f"KATAGRAD_TEST_MARK={uuid.uuid4()}"
    kata = CATALOGUE[0]
    (repo_copy / "katas" / f"{kata.id}.py").write_text((ROOT / "tests/adversarial/endless_loop.py").read_text())
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    args = [command, kata.name] + (["--poll"] if command == "watch" else [])
    driver = Driver(*args, cwd=repo_copy, env={**dict([marker.split("=")]), "TMPDIR": str(temporary)})
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not list(temporary.glob("katagrad-*")):
            time.sleep(0.05)   # a worker has started: the learner's file is loading, then looping
        time.sleep(0.5)
        driver.proc.send_signal(signal.SIGTERM)
        assert driver.finish(timeout=30) == 143, driver.text
    finally:
        driver.stop()
    assert "Traceback" not in driver.text, driver.text
    assert _no_process_left(marker, within=3.0) == []
    assert not list(temporary.iterdir()), list(temporary.iterdir())


def test_watch_grades_at_once_on_start(repo_copy):
    driver = Driver("watch", CATALOGUE[0].name, "--poll", cwd=repo_copy)
    try:
        driver.expect("Watching")
        driver.expect(f"not started  {CATALOGUE[0].id}")  # no save needed
    finally:
        driver.stop()


def test_watching_every_kata_moves_on_after_a_pass(repo_copy):
    first, second = CATALOGUE[0], CATALOGUE[1]
    driver = Driver("watch", "--poll", cwd=repo_copy)
    try:
        driver.expect(re.escape(f"0 kata(s) passed so far, in catalogue order ({len(CATALOGUE)} in all)"))
        driver.expect(f"Now: {first.id}")
        _save(repo_copy / "katas" / f"{first.id}.py", first.solution_path.read_text())
        driver.expect(f"passed  {first.id}")
        driver.expect(f"Moving on to the next kata not passed yet: {second.id}")
    finally:
        driver.stop()


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
@pytest.mark.parametrize("target", ["watch", "mock"])
def test_make_watch_and_mock_stop_on_ctrl_c_without_an_error(repo_copy, tmp_path, target):
    """Ctrl-C reaches make and the grader alike (the terminal signals the whole group): make
    must not report `Error 130`."""
    import signal
    (repo_copy / ".venv").symlink_to(ROOT / ".venv")
    keep = [arg for marker in (".katagrad-ready", ".katagrad-extras") for arg in ("-o", f".venv/{marker}")]
    args = (["KATA=" + CATALOGUE[0].name] if target == "watch"
            else [f"ARGS=--seed 1 --poll --workspace {tmp_path / 'mock'}"])
    proc = subprocess.Popen(["make", "-s", *keep, target, *args], cwd=repo_copy, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    text = b""
    deadline = time.monotonic() + 60
    wanted = b"Watching" if target == "watch" else b"The clock is running"
    while wanted not in text and time.monotonic() < deadline:
        if select.select([proc.stdout], [], [], 0.1)[0]:
            text += os.read(proc.stdout.fileno(), 65536)
    time.sleep(1.0)
    os.killpg(proc.pid, signal.SIGINT)
    out, _ = proc.communicate(timeout=60)
    text = (text + out).decode()
    assert "make: ***" not in text and "Traceback" not in text and "KeyboardInterrupt" not in text, text
    stop = "Stopped watching" if target == "watch" else "Debrief: you stopped"
    assert stop in text and proc.returncode in (0, -signal.SIGINT), (proc.returncode, text)


def test_mock_time_runs_out(tmp_path, katagrad_home, monkeypatch):
    from grader import mock
    katas = [CATALOGUE[0]]
    interview = mock.Interview(katas, tmp_path / "w", minutes=0, seed=1, poll=True, out=open(os.devnull, "w"),
                               commands=None)
    assert interview.run() == 1
    assert interview.summary()["katas"][katas[0].id]["status"] == "not_started"


def test_watch_regrades_on_save(repo_copy):
    kata = CATALOGUE[0]
    mine = repo_copy / "katas" / f"{kata.id}.py"
    driver = Driver("watch", kata.name, "--poll", cwd=repo_copy)
    try:
        driver.expect("Watching")
        time.sleep(1.0)  # the warm-up grade
        mistake = sorted(kata.mistakes_dir.glob("*.py"))[0]
        _save(mine, mistake.read_text())
        driver.expect(f"checking {kata.id}")
        driver.expect(r"failed")
        _save(mine, kata.solution_path.read_text())
        driver.expect(r"passed")
        driver.expect(re.escape(f"`python -m grader explain {kata.id}` walks through the reference"))
    finally:
        driver.stop()


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")
def test_file_watcher_sees_content_changes_not_touches(tmp_path):
    from grader.watch import FileWatcher
    path = tmp_path / "k.py"
    path.write_text("a = 1\n")
    watcher = FileWatcher([path], poll=True)
    os.utime(path)
    assert watcher.changed(timeout=0.2) == []
    path.write_text("a = 2\n")
    assert watcher.changed(timeout=1.0) == [path.resolve()]


def test_a_fifo_in_a_mock_workspace_or_watched_is_never_waited_on(tmp_path):
    """A named pipe where a learner's file should be: the watcher's hash and the debrief's diff
    skip it at once (opened as a file, it would wait for a writer for ever)."""
    from grader import mock
    from grader.watch import FileWatcher
    workspace = tmp_path / "mock"
    workspace.mkdir()
    os.mkfifo(workspace / "gd_x_squared.py")
    (workspace / "adam.py").write_text("# my attempt\n")
    text = mock.diff(workspace, manifest.load())
    assert "gd_x_squared.py: not compared" in text and "not a regular file" in text
    assert "yours/adam.py" in text   # the regular file beside it is compared as usual
    watcher = FileWatcher([workspace / "gd_x_squared.py"], poll=True)
    assert watcher.changed(timeout=0.2) == []


@pytest.mark.parametrize("poll", [True, False])
def test_one_save_is_one_change_even_when_the_editor_truncates_first(tmp_path, poll):
    """A mock interview counted each save twice: editors truncate, then write, and the watcher
    read the empty file in between (an attempt), then the code (another)."""
    import threading
    from grader.watch import FileWatcher
    path = tmp_path / "k.py"
    path.write_text("a = 1\n")
    watcher = FileWatcher([path], poll=poll)
    watcher.changed(timeout=0.3)

    def editor():
        with open(path, "w") as file:  # truncate ...
            file.flush()
            time.sleep(0.15)
            file.write("a = 2\n")  # ... then write

    thread = threading.Thread(target=editor)
    thread.start()
    seen = []
    deadline = time.monotonic() + 1.5
    while time.monotonic() < deadline:
        seen += [changed.read_text() for changed in watcher.changed(timeout=0.2)]
    thread.join()
    assert seen == ["a = 2\n"]


def test_a_mock_hint_is_for_the_kata_you_are_on(tmp_path, katagrad_home):
    """`h` gives a hint for the kata on screen, then for the one saved last; no question asked."""
    workspace = tmp_path / "mock"
    driver = Driver("mock", "--seed", "3", "--count", "2", "--minutes", "5", "--workspace", str(workspace), "--poll")
    try:
        first = CATALOGUE.resolve(driver.expect(r"(?m)^  1\. (\S+)").group(1))
        second = CATALOGUE.resolve(driver.expect(r"(?m)^  2\. (\S+)").group(1))
        driver.expect("The clock is running")
        driver.type("h")
        driver.expect(f"Hint 1 of {len(first.hints)} for {first.name}")
        _save(workspace / f"{second.name}.py", sorted(second.mistakes_dir.glob("*.py"))[0].read_text())
        driver.expect(f"checking {second.id}")
        driver.expect("failed")
        driver.type("h")
        driver.expect(f"Hint 1 of {len(second.hints)} for {second.name}")
        assert "Which kata?" not in driver.text
        driver.type("q")
        assert driver.finish() == 0
    finally:
        driver.stop()
    from grader import progress
    # a mock changes nothing in the learner's progress: its hints are in its debrief only
    assert progress.hints_taken(first.id) == 0 and progress.hints_taken(second.id) == 0


def test_on_a_terminal_a_typed_command_is_not_glued_to_the_clock(tmp_path, katagrad_home):
    """The clock line ends with a prompt, and once the command is read the line the terminal
    echoed it on (clock and command) is redrawn as the command alone."""
    import io
    from grader.mock import Interview

    class Terminal(io.StringIO):
        def isatty(self):
            return True
    read, write = os.pipe()
    os.write(write, b"h\n")
    screen = Terminal()
    with os.fdopen(read) as commands:
        interview = Interview([CATALOGUE.resolve("gd_x_squared")], tmp_path / "mock", 5, 1, out=screen,
                              commands=commands, poll=True)
        interview._show_clock(299)
        assert screen.getvalue().endswith("0/1 passed  › ")
        assert interview._command() == "h"
    os.close(write)
    assert screen.getvalue().endswith("\033[F\033[K› h\n")


@pytest.mark.parametrize("poll", [True, False])
def test_a_save_before_the_first_wait_is_not_lost(tmp_path, poll):
    """watch grades at start, before it first waits for changes: a save made meanwhile counts."""
    from grader.watch import FileWatcher
    path = tmp_path / "k.py"
    path.write_text("a = 1\n")
    watcher = FileWatcher([path], poll=poll)
    time.sleep(0.3)  # grading at start
    path.write_text("a = 2\n")
    time.sleep(0.3)
    assert watcher.changed(timeout=1.0) == [path.resolve()]
    assert watcher.changed(timeout=0.3) == []
