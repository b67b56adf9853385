"""`python -m grader batch DIR`: grade many learners' submissions on one machine.

DIR holds one folder per learner (each a submission folder, see grader/submissions.py), or
`.py` files named `<learner>__<kata name>.py`. Each learner is graded in a grading process of its
own (and each of their files in its own sandboxed worker, as always), at most `jobs` at a time.
Every learner's result is written to OUT/results/<learner>.json as soon as it is known, with a
hash of what was graded: a batch that is killed picks up where it stopped, and a learner whose
files changed is graded again. At the end, OUT/summary.csv and OUT/summary.json.
"""
from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

from grader import ROOT, submissions


def learners(folder: Path) -> dict[str, Path]:
    """{learner: their submission folder}; flat files `<learner>__<kata>.py` are gathered into
    a folder per learner under a private temporary directory."""
    found = {}
    flat: dict[str, list[Path]] = {}
    for entry in sorted(folder.iterdir()):
        if entry.name.startswith("."):
            continue
        if entry.is_dir() and not entry.is_symlink():
            found[entry.name] = entry
        elif entry.is_file() and entry.suffix == ".py" and "__" in entry.stem:
            flat.setdefault(entry.stem.split("__", 1)[0], []).append(entry)
    if flat:
        staging = Path(tempfile.mkdtemp(prefix="katagrad-batch-"))
        for learner, files in flat.items():
            own = staging / learner
            own.mkdir()
            for file in files:
                shutil.copyfile(file, own / f"{file.stem.split('__', 1)[1]}.py")
            found.setdefault(learner, own)
    return found


def _safe_name(learner: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in learner) or "_"


def grade_one(learner: str, folder: Path, katas: list[str], seed: int, out: Path) -> dict:
    """Grade one learner in a grading process of its own; write and return their record."""
    from grader import manifest
    found, _ = submissions.find(folder, manifest.load())
    fingerprint = submissions.digest(found.values())
    target = out / "results" / f"{_safe_name(learner)}.json"
    if target.exists():
        try:
            record = json.loads(target.read_text(encoding="utf-8"))
            if record.get("digest") == fingerprint and record.get("katas") == katas:
                record["resumed"] = True
                return record
        except (OSError, ValueError):
            pass
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "grader", "grade", "--submission", str(folder),
                           "--seed", str(seed), "--json", *katas],
                          capture_output=True, text=True, cwd=ROOT, timeout=3600,
                          env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    try:
        document = json.loads(proc.stdout)
        results = document["results"]
    except (ValueError, KeyError):
        results = [{"kata": kata, "status": "error", "tests_passed": 0, "tests_total": 0,
                    "feedback": f"grading failed: {proc.stderr.strip()[-500:]}", "tests": []} for kata in katas]
    record = {"learner": learner, "katas": katas, "digest": fingerprint, "seconds": round(time.monotonic() - started, 3),
              "passed": sum(r["status"] == "passed" for r in results), "total": len(results), "results": results}
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.tmp")
    temporary.write_text(json.dumps(record, indent=1), encoding="utf-8")
    temporary.replace(target)  # whole or not at all: a kill never leaves half a record
    return record


def run(folder: Path, katas: list[str], out: Path, jobs: int = 2, seed: int = 0, stream=sys.stderr) -> list[dict]:
    """Grade every learner of `folder`; returns their records in learner order."""
    everyone = learners(folder)
    out.mkdir(parents=True, exist_ok=True)
    records, done, started = {}, 0, time.monotonic()
    with ThreadPoolExecutor(max(1, jobs)) as pool:
        futures = {pool.submit(grade_one, name, path, katas, seed, out): name for name, path in everyone.items()}
        for future in as_completed(futures):
            records[futures[future]] = future.result()
            done += 1
            _progress(done, len(everyone), time.monotonic() - started, stream)
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


def write_summary(records: list[dict], katas: list[str], out: Path) -> None:
    columns = list(dict.fromkeys(katas or [r["kata"] for record in records for r in record["results"]]))
    with open(out / "summary.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["learner", "passed", "total", *columns])
        for record in records:
            status = {r["kata"]: r["status"] for r in record["results"]}
            writer.writerow([record["learner"], record["passed"], record["total"],
                             *(status.get(kata, "missing") for kata in columns)])
    summary = {"schema": 1, "katas": columns,
               "learners": [{key: record[key] for key in ("learner", "passed", "total", "seconds")}
                            | {"statuses": {r["kata"]: r["status"] for r in record["results"]}}
                            for record in records]}
    (out / "summary.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")
