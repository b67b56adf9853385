"""Hidden tests for probability/reservoir_sampling: reservoir_sample(stream, k, *, seed)."""
import math

import numpy as np

from grader.testing import require


def test_seed_2_by_hand(kata):
    """seed 2, k = 2: draws 2 (keep), 1 (slot 1 ← 40), 0 (slot 0 ← 50) → [50, 40]."""
    # default_rng(2): integers(0, 3) = 2, integers(0, 4) = 1, integers(0, 5) = 0
    kata.check("reservoir_sample", [10, 20, 30, 40, 50], 2, seed=2, expected=[50, 40])


def test_seed_1_by_hand(kata):
    """seed 1, k = 2 over 0..7: draws 1, 2, 3, 5, 0, 1 → slot 1 ← 2, slot 0 ← 6, slot 1 ← 7 → [6, 7]."""
    # default_rng(1): integers(0, i + 1) for i = 2..7 gives 1, 2, 3, 5, 0, 1
    kata.check("reservoir_sample", [0, 1, 2, 3, 4, 5, 6, 7], 2, seed=1, expected=[6, 7])


def test_draw_equal_to_k_keeps_the_reservoir(kata):
    """seed 0, k = 2: every draw for i = 2, 3, 4 is j = 2 = k, and j < k is false: nothing is replaced."""
    # default_rng(0): integers(0, 3) = 2, integers(0, 4) = 2, integers(0, 5) = 2
    kata.check("reservoir_sample", [10, 20, 30, 40, 50], 2, seed=0, expected=[10, 20])


def test_strings(kata):
    """Items are returned as they are: a stream of str gives a list of str (seed 2, k = 2)."""
    kata.check("reservoir_sample", ["a", "b", "c", "d", "e"], 2, seed=2, expected=["e", "d"])


def test_matches_reference_on_random_streams(kata, rng):
    """Random streams, k and seeds."""
    arg_sets = []
    for _ in range(10):
        n = int(rng.integers(1, 40))
        stream = [int(v) for v in rng.integers(-100, 100, size=n)]
        arg_sets.append(((stream, int(rng.integers(0, n + 1))), {"seed": int(rng.integers(0, 10**6))}))
    kata.check_each("reservoir_sample", arg_sets)


def test_float_stream(kata, rng):
    """A stream of floats, k = 3."""
    stream = [float(v) for v in rng.standard_normal(12)]
    kata.check("reservoir_sample", stream, 3, seed=int(rng.integers(0, 1000)))


def test_k_equals_n(kata):
    """k = n: nothing to draw, the whole stream as a new list."""
    kata.check("reservoir_sample", [3, 1, 2], 3, seed=5, expected=[3, 1, 2])


def test_k_zero(kata):
    """k = 0: an empty list (also for an empty stream)."""
    kata.check("reservoir_sample", [3, 1, 2], 0, seed=5, expected=[])
    kata.check("reservoir_sample", [], 0, seed=5, expected=[])


def test_k_one(kata):
    """k = 1, seed 1 over 0..7: draws 0, 1, 3, 4, 0, 1, 6 for i = 1..7; slot 0 ← 1 (i = 1), then ← 5 (i = 5) → [5]."""
    kata.check("reservoir_sample", [0, 1, 2, 3, 4, 5, 6, 7], 1, seed=1, expected=[5])


def test_invalid_k_raises(kata):
    """ValueError for k > n and for k < 0."""
    kata.raises("ValueError", "reservoir_sample", [1, 2, 3], 4, seed=0)
    kata.raises("ValueError", "reservoir_sample", [1, 2, 3], -1, seed=0)


def test_every_item_is_included_with_probability_k_over_n(kata):
    """1000 seeds, k = 5 of 10: each item's inclusion count stays within 5.5σ of 500 (false alarm < 1e-6)."""
    stream, k, runs = list(range(10)), 5, 1000
    counts = np.zeros(10)
    first = None
    for result in kata.calls("reservoir_sample", [((stream, k), {"seed": seed}) for seed in range(runs)]):
        sample = result.value
        first = first or result.shown
        require(isinstance(sample, list) and len(sample) == k and len(set(sample)) == k,
                f"{result.shown} should return a list of {k} distinct items, got {sample!r}")
        counts[sample] += 1
    p = k / len(stream)
    bound = 5.5 * math.sqrt(runs * p * (1 - p))   # per item 3.8e-8; union over 10 items < 1e-6
    worst = int(np.argmax(np.abs(counts - runs * p)))
    require(abs(counts[worst] - runs * p) < bound,
            f"{first} … over seeds 0..{runs - 1}: item {worst} was kept {int(counts[worst])} times, expected "
            f"{runs * p:.0f} ± {bound:.0f}; inclusion counts {counts.astype(int).tolist()}")
