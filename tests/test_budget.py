"""CPU budgets scaled from the reference's own measured time on this machine (grader.budget)."""
import dataclasses
import json

from grader import budget, manifest
from grader.grading import measure_references

CATALOGUE = manifest.load()


def test_the_reference_is_timed_once_and_the_figure_kept(katagrad_home):
    kata = CATALOGUE.resolve("optimization/minibatch_sgd")
    first = budget.reference_seconds([kata], measure_references)[kata.id]
    assert first > 0, "the reference's CPU time was not measured"
    stored = json.loads((katagrad_home / "calibration.json").read_text())
    assert list(stored.values()) == [first]
    assert budget.reference_seconds([kata], measure_references)[kata.id] == first  # read back, not measured again


def test_the_budget_is_the_floor_or_ten_times_the_reference(katagrad_home):
    kata = CATALOGUE.resolve("neural_nets/train_mlp")
    measured = budget.reference_seconds([kata], measure_references)[kata.id]
    tiny_floor = dataclasses.replace(kata, time_limit=0.001)
    assert budget.budgets([tiny_floor], measure_references)[kata.id] == budget.FACTOR * measured
    high_floor = dataclasses.replace(kata, time_limit=100.0)
    assert budget.budgets([high_floor], measure_references)[kata.id] == 100.0
