"""A grading job: one file to grade as the implementation of one kata.

A leaf module: grading, debug katas and batches all speak of jobs without importing each other.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # a leaf: the catalogue's Kata is only named here
    from grader.manifest import Kata


@dataclass(frozen=True)
class Job:
    """Grade the file at `path` as the implementation of `kata`."""
    kata: Kata
    path: Path
    label: str = "katas"

    @property
    def key(self) -> str:
        return f"{self.kata.id}[{self.label}]"


def grade_elsewhere(jobs: list[dict], seed: int = 0, timeout: float = 600) -> list[dict]:
    """Grade [{"kata", "path", "label"}, ...] in a fresh `python -m grader.grading` process and
    return its results as dicts (grading.Result's fields). For a process that has loaded
    references or a kernel's objects: the workers then come from one that never did. Raises
    RuntimeError, with the grader's last words, when that process fails."""
    import json
    import subprocess
    import sys
    from grader import ROOT
    try:
        proc = subprocess.run([sys.executable, "-m", "grader.grading"], cwd=ROOT, capture_output=True, text=True,
                              input=json.dumps({"seed": seed, "jobs": jobs}), timeout=timeout)
        if proc.returncode != 0:
            raise RuntimeError(f"the grader failed: {proc.stderr.strip()[-500:]}")
        return json.loads(proc.stdout)["results"]
    except (OSError, subprocess.SubprocessError, ValueError, KeyError) as error:
        raise RuntimeError(f"the grader failed: {error}") from None
