"""How much CPU time a learner's code gets: scaled from the reference's own time on this machine.

A kata's budget is FACTOR times the CPU time its reference solution takes to run the kata's
hidden tests here, or the kata's `time_limit` (the floor) when that is larger:

    budget = max(time_limit, FACTOR × reference CPU seconds)

CPU time, not wall-clock time: a busy machine slows a process down without charging it more CPU,
and a slow laptop runs the reference slower too, so the same code gets the same verdict on both.
The reference is timed once per kata (in this process, through the same hidden tests) and the
figure is kept in .katagrad/calibration.json, keyed by the solution's and the tests' content.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile

FACTOR = 10.0


def _key(kata) -> str:
    digest = hashlib.sha256()
    for path in (kata.solution_path, kata.test_path):
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"missing")
    digest.update(sys.version.encode())
    return f"{kata.id}:{digest.hexdigest()[:20]}"


def _cache_path():
    from grader import progress
    return progress.home() / "calibration.json"


def _load() -> dict:
    try:
        data = json.loads(_cache_path().read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _save(data: dict) -> None:
    path = _cache_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".calibration-")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out, indent=1, sort_keys=True)
        os.replace(temporary, path)  # whole or not at all, whoever else writes it
    except OSError:
        pass  # a read-only home: calibrate again next time


def reference_seconds(katas, measure) -> dict[str, float]:
    """{kata id: CPU seconds its reference takes on its hidden tests}, measuring the missing ones
    with `measure(katas) -> {kata id: CPU seconds}` (grading.measure_references: it runs the
    hidden tests in-process; only clean runs give a figure)."""
    cache = _load()
    keys = {kata.id: _key(kata) for kata in katas}
    missing = [kata for kata in katas if keys[kata.id] not in cache]
    if missing:
        for kata_id, seconds in measure(missing).items():
            cache[keys[kata_id]] = round(seconds, 4)
        _save(cache)
    return {kata.id: float(cache.get(keys[kata.id], 0.0)) for kata in katas}


def budgets(katas, measure) -> dict[str, float]:
    """{kata id: CPU seconds the learner's code may use for the whole kata}."""
    measured = reference_seconds(katas, measure)
    return {kata.id: max(kata.time_limit, FACTOR * measured[kata.id]) for kata in katas}
