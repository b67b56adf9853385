"""`python -m grader batch DIR`: grade many learners' submissions on one machine.

DIR holds one folder per learner (each a submission folder, see grader/submissions.py), or
`.py` files named `<learner>__<kata name>.py`. Each learner is graded in a grading process of its
own (and each of their files in its own sandboxed worker, as always), at most `jobs` at a time.
Every learner's result is written to OUT/results/<file name of the learner>.json as soon as it is
known, with a hash of what was graded: a batch that is killed picks up where it stopped, and a
learner whose files changed is graded again. At the end, OUT/summary.csv and OUT/summary.json:
each learner's status and points per kata, and in total.

Learners are named by their folder or file names, whatever bytes those hold: two learners never
share a results file (its name is the learner's name percent-encoded, with a hash of the exact
bytes), and names are shown with unprintable characters escaped. No link is followed: a learner
folder that is a link, a flat file that is a link, a link inside a folder are all ignored.
"""
from __future__ import annotations

import contextlib
import csv
import hashlib
import json
import os
import shutil
import stat
import subprocess
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor, as_completed
from fractions import Fraction
from pathlib import Path

from grader import ROOT, manifest, staticcheck, submissions
from grader.loading import NotARegularFile, read_bounded
from grader.printable import printable

STAGING = ".staging"  # OUT/.staging: flat files gathered per learner and each grading's temporary
                      # folder, removed when the batch ends (or by the next run, after a kill)


def shown(name: str) -> str:
    """A learner's name as text on one line: bytes that are not UTF-8 as \\x.. escapes, control
    characters (newline and tab too) escaped."""
    text = os.fsencode(name).decode("utf-8", "backslashreplace")
    return printable(text.replace("\n", "\\n").replace("\t", "\\t"))


def record_name(name: str) -> str:
    """The results file name of a learner: readable, and distinct for distinct names (the hash is
    of the exact bytes, so neither case-folding file systems nor encoding can merge two)."""
    raw = os.fsencode(name)
    readable = urllib.parse.quote(raw, safe="-_")[:80]
    return f"{readable}.{hashlib.sha256(raw).hexdigest()[:16]}.json"


def _regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.lstat().st_mode)
    except OSError:
        return False


def _copy_head(source: Path, target: Path) -> None:
    """Copy a flat file into the staging folder: only the bytes grading may read (a kata file's
    size limit, and one more), then extended to its full size without writing it (a sparse
    file), so an upload of gigabytes costs neither the time nor the disk to copy it, and is
    still refused as too large, with its size."""
    head = read_bounded(source, staticcheck.MAX_SOURCE + 1)
    with open(target, "xb") as handle:
        handle.write(head)
        size = source.lstat().st_size
        if size > len(head):
            handle.truncate(size)


def learners(folder: Path, catalogue, staging: Path, warn=None) -> dict[str, Path]:
    """{learner: their submission folder}. Flat files `<learner>__<kata name>.py` are gathered
    into a folder per learner under `staging`; a file whose name does not end in `__<a kata's
    name>` after a non-empty learner name is left out (with a warning)."""
    warn = warn or (lambda text: None)
    names = sorted({kata.name for kata in catalogue}, key=len, reverse=True)
    found, flat = {}, {}
    for entry in sorted(folder.iterdir()):
        if entry.name.startswith("."):
            continue
        if entry.is_symlink():
            warn(f"ignored {shown(entry.name)}: a link (links are never followed)")
        elif entry.is_dir():
            found[entry.name] = entry
        elif entry.suffix == ".py" and _regular(entry):
            stem = entry.name[:-3]
            kata = next((name for name in names if stem.endswith(f"__{name}") and len(stem) > len(name) + 2), None)
            if kata is None:
                warn(f"ignored {shown(entry.name)}: not <learner>__<kata name>.py")
                continue
            flat.setdefault(stem[:-len(kata) - 2], []).append((entry, kata))
    for learner, files in flat.items():
        if learner in found:
            warn(f"ignored the flat files of {shown(learner)}: that learner has a folder")
            continue
        own = staging / record_name(learner)[:-5]
        own.mkdir(parents=True)
        for file, kata in files:
            try:
                _copy_head(file, own / f"{kata}.py")
            except (OSError, NotARegularFile) as error:  # replaced since it was listed
                warn(f"ignored {shown(file.name)}: it could not be read ({error})")
        found[learner] = own
    return dict(sorted(found.items(), key=lambda item: os.fsencode(item[0])))


def _points(result: dict, weight: float) -> Fraction:
    """A kata's points for a result: its weight shared between its hidden tests, 0 after a verdict."""
    if result["status"] not in ("passed", "failed") or not result["tests_total"]:
        return Fraction(0)
    return Fraction(str(weight)) * result["tests_passed"] / result["tests_total"]


def _number(value: Fraction) -> float | int:
    return int(value) if value.denominator == 1 else round(float(value), 4)


_stopping = threading.Event()         # the batch was interrupted: no grading starts, none is recorded
_running: set = set()                 # the gradings under way (subprocess.Popen)
_running_lock = threading.Lock()


class Stopped(KeyboardInterrupt):
    """A learner's grading was cut short by an interrupt of the batch: nothing is recorded."""


def _grading(command: list[str], env: dict) -> tuple[str, str, int]:
    """Run one learner's grading process; (stdout, stderr, exit code). Registered while it runs,
    so an interrupt of the batch reaches it (stop_gradings)."""
    with _running_lock:
        if _stopping.is_set():
            raise Stopped("the batch is stopping")
        proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                errors="backslashreplace", cwd=ROOT, env=env)
        _running.add(proc)
    try:
        try:
            stdout, stderr = proc.communicate(timeout=3600)
        except subprocess.TimeoutExpired:
            proc.kill()
            stdout, stderr = proc.communicate()
    finally:
        with _running_lock:
            _running.discard(proc)
    return stdout, stderr, proc.returncode


def stop_gradings() -> None:
    """On an interrupt of the batch (Ctrl-C reaches every process of the terminal's group, SIGTERM
    only the batch): start no more gradings, and end those under way as Ctrl-C would, each
    removing its own workers and temporary files."""
    import signal
    with _running_lock:
        _stopping.set()
        for proc in _running:
            if proc.poll() is None:
                with contextlib.suppress(OSError):
                    proc.send_signal(signal.SIGTERM)


def grade_one(learner: str, folder: Path, katas: list[str], seed: int, out: Path, catalogue) -> dict:
    """Grade one learner in a grading process of its own; write and return their record."""
    found, _ = submissions.find(folder, catalogue)
    fingerprint = submissions.digest(found.values())
    target = out / "results" / record_name(learner)
    if target.exists():
        try:
            record = json.loads(target.read_text(encoding="utf-8"))
            if record.get("schema") == 2 and record.get("digest") == fingerprint and record.get("katas") == katas:
                record["resumed"] = True
                return record
        except (OSError, ValueError):
            pass
    started = time.monotonic()
    # the grading's own temporary files (its workers' folders) go to a folder of its own, removed
    # here, or by the next run if this one is killed: nothing is left in the system's temp folder
    scratch = out / STAGING / "tmp" / target.stem
    scratch.mkdir(parents=True, exist_ok=True)
    try:
        stdout, stderr, _ = _grading([sys.executable, "-m", "grader", "grade", "--submission", str(folder),
                                         "--seed", str(seed), "--json", *katas],
                                        {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "TMPDIR": str(scratch)})
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if _stopping.is_set():
        raise Stopped(learner)   # no record: the next run grades this learner
    complete = True
    try:
        results = json.loads(stdout)["results"]
    except (ValueError, KeyError, TypeError):  # it crashed, or something else interrupted it
        complete = False  # recorded for the summary, and graded again by the next run
        results = [{"kata": kata, "status": "error", "tests_passed": 0, "tests_total": 0,
                    "feedback": f"grading failed: {printable(stderr.strip()[-500:])}", "tests": []}
                   for kata in katas]
    weights = {kata.id: kata.points for kata in catalogue}
    missing = sorted(kata for kata in (katas or [r["kata"] for r in results]) if kata not in found)
    points = {r["kata"]: _points(r, weights.get(r["kata"], 1.0)) for r in results}
    record = {"schema": 2, "learner": shown(learner), "file": target.name, "katas": katas,
              "digest": fingerprint if complete else None,
              "seconds": round(time.monotonic() - started, 3),
              "passed": sum(r["status"] == "passed" for r in results), "total": len(results),
              "points": _number(sum(points.values(), Fraction(0))),
              "max_points": _number(sum((Fraction(str(weights.get(r["kata"], 1.0))) for r in results), Fraction(0))),
              "missing": missing, "results": [{**r, "points": _number(points[r["kata"]])} for r in results]}
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.tmp")
    temporary.write_text(json.dumps(record, indent=1), encoding="utf-8")
    temporary.replace(target)  # whole or not at all: a kill never leaves half a record
    return record


def run(folder: Path, katas: list[str], out: Path, jobs: int = 2, seed: int = 0, stream=sys.stderr,
        catalogue=None) -> list[dict]:
    """Grade every learner of `folder`; returns their records in learner order."""
    catalogue = catalogue or manifest.load()
    out.mkdir(parents=True, exist_ok=True)
    staging = out / STAGING
    shutil.rmtree(staging, ignore_errors=True)  # what a killed batch left
    try:
        everyone = learners(folder, catalogue, staging, warn=lambda text: stream.write(f"batch: {text}\n"))
        records, done, started = {}, 0, time.monotonic()
        _stopping.clear()
        with ThreadPoolExecutor(max(1, jobs)) as pool:
            futures = {pool.submit(grade_one, name, path, katas, seed, out, catalogue): name
                       for name, path in everyone.items()}
            try:
                for future in as_completed(futures):
                    records[futures[future]] = future.result()
                    done += 1
                    _progress(done, len(everyone), time.monotonic() - started, stream)
            except BaseException:  # Ctrl-C, SIGTERM: the gradings under way end too, none is recorded
                pool.shutdown(wait=False, cancel_futures=True)
                stop_gradings()
                raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    ordered = [records[name] for name in everyone]
    write_summary(ordered, katas, out)
    return ordered


def _progress(done: int, total: int, seconds: float, stream) -> None:
    width = 30
    filled = int(width * done / max(total, 1))
    rate = done / seconds * 60 if seconds > 0 else 0.0
    end = "\n" if done == total else ""
    stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} learners · {rate:.0f}/min{end}")
    stream.flush()


def status(record: dict, kata: str) -> str:
    """A learner's status for a kata in the summary: "missing" when they sent no file for it."""
    if kata in record.get("missing", ()):
        return "missing"
    return next((r["status"] for r in record["results"] if r["kata"] == kata), "missing")


def write_summary(records: list[dict], katas: list[str], out: Path) -> None:
    """summary.csv (a row per learner: points, then status and points per kata) and summary.json."""
    columns = list(dict.fromkeys(katas or [r["kata"] for record in records for r in record["results"]]))
    with open(out / "summary.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["learner", "passed", "total", "points", "max_points",
                         *(f"{kata} {what}" for kata in columns for what in ("status", "points"))])
        for record in records:
            points = {r["kata"]: r.get("points", 0) for r in record["results"]}
            writer.writerow([record["learner"], record["passed"], record["total"], record["points"],
                             record["max_points"],
                             *(value for kata in columns for value in (status(record, kata), points.get(kata, 0)))])
    summary = {"schema": 1, "katas": columns,
               "learners": [{key: record[key] for key in ("learner", "passed", "total", "points", "max_points", "seconds")}
                            | {"statuses": {kata: status(record, kata) for kata in columns},
                               "kata_points": {r["kata"]: r.get("points", 0) for r in record["results"]},
                               "results_file": f"results/{record['file']}"}
                            for record in records]}
    (out / "summary.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")

