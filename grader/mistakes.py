"""Known-wrong implementations: loaded from tests/mistakes/<id>/, replayed to name a mistake.

Each file's docstring says what it gets wrong: its first line names the mistake, and the
paragraph after it is the advice a learner whose output matches it is given.
"""
from __future__ import annotations

import ast
import copy
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import ModuleType


@dataclass(frozen=True)
class Mistake:
    slug: str
    path: Path
    summary: str  # the first line of the docstring
    advice: str   # the rest, for the learner

    @property
    def module(self) -> ModuleType:
        return _import(self.path)


def describe(path: Path) -> tuple[str, str]:
    from grader.loading import read_source
    doc = ast.get_docstring(ast.parse(read_source(path))) or ""
    summary, _, advice = doc.strip().partition("\n")
    return summary.strip(), " ".join(advice.split())


@lru_cache(maxsize=None)
def for_kata(directory: Path) -> tuple[Mistake, ...]:
    if not directory.is_dir():
        return ()
    found = []
    for path in sorted(directory.glob("*.py")):
        summary, advice = describe(path)
        found.append(Mistake(path.stem, path, summary, advice))
    return tuple(found)


@lru_cache(maxsize=None)
def _import(path: Path) -> ModuleType:
    from grader.loading import load_module
    return load_module(path, f"katagrad_mistake_{abs(hash(path))}")


def preload(directory: Path) -> None:
    """Load every known mistake of a kata now (before any learner code has run)."""
    for mistake in for_kata(directory):
        try:
            _import(mistake.path)
        except Exception:
            pass  # a broken mistake file is the catalogue test's to report


def matching(directory: Path, name: str, args: tuple, kwargs: dict, actual, same) -> list[Mistake]:
    """The known mistakes whose `name(*args, **kwargs)` gives what the learner's code gave."""
    found = []
    for mistake in for_kata(directory):
        function = getattr(mistake.module, name, None)
        if function is None:
            continue
        try:
            theirs = function(*copy.deepcopy(args), **copy.deepcopy(kwargs))
        except Exception:
            continue
        try:
            if same(actual, theirs):
                found.append(mistake)
        except Exception:  # a mistake's output the comparison cannot read: not a match
            continue
    return found

