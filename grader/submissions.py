"""Finding the kata files in a submission folder (a course platform's upload, a learner's folder).

A file is taken as the implementation of a kata when its path inside the folder is
`katas/<track>/<name>.py`, `<track>/<name>.py`, or `<name>.py` for a bare name that is
unambiguous in the catalogue. Anything else is listed as ignored, never run.
"""
from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path


def find(folder: Path, catalogue) -> tuple[dict, list[str]]:
    """({kata id: path}, [ignored files]) for the regular .py files below `folder`."""
    by_id = {kata.id: kata for kata in catalogue}
    by_name: dict[str, list] = {}
    for kata in catalogue:
        by_name.setdefault(kata.name, []).append(kata)
    found, ignored = {}, []
    for path in sorted(Path(folder).rglob("*")):
        relative = path.relative_to(folder)
        if any(part.startswith(".") or part == "__pycache__" for part in relative.parts):
            continue
        try:
            mode = path.lstat().st_mode
        except OSError:
            continue
        if stat.S_ISDIR(mode):
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


def digest(paths) -> str:
    """One hash of the submitted files' names and contents (to tell a changed submission)."""
    total = hashlib.sha256()
    for path in sorted(map(str, paths)):
        total.update(os.path.basename(path).encode())
        try:
            total.update(Path(path).read_bytes())
        except OSError:
            total.update(b"unreadable")
    return total.hexdigest()
