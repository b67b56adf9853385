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
