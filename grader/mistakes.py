"""Known-wrong implementations: loaded from tests/mistakes/<id>/, replayed to name a mistake.

Each file's docstring says what it gets wrong: its first line names the mistake, and the
paragraph after it is the advice a learner whose output matches it is given.

A mistake is named only where it tells itself apart. Two mistakes often give the same wrong
value on one input (every sigmoid gives 0.5 at 0), so matching the learner on the failing call
is not enough: the mistake must also behave like the learner on the calls the learner got right
(`Witnesses`). A mistake that would have failed a call the learner passed is not what the
learner did, and is not named; the message then says plainly what differs, and nothing more.
"""
from __future__ import annotations

import ast
import copy
import time
from dataclasses import dataclass, field
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



def numbers_in(value, depth: int = 0) -> int:
    """Roughly how many numbers a plain value holds (to keep the witnesses small)."""
    if hasattr(value, "size") and hasattr(value, "shape"):
        return int(value.size)
    if depth < 10 and isinstance(value, (list, tuple)):
        return sum(numbers_in(v, depth + 1) for v in value) + 1
    if depth < 10 and isinstance(value, dict):
        return sum(numbers_in(v, depth + 1) for v in value.values()) + 1
    return 1


@dataclass
class Witnesses:
    """The calls a learner's code got right in one kata, kept to rule out known mistakes.

    `call(name, args, kwargs, value, same)`: the learner's `name(*args, **kwargs)` gave `value`,
    which the reference agrees with; `scenario(replay, expected, same)`: a scenario the learner's
    objects played through. `contradicts(mistake)`: the mistake gives something else on one of
    them (or raises), so the learner's failures are not that mistake, whatever one call shows.
    """
    limit: int = 200                 # calls kept per kata
    largest: int = 20_000            # numbers per call kept at most (arguments and value)
    seconds: float = 2.0             # time spent ruling out mistakes per kata at most
    calls: list = field(default_factory=list)
    scenarios: list = field(default_factory=list)

    def call(self, name: str, args: tuple, kwargs: dict, value, same) -> None:
        if len(self.calls) < self.limit and numbers_in((args, kwargs, value)) <= self.largest:
            self.calls.append((name, copy.deepcopy(args), copy.deepcopy(kwargs), copy.deepcopy(value), same))

    def scenario(self, replay, expected: list, same) -> None:
        """`replay(module)`: the scenario's observations on a module's objects."""
        if len(self.scenarios) < self.limit:
            self.scenarios.append((replay, expected, same))

    def contradicts(self, mistake: Mistake, deadline: float) -> bool:
        try:
            module = mistake.module
        except Exception:
            return True
        for name, args, kwargs, value, same in self.calls:
            if time.monotonic() > deadline:
                return False  # out of time: the benefit of the doubt, as before this check
            function = getattr(module, name, None)
            if function is None:
                continue
            try:
                theirs = function(*copy.deepcopy(args), **copy.deepcopy(kwargs))
            except Exception:
                return True   # the mistake raises where the learner's code answered right
            try:
                if not same(value, theirs):
                    return True
            except Exception:
                return True
        for replay, expected, same in self.scenarios:
            if time.monotonic() > deadline:
                return False
            theirs = replay(module)
            if len(theirs) < len(expected) or not all(same(a, b) for a, b in zip(expected, theirs)):
                return True
        return False

    def rule_out(self, directory: Path, records: list) -> None:
        """Drop, from each failing record's `known` ((summary, advice) pairs), the mistakes a
        call the learner passed contradicts."""
        named = {m for record in records for m in getattr(record, "known", [])}
        if not named:
            return
        deadline = time.monotonic() + self.seconds
        by_name = {(m.summary, m.advice): m for m in for_kata(directory)}
        wrong = {key for key in named if key in by_name and self.contradicts(by_name[key], deadline)}
        for record in records:
            if getattr(record, "known", None):
                record.known = [m for m in record.known if m not in wrong]
