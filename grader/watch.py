"""`python -m grader watch [KATA]`: re-grade a kata every time its file is saved.

Changes are seen by watchfiles (a real file watcher: inotify, FSEvents) when it is installed
(`pip install katagrad[watch]`, done by `make watch`), else by polling the files' size, mtime
and inode every 50 ms. A save that leaves the content unchanged is not graded again.
Grading runs in this process, warm: pytest, the tests and the fork server are loaded once.
"""
from __future__ import annotations

import hashlib
import os
import sys
import time
from pathlib import Path

POLL_INTERVAL = 0.05


class FileWatcher:
    """Which of a set of files changed content; `changed(timeout)` waits at most `timeout` s."""

    def __init__(self, paths: list[Path], poll: bool = False):
        self.paths = [Path(p).resolve() for p in paths]
        self.digests = {p: _digest(p) for p in self.paths}
        self.stats = {p: _stat(p) for p in self.paths}
        self.backend = "polling"
        self._events = None
        if not poll:
            try:
                import watchfiles
            except ImportError:
                pass
            else:
                folders = sorted({str(p.parent) for p in self.paths})
                self._events = watchfiles.watch(*folders, debounce=20, step=5, rust_timeout=100,
                                                yield_on_timeout=True, raise_interrupt=False)
                self.backend = "watchfiles"

    def changed(self, timeout: float) -> list[Path]:
        deadline = time.monotonic() + timeout
        while True:
            if self._events is not None:
                batch = next(self._events, None)
                if batch is None:
                    raise KeyboardInterrupt
                candidates = {Path(path).resolve() for _, path in batch} & set(self.paths)
            else:
                time.sleep(POLL_INTERVAL)
                candidates = {p for p in self.paths if _stat(p) != self.stats[p]}
            changed = []
            for path in sorted(candidates):
                self.stats[path] = _stat(path)
                digest = _digest(path)
                if digest != self.digests[path]:
                    self.digests[path] = digest
                    changed.append(path)
            if changed or time.monotonic() >= deadline:
                return changed


def _stat(path: Path):
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns, info.st_ino


def _digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def grade_one(kata, path: Path, seed: int | None = None, source: str = "katas"):
    """Grade `path` as `kata` in this process and record it as a grading from `source` (katas:
    the learner's file, mock: a mock interview's copy); returns the Result."""
    from grader import grading, progress
    (result,), _ = grading.grade([grading.Job(kata, path, source)], seed)
    progress.record_grading(result, path)
    return result


def verdict_lines(result, paint) -> list[str]:
    head = (f"{paint.status(result.status)}  {result.kata}  {result.tests_passed}/{result.tests_total} tests"
            f"  {result.seconds:.2f}s")
    from grader.report import detail_lines, fit, terminal_width
    lines = [head] + (detail_lines(result) if result.status != "passed" else [])
    return fit(lines, terminal_width())


def run(katas, poll: bool = False, out=sys.stdout) -> int:
    """The watch loop, until Ctrl-C. `katas` maps each watched file to its kata."""
    from grader import grading, report
    paint = report.Painter(report.use_colour(out))
    watcher = FileWatcher(list(katas), poll=poll)
    shown = ", ".join(os.path.relpath(p) for p in list(katas)[:3]) + (" …" if len(katas) > 3 else "")
    print(f"Watching {shown} ({watcher.backend}). Save to grade; Ctrl-C to stop.", file=out, flush=True)
    grading.warm()
    first = next(iter(katas.values()))
    grading.grade([grading.Job(first, first.solution_path, "warm-up")], 0)  # load tests, fork server
    graded = 0
    try:
        while True:
            for path in watcher.changed(timeout=1.0):
                kata = katas[path]
                print(f"checking {kata.id}…", file=out, flush=True)
                result = grade_one(kata, path)
                graded += 1
                print("\n".join(verdict_lines(result, paint)), file=out, flush=True)
    except KeyboardInterrupt:
        print(f"\nStopped watching after {graded} grading(s).", file=out, flush=True)
    return 0
