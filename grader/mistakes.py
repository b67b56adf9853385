"""Known-wrong implementations: loaded from tests/mistakes/<id>/, replayed to name a mistake.

Each file's docstring says what it gets wrong: its first line names the mistake, and the
paragraph after it is the advice a learner whose output matches it is given.
"""
from __future__ import annotations

import ast
import copy
import importlib.util
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
    doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
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
    spec = importlib.util.spec_from_file_location(f"katagrad_mistake_{abs(hash(path))}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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
        if same(actual, theirs):
            found.append(mistake)
    return found
