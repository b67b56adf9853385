"""`python -m grader watch [KATA]`: re-grade a kata every time its file is saved.

Changes are seen by watchfiles (a real file watcher: inotify, FSEvents) when it is installed
(`pip install katagrad[watch]`, done by `make watch`), else by polling the files' size, mtime
and inode every 50 ms. A save that leaves the content unchanged is not graded again.
Grading runs in this process, warm: pytest, the tests and the fork server are loaded once.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

POLL_INTERVAL = 0.05
CHUNK = 8  # katas graded at a time when watch looks for the next one to do
SETTLE = 0.02  # a save is over when the file has stayed the same this long


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
                import logging  # its "KeyboardInterrupt caught" warning would be a third line on Ctrl-C
                logging.getLogger("watchfiles").setLevel(logging.ERROR)
                folders = sorted({str(p.parent) for p in self.paths})
                self._events = watchfiles.watch(*folders, debounce=20, step=5, rust_timeout=100,
                                                yield_on_timeout=True, raise_interrupt=False)
                # a generator watches from its first next(): start it now, or a save made before
                # the first changed() (while watch grades at start) is never seen
                next(self._events, None)
                self.backend = "watchfiles"
        self._rescan = True  # the first changed() compares every file with its digest above

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
            if self._rescan:
                self._rescan = False
                candidates = set(self.paths)
            changed = []
            for path in sorted(candidates):
                if not _settled(path):
                    continue  # mid-save: the new content is not there yet; its own event follows
                self.stats[path] = _stat(path)
                digest = _digest(path)
                if digest != self.digests[path]:
                    self.digests[path] = digest
                    changed.append(path)
            if changed or time.monotonic() >= deadline:
                return changed


def _settled(path: Path, quiet: float = SETTLE, limit: float = 0.5) -> bool:
    """The file has content and kept the same size and mtime for `quiet` seconds.

    Editors save in steps: truncate, then write (and fsync). Read between the two, a save looked
    like two changes, an empty file and then the code: graded twice, counted as two attempts."""
    deadline = time.monotonic() + limit
    before = _stat(path)
    while True:
        if before is None or before[0] == 0:
            return False
        time.sleep(quiet)
        now = _stat(path)
        if now == before or time.monotonic() > deadline:
            return now is not None and now[0] > 0
        before = now


def _stat(path: Path):
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns, info.st_ino


def _digest(path: Path) -> str:
    from grader.progress import file_hash
    return file_hash(path)


def grade_one(kata, path: Path, seed: int | None = None, source: str = "katas", record: bool = True):
    """Grade `path` as `kata` in this process and record it as a grading from `source` (katas:
    the learner's file, mock: a mock interview's copy); returns the Result. With record=False
    the caller records it (progress.record_grading) once the verdict is on the screen."""
    from grader import grading, progress
    (result,), _ = grading.grade([grading.Job(kata, path, source)], seed)
    if record:
        progress.record_grading(result, path)
    return result


def verdict_lines(result, paint) -> list[str]:
    head = (f"{paint.status(result.status)}  {result.kata}  {result.tests_passed}/{result.tests_total} tests"
            f"  {result.seconds:.2f}s")
    from grader.report import detail_lines, fit, terminal_width
    lines = [head] + (detail_lines(result) if result.status != "passed" else [])
    if result.status == "passed":
        lines.append(f"passed — `python -m grader explain {result.kata}` walks through the reference")
    return fit(lines, terminal_width())


def run(katas, poll: bool = False, out=sys.stdout) -> int:
    """The watch loop, until Ctrl-C. `katas` maps each watched file to its kata, in catalogue order.

    It grades at once on start (no waiting for a save). Watching every kata, it works like
    rustlings: it shows the first kata not passed yet and, when that one passes, moves on to the
    next. Ctrl-C at any moment (warming up, grading, waiting) stops it with one line; exit 0."""
    graded = 0
    try:  # everything, warm-up included: a Ctrl-C while warming up is a stop like any other
        from grader import grading, report
        paint = report.Painter(report.use_colour(out))
        watcher = FileWatcher(list(katas), poll=poll)
        shown = ", ".join(os.path.relpath(p) for p in list(katas)[:3]) + (" …" if len(katas) > 3 else "")
        print(f"Watching {shown} ({watcher.backend}). Save to grade; Ctrl-C to stop.", file=out, flush=True)
        grading.warm()
        from grader import progress
        paths = list(katas)
        statuses: dict = {}

        def first_open(start: int):
            """Grade in catalogue order from `start`, a few katas at a time, up to the first one
            not passed (rustlings' way: a catalogue of 70 katas is not graded whole on start)."""
            nonlocal graded
            position = start
            while position < len(paths):
                chunk = paths[position:position + CHUNK]
                results, _ = grading.grade([grading.Job(katas[p], p, "katas") for p in chunk])
                for path, result in zip(chunk, results):
                    progress.record_grading(result, path)
                    statuses[path] = result
                graded += len(results)
                for path, result in zip(chunk, results):
                    if result.status != "passed":
                        return path
                position += CHUNK
            return None

        current = first_open(0)
        if len(katas) > 1:
            done = sum(r.status == "passed" for r in statuses.values())
            print(f"{done} kata(s) passed so far, in catalogue order ({len(katas)} in all).", file=out, flush=True)
        if current is not None:
            _show(statuses[current], katas[current], len(katas) > 1, paint, out)
        else:
            print("\n".join(verdict_lines(statuses[paths[0]], paint)) if len(katas) == 1
                  else "Every kata passed. Keep saving to re-grade.", file=out, flush=True)
        while True:
            for path in watcher.changed(timeout=1.0):
                kata = katas[path]
                print(f"checking {kata.id}…", file=out, flush=True)
                result = grade_one(kata, path, record=False)
                graded += 1
                statuses[path] = result
                print("\n".join(verdict_lines(result, paint)), file=out, flush=True)
                progress.record_grading(result, path)  # after the verdict: the learner waits for that only
                if len(katas) > 1 and result.status == "passed" and path == current:
                    current = first_open(paths.index(path) + 1) or next(
                        (p for p in paths if p in statuses and statuses[p].status != "passed"), None)
                    if current is None:
                        print(paint(f"Every kata passed: all {len(katas)} of them.", "32;1"), file=out, flush=True)
                    else:
                        print(f"Moving on to the next kata not passed yet: {katas[current].id}.", file=out, flush=True)
                        print(f"  Edit {os.path.relpath(current)}; the statement: python -m grader show "
                              f"{katas[current].name}", file=out, flush=True)
    except KeyboardInterrupt:
        print(f"\nStopped watching after {graded} grading(s).", file=out, flush=True)
        clean_stop()
    return 0


def clean_stop() -> None:
    """A Ctrl-C we handled ends the process with our exit status, not by SIGINT.

    Since bpo-1054041 CPython kills itself with SIGINT at exit when a KeyboardInterrupt escaped
    an exec() of a string, even one that a caller then caught: dataclasses builds its methods
    with exec, and a Ctrl-C during warm-up (pytest's imports) often lands there, so `make`
    reported an interrupt after a clean stop. A successful exec of a string clears that flag."""
    exec("None")


def _show(result, kata, every: bool, paint, out) -> None:
    if every:
        print(f"Now: {kata.id} ({kata.difficulty}, {kata.minutes} min). Edit {os.path.relpath(kata.stub_path)}; "
              f"the statement: python -m grader show {kata.name}", file=out, flush=True)
    print("\n".join(verdict_lines(result, paint)), file=out, flush=True)
