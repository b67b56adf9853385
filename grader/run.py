"""`python -m grader run KATA`: the statement's examples, run on your code, got vs expected.

LeetCode's "Run" for a kata: every `>>>` example of the statement is run, in order and in one
namespace, inside an isolated worker exactly like grading's (the same boundary, the same limits),
with your file's functions in scope. Each example shows what it printed or returned next to what
the statement expects. It grades nothing and records nothing: the hidden tests stay hidden.
"""
from __future__ import annotations

import doctest
import math
import re
from dataclasses import dataclass
from pathlib import Path

from grader import ROOT, compare, sandbox, staticcheck


@dataclass
class Example:
    source: str
    want: str
    got: str
    passed: bool


class RunError(Exception):
    """The file could not be run (a verdict such as forbidden or error); the message says why."""


def examples_of(statement: str) -> list[tuple[str, str]]:
    """(source, wanted output) of every `>>>` example in a statement, in order."""
    parsed = doctest.DocTestParser().get_examples(statement)
    return [(example.source, example.want) for example in parsed]


def run(kata, path: Path) -> list[Example]:
    """Run the statement's examples of `kata` on the file at `path`, isolated."""
    items = examples_of(kata.statement())
    if not items:
        return []
    try:
        shown = str(path.resolve().relative_to(ROOT))
    except ValueError:
        shown = str(path)
    try:
        source = staticcheck.read(path, shown)
        staticcheck.check(source, shown, kata.forbidden)
    except SyntaxError as error:
        raise RunError(f"your file could not be imported: SyntaxError: {error.msg} (line {error.lineno})") from None
    except (staticcheck.Violation, staticcheck.Unimportable) as problem:
        raise RunError(str(problem)) from None
    except OSError as error:
        raise RunError(f"{shown} could not be read: {error.strerror or error}") from None
    sandbox.prepare(1)
    worker = sandbox.Worker(shown, source, kata.time_limit, real_path=str(path.resolve()), repo=str(ROOT))
    try:
        worker.start()
        results = worker.examples(items)
    except sandbox.Verdict as verdict:
        raise RunError(f"{verdict.status}: {verdict.message}") from None
    finally:
        worker.close()
        sandbox.release_spares()
    examples = [Example(*result) for result in results]
    for example in examples:
        example.passed = example.passed or same_output(example.want, example.got)
    return examples


def _integral(token: str) -> bool:
    return not any(mark in token for mark in ".eEna")


_NUMBER = re.compile(r"[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?|[-+]?(?:inf|nan)\b")
_FLOAT64 = re.compile(r"np\.float64\(([^()]*)\)")


def same_output(want: str, got: str) -> bool:
    """The grader's comparison on printed output: what `grade` accepts, `run` shows as expected.
    np.float64(0.75) is the float 0.75 (np.float64 is a float; see compare.NUMBERS), and numbers
    agree within the grader's tolerance; the rest of the text must match, spaces aside. numpy's
    integers are not unwrapped: np.int64(3) is not the int 3, as in grading."""
    got = _FLOAT64.sub(r"\1", got)
    if " ".join(want.split()) == " ".join(got.split()):
        return True
    wanted, found = _NUMBER.findall(want), _NUMBER.findall(got)
    if len(wanted) != len(found) or not wanted:
        return False
    if " ".join(_NUMBER.sub("#", want).split()) != " ".join(_NUMBER.sub("#", got).split()):
        return False
    for a, b in zip(wanted, found):
        if _integral(a) != _integral(b):  # 1 is an int, 1.0 a float: not the same, as in grading
            return False
        x, y = float(a), float(b)
        if math.isnan(x) != math.isnan(y) or not (math.isnan(x) or x == y
                                                  or abs(x - y) <= compare.ATOL + compare.RTOL * abs(x)):
            return False
    return True


def render(kata, path: Path, results: list[Example], paint) -> str:
    lines = [f"The examples of {kata.id}, run on {path}:"]
    for number, example in enumerate(results, 1):
        mark = paint.status("passed" if example.passed else "failed")
        lines.append("")
        lines.append(f"{mark}  example {number}")
        for line in example.source.rstrip("\n").splitlines():
            lines.append(f"    >>> {line}")
        if example.passed:
            lines.extend(f"    {line}" for line in example.got.rstrip("\n").splitlines())
        else:
            lines.append("    expected:")
            lines.extend(f"      {line}" for line in (example.want.rstrip("\n") or "(nothing)").splitlines())
            lines.append("    got:")
            lines.extend(f"      {line}" for line in (example.got.rstrip("\n") or "(nothing)").splitlines())
    passed = sum(e.passed for e in results)
    lines.append("")
    lines.append(f"{passed} of {len(results)} example(s) as expected. The examples are not the hidden tests: "
                 f"make grade KATA={kata.name} grades your code.")
    return "\n".join(lines)
