"""Finding the kata files in a submission folder (a course platform's upload, a learner's folder),
and grading them as an assignment.

A file is taken as the implementation of a kata when its path inside the folder is
`katas/<track>/<name>.py`, `<track>/<name>.py`, or `<name>.py` for a bare name that is
unambiguous in the catalogue. Anything else is listed as ignored, never run. Symbolic links
(to files or folders) are never followed: a link could lead out of the folder, to a reference.
"""
from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from grader import grading, staticcheck, stubs
from grader.loading import NotARegularFile, read_bounded

MISSING = "missing"  # the label of a result for a kata whose file was not submitted


def find(folder: Path, catalogue) -> tuple[dict, list[str]]:
    """({kata id: path}, [ignored files]) for the regular .py files below `folder`."""
    by_id = {kata.id: kata for kata in catalogue}
    by_name: dict[str, list] = {}
    for kata in catalogue:
        by_name.setdefault(kata.name, []).append(kata)
    found, ignored = {}, []
    for path in _files(Path(folder)):
        relative = path.relative_to(folder)
        try:
            mode = path.lstat().st_mode
        except OSError:
            continue
        if not stat.S_ISREG(mode) or path.suffix != ".py":  # links, FIFOs, devices, other files
            ignored.append(str(relative))
            continue
        parts = relative.with_suffix("").parts
        if parts[:1] == ("katas",):
            parts = parts[1:]
        kata = None
        if len(parts) == 2 and "/".join(parts) in by_id:
            kata = by_id["/".join(parts)]
        elif len(parts) == 1 and len(by_name.get(parts[0], [])) == 1:
            kata = by_name[parts[0]][0]
        if kata is None or kata.id in found:
            ignored.append(str(relative))
        else:
            found[kata.id] = path
    return found, ignored


def _files(folder: Path) -> list[Path]:
    """Every entry below `folder` that is not a folder, in sorted order, without entering hidden
    folders, __pycache__, or any link to a folder."""
    if folder.is_symlink():
        return []
    entries = []
    for where, folders, names in os.walk(folder, followlinks=False):
        folders[:] = sorted(name for name in folders if not name.startswith(".") and name != "__pycache__"
                            and not os.path.islink(os.path.join(where, name)))
        entries += [Path(where, name) for name in names if not name.startswith(".")]
        entries += [Path(where, name) for name in os.listdir(where)
                    if os.path.islink(os.path.join(where, name)) and os.path.isdir(os.path.join(where, name))]
    return sorted(entries)


def digest(paths) -> str:
    """One hash of the submitted files' names and contents (to tell a changed submission)."""
    total = hashlib.sha256()
    for path in sorted(map(os.fsencode, paths)):
        total.update(os.path.basename(path) + b"\0")
        try:
            total.update(read_bounded(os.fsdecode(path), staticcheck.MAX_SOURCE + 1))
        except (OSError, NotARegularFile):
            total.update(b"unreadable")
    return total.hexdigest()


def grade(folder: Path, katas: list, seed: int | None, catalogue) -> tuple[list, int, list[str]]:
    """Grade the assignment `katas` (every kata found, when empty) from the files in `folder`:
    (results in assignment order, seed, ignored files). A kata with no file gets a result labelled
    MISSING with status error and every hidden test listed, not run (its tests are those of the
    kata's stub, so an assignment's tests and points never depend on what was submitted)."""
    found, ignored = find(folder, catalogue)
    katas = list(katas) or [k for k in catalogue if k.id in found]
    jobs = [grading.Job(k, found[k.id].resolve(), "submission") for k in katas if k.id in found]
    jobs += [grading.Job(k, _placeholder(k), MISSING) for k in katas if k.id not in found]
    results, seed = grading.grade(jobs, seed)
    by_id = {r.kata: r for r in results}
    ordered = []
    for kata in katas:
        message = f"no file for {kata.id} was submitted (expected {kata.name}.py or katas/{kata.id}.py)"
        result = by_id.get(kata.id)
        if result is None or result.label == MISSING:
            tests = [{**test, "status": "skipped", "message": f"not run: {message}", "learner_error": ""}
                     for test in (result.tests if result else [])]
            result = grading.Result(kata.id, MISSING, "", "error", 0, len(tests), 0.0, message, tests=tests)
        ordered.append(result)
    return ordered, seed, ignored


def _placeholder(kata) -> Path:
    """The file graded in place of a missing one, only to list the kata's hidden tests: its stub
    when untouched (it fails at once), else the reference (katas/ may hold someone's own work)."""
    try:  # stubs.text_of: never a FIFO or a device put there in place of the file
        if stubs.text_of(kata.stub_path) == stubs.make_stub(kata.solution_path.read_text(encoding="utf-8"), kata.id):
            return kata.stub_path
    except OSError:
        pass
    return kata.solution_path
