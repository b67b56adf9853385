"""Mock interviews and watch mode, driven end to end by a script through the real command line."""
import os
import re
import select
import subprocess
import sys
import time

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
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


def _save(path, text):
    path.write_text(text)
    os.utime(path)  # make sure the change is visible to polling even within one mtime tick


def test_a_mock_interview_from_draw_to_debrief(tmp_path, katagrad_home):
    workspace = tmp_path / "mock"
    learner_files = {p: p.read_bytes() for p in (ROOT / "katas").rglob("*.py")}
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
    assert {p: p.read_bytes() for p in (ROOT / "katas").rglob("*.py")} == learner_files
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
        driver.expect("Kata 2:")
        driver.expect("The clock is running")
        driver.type("h")
        driver.expect("Hints are off")
        driver.type("q")
        driver.expect("Debrief: you stopped")
        driver.expect("not started")
        assert driver.finish() == 1
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
        assert driver.finish() == 1
        assert "Traceback" not in driver.text
    finally:
        driver.stop()


def test_ctrl_c_ends_watch_cleanly(repo_copy):
    import signal
    driver = Driver("watch", CATALOGUE[0].name, "--poll", cwd=repo_copy)
    try:
        driver.expect("Watching")
        time.sleep(0.5)
        driver.proc.send_signal(signal.SIGINT)
        driver.expect("Stopped watching")
        assert driver.finish() == 0
        assert "Traceback" not in driver.text
    finally:
        driver.stop()


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
