"""The contract, checked on every kata by machine-made mistakes: the reference itself, with only
its return values changed the way a learner's slip changes them.

- a tuple returned as a list, in a kata whose statement says it returns a tuple;
- float64 arrays returned as float32, in a kata whose statement says it returns float64 arrays;
- Python ints returned as numpy int64, in a kata whose statement says it returns an int (the rule
  for numbers, README: a numpy integer is not an int).

Each mutant must grade `failed`: the grader checks the kind of every value on every call.
"""
import json
import re
import subprocess
import sys

import pytest

from grader import ROOT, manifest, stubs

CATALOGUE = [k for k in manifest.load() if k.solution_path.exists()]

WRAPPER = '''

# -- the mutation: the reference above, its results changed on the way out -----------------------
import functools as _functools

import numpy as _np


def _mutate(value):
    if type(value) is int:
        {int_rule}
    if isinstance(value, tuple):
        return {tuple_to}([_mutate(v) for v in value])
    if isinstance(value, list):
        return [_mutate(v) for v in value]
    if isinstance(value, dict):
        return {{_mutate(k): _mutate(v) for k, v in value.items()}}
    if isinstance(value, _np.ndarray) and value.dtype == _np.float64:
        {array_rule}
    return value


def _wrapped(function):
    @_functools.wraps(function)
    def wrapper(*args, **kwargs):
        return _mutate(function(*args, **kwargs))
    return wrapper


for _name in {names!r}:
    globals()[_name] = _wrapped(globals()[_name])
'''

MUTANTS = {  # name: (what the statement's returns line says, tuples become, float64 arrays become, ints become)
    "list_for_tuple": ("tuple", "list", "return value", "return value"),
    "float32_arrays": ("float64 array", "tuple", "return value.astype(_np.float32)", "return value"),
    # "an int" as a returned value ("two ints", "n_iter an int", "list of int"), not "when x0 is an int"
    "numpy_ints": (r"(?:two ints|(?<!is )an int\b(?! array)|list of int\b|int, int\b|int objects|stays an int)",
                   "tuple", "return value", "return _np.int64(value)"),
}


def _applies(kata, promise: str) -> bool:
    """The statement's own words: a `returns` line (or a signature's `->`) naming the type."""
    if "\nclass " in kata.solution_path.read_text(encoding="utf-8"):
        return False
    lines = kata.statement().splitlines()
    said = []
    for number, line in enumerate(lines):
        if re.match(r"( {4}|)returns\b", line):  # the field itself (and its wrapped lines), not a callable's
            said.append(" ".join(lines[number:number + 3]))
        elif "->" in line:
            said.append(line.split("->", 1)[1])
    return any(re.search(rf"\b{promise}", text) for text in said)


def _mutants(tmp_path):
    jobs = []
    for kata in CATALOGUE:
        names = stubs.hidden_functions(kata.solution_path.read_text(encoding="utf-8"))
        for mutant, (promise, tuple_to, rule, int_rule) in MUTANTS.items():
            if not _applies(kata, promise):
                continue
            path = tmp_path / kata.track / kata.name / f"{mutant}.py"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(kata.solution_path.read_text(encoding="utf-8")
                            + WRAPPER.format(tuple_to=tuple_to, array_rule=rule, int_rule=int_rule, names=names),
                            encoding="utf-8")
            jobs.append((kata, mutant, path))
    return jobs


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    jobs = _mutants(tmp_path_factory.mktemp("mutants"))
    request = {"seed": 0, "jobs": [{"kata": kata.id, "path": str(path), "label": mutant}
                                   for kata, mutant, path in jobs]}
    proc = subprocess.run([sys.executable, "-m", "grader.grading"], input=json.dumps(request),
                          capture_output=True, text=True, cwd=ROOT, timeout=1200)
    assert proc.returncode == 0, proc.stderr[-3000:]
    results = {(r["kata"], r["label"]): r for r in json.loads(proc.stdout)["results"]}
    return jobs, results


def test_every_promised_type_is_checked(graded):
    jobs, results = graded
    assert len(jobs) > 50
    slipped = [f"{kata.id}: {mutant}" for kata, mutant, _ in jobs if results[(kata.id, mutant)]["status"] == "passed"]
    assert not slipped, "wrong types accepted:\n" + "\n".join(slipped)
