"""Hidden tests for numerics/compensated_sum: compensated_sum(values) -> float."""
import math

import numpy as np

from grader.testing import require

# The hand-checked sums are compared exactly (rtol = atol = 0): the last bits are the point.
EXACT = {"rtol": 0.0, "atol": 0.0}


def test_small_integers_by_hand(kata):
    """[1.0, 2.0, 3.0] sums to exactly 6.0."""
    kata.check("compensated_sum", [1.0, 2.0, 3.0], expected=6.0, **EXACT)


def test_point_one_point_two_point_three(kata):
    """[0.1, 0.2, 0.3] gives exactly 0.6 (plain addition gives 0.6000000000000001)."""
    # 0.1 + 0.2 = 0.30000000000000004 with error −2.8e-17; the compensation carries it to the end.
    kata.check("compensated_sum", [0.1, 0.2, 0.3], expected=0.6, **EXACT)


def test_many_small_values_after_a_large_one(kata):
    """[1e16] followed by ten 1.0s gives exactly 1e16 + 10 (each 1.0 alone is rounded away)."""
    kata.check("compensated_sum", [1e16] + [1.0] * 10, expected=1e16 + 10, **EXACT)


def test_later_value_larger_than_the_total(kata):
    """[1.0, 1e100, 1.0, −1e100] gives exactly 2.0 (Kahan's original gives 0.0)."""
    # At x = 1e100, |total| < |x|: the bits lost are those of total (the 1.0), kept by the else branch.
    kata.check("compensated_sum", [1.0, 1e100, 1.0, -1e100], expected=2.0, **EXACT)


def test_cancellation_by_hand(kata):
    """[1e16, 1.0, −1e16] gives exactly 1.0 (plain addition gives 0.0)."""
    kata.check("compensated_sum", [1e16, 1.0, -1e16], expected=1.0, **EXACT)


def test_empty_sum_is_a_float_zero(kata):
    """No values: the float 0.0 (not the int 0)."""
    kata.check("compensated_sum", [], expected=0.0, **EXACT)
    kata.check("compensated_sum", np.zeros(0), expected=0.0, **EXACT)


def test_single_value(kata):
    """One value is returned as a float: [2.5] gives 2.5, [7] gives 7.0."""
    kata.check("compensated_sum", [2.5], expected=2.5, **EXACT)
    kata.check("compensated_sum", [7], expected=7.0, **EXACT)


def test_integer_array(kata):
    """An int numpy array [1, 2, 3, 4] gives the float 10.0."""
    kata.check("compensated_sum", np.array([1, 2, 3, 4]), expected=10.0, **EXACT)


def test_float32_array(kata):
    """float32 values are converted to float64 first: [0.1f, 0.2f] sums to float(0.1f) + float(0.2f)."""
    x = np.array([0.1, 0.2], dtype=np.float32)
    # Both float32 values are exact in float64 and their float64 sum is exact too (24-bit mantissas).
    kata.check("compensated_sum", x, expected=float(x[0]) + float(x[1]), **EXACT)


def test_numpy_array_of_tenths(kata):
    """A float64 array of ten 0.1s gives exactly 1.0 (plain addition gives 0.9999999999999999)."""
    kata.check("compensated_sum", np.full(10, 0.1), expected=1.0, **EXACT)


def test_matches_reference_on_random_values(kata, rng):
    """Random lists and arrays of 1 to 200 values of mixed magnitudes (relative 1e-15)."""
    arg_sets = []
    for _ in range(6):
        n = int(rng.integers(1, 201))
        x = rng.standard_normal(n) * 10.0 ** rng.integers(-8, 9, size=n)
        arg_sets += [((x,), {}), ((x.tolist(),), {})]
    kata.check_each("compensated_sum", arg_sets, rtol=1e-15, atol=0.0)   # within a few ulps, as stated


def test_ill_conditioned_sums_match_the_exact_sum(kata, rng):
    """Large values that cancel plus small ones: the result is within 1e-14 of the exactly rounded sum."""
    for _ in range(3):
        big = rng.standard_normal(50) * 1e12
        small = rng.standard_normal(50)
        x = rng.permutation(np.concatenate([big, -big, small]))
        result = kata.call("compensated_sum", x)
        exact = math.fsum(x.tolist())
        require(isinstance(result.value, float), f"{result.shown} should return a float, got {type(result.value).__name__}")
        require(abs(result.value - exact) <= 1e-14 * abs(exact),
                f"{result.shown} = {result.value!r}, but the exact sum is {exact!r}: "
                f"large values that cancel must not swallow the small ones")
