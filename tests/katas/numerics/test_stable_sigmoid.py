"""Hidden tests for numerics/stable_sigmoid: sigmoid(x) for scalars and arrays."""
import numpy as np

from grader.testing import require

LN3 = float(np.log(3.0))
# The absolute tolerance of the tail tests: the statement asks for relative accuracy down to 1e-305;
# below that float64 has only subnormal numbers (and scipy gives 0.0). The default 1e-9 would accept 0.
TINY = 1e-305


def test_zero_is_exactly_one_half(kata):
    """sigmoid(0) is the float 0.5, exactly."""
    result = kata.check("sigmoid", 0, expected=0.5)
    require(result.value == 0.5, f"sigmoid(0) should be exactly 0.5, got {result.value!r}")
    result = kata.check("sigmoid", 0.0, expected=0.5)
    require(result.value == 0.5, f"sigmoid(0.0) should be exactly 0.5, got {result.value!r}")


def test_scalars_by_hand(kata):
    """sigmoid(ln 3) = 1/(1 + 1/3) = 3/4 and sigmoid(−ln 3) = (1/3)/(1 + 1/3) = 1/4, as floats."""
    kata.check("sigmoid", LN3, expected=0.75)
    kata.check("sigmoid", -LN3, expected=0.25)


def test_array_by_hand(kata):
    """[−ln 3, 0, ln 3] gives [1/4, 1/2, 3/4] as a float64 array."""
    kata.check("sigmoid", np.array([-LN3, 0.0, LN3]), expected=np.array([0.25, 0.5, 0.75]))


def test_array_far_tails(kata):
    """[−1000, 1000] gives [0, 1]: exp(1000) overflows, so neither naive form works on both ends."""
    # σ(1000) = 1/(1 + e^-1000) = 1; σ(−1000) = e^-1000/(1 + e^-1000) underflows to 0.
    kata.check("sigmoid", np.array([-1000.0, 1000.0]), expected=np.array([0.0, 1.0]))


def test_no_overflow_in_the_tails(kata):
    """[−1000, −710, 710, 1000]: a stable sigmoid never overflows, so numpy warns of nothing."""
    # the naive 1 / (1 + exp(−x)) gets the values right (1 / inf = 0) but computes exp(1000) = inf
    result = kata.call("sigmoid", np.array([-1000.0, -710.0, 710.0, 1000.0]))
    require(not result.warnings,
            f"{result.shown} made numpy warn: {result.warnings[0] if result.warnings else ''}. The point of "
            "this kata is that exp never overflows: evaluate exp only where its argument is ≤ 0 "
            "(1 / (1 + exp(−x)) for x ≥ 0, exp(x) / (1 + exp(x)) for x < 0), e.g. with a boolean mask.")


def test_scalar_far_tails(kata):
    """sigmoid(−1000) = 0.0 and sigmoid(1000) = 1.0 for Python floats (math.exp(1000) raises OverflowError)."""
    kata.check("sigmoid", -1000.0, expected=0.0)
    kata.check("sigmoid", 1000.0, expected=1.0)
    kata.check("sigmoid", -1000, expected=0.0)


def test_negative_tail_keeps_relative_accuracy(kata):
    """σ(−40) ≈ 4.25e-18, σ(−600) ≈ 2.65e-261, σ(−700) ≈ 9.86e-305: tiny but not 0 (absolute tolerance 1e-305)."""
    x = np.array([-40.0, -600.0, -700.0])
    e = np.exp(x)   # for x < 0: σ(x) = e^x / (1 + e^x), and 1 + e^x rounds to 1 here
    kata.check("sigmoid", x, expected=e / (1.0 + e), atol=TINY)


def test_scalar_negative_tail(kata):
    """sigmoid(−40.0) ≈ 4.248e-18 as a float, not 0 (absolute tolerance 1e-305)."""
    kata.check("sigmoid", -40.0, expected=float(np.exp(-40.0) / (1.0 + np.exp(-40.0))), atol=TINY)


def test_positive_tail(kata):
    """σ(20) = 1 − 2.06e-9 and σ(40) = 1.0 in float64."""
    kata.check("sigmoid", np.array([20.0, 40.0]), expected=np.array([1.0 / (1.0 + np.exp(-20.0)), 1.0]), atol=TINY)


def test_int_array_gives_float64(kata):
    """Integer input [−1, 0, 1] gives float64 [0.2689…, 0.5, 0.7310…], not ints."""
    kata.check("sigmoid", np.array([-1, 0, 1]),
               expected=np.array([1.0 / (1.0 + np.e), 0.5, 1.0 / (1.0 + np.exp(-1.0))]))


def test_float32_array_gives_float64(kata):
    """float32 input gives a float64 array, computed accurately: σ(−100) ≈ 3.7e-44 (float32 would give 0)."""
    x = np.array([-100.0, 0.0, 2.0], dtype=np.float32)
    kata.check("sigmoid", x, expected=np.array([np.exp(-100.0) / (1 + np.exp(-100.0)), 0.5, 1 / (1 + np.exp(-2.0))]),
               atol=TINY)   # so that σ(−100) = 0 is caught


def test_matches_reference_on_random_arrays(kata, rng):
    """Random 1-D and 2-D arrays spread over [−800, 800], relative accuracy everywhere."""
    wide, narrow = [], []
    for shape in [(7,), (3, 4), (20,)]:
        wide.append(((rng.normal(0.0, 300.0, size=shape),), {}))
        narrow.append(((rng.normal(0.0, 3.0, size=shape),), {}))
    kata.check_each("sigmoid", wide, atol=TINY)
    kata.check_each("sigmoid", narrow)


def test_matches_reference_on_random_scalars(kata, rng):
    """Random Python floats, small and large, positive and negative."""
    arg_sets = []
    for value in rng.normal(0.0, 200.0, size=6):
        arg_sets.append(((float(value),), {}))
    kata.check_each("sigmoid", arg_sets, atol=TINY)


def test_numpy_scalars_give_floats(kata):
    """np.float64(0), np.float32(ln 3) and np.int64(0) are scalars: the result is a float."""
    kata.check("sigmoid", np.float64(0.0), expected=0.5)
    kata.check("sigmoid", np.float32(LN3), expected=float(1.0 / (1.0 + np.exp(-float(np.float32(LN3))))))
    kata.check("sigmoid", np.int64(0), expected=0.5)


def test_two_dimensional_array_keeps_its_shape(kata):
    """A (2, 2) array gives a (2, 2) float64 array."""
    kata.check("sigmoid", np.array([[0.0, LN3], [-LN3, 0.0]]), expected=np.array([[0.5, 0.75], [0.25, 0.5]]))


def test_zero_dimensional_array_gives_an_array(kata):
    """A 0-d array np.array(0.0) is an array, not a scalar: the result is a 0-d float64 array."""
    kata.check("sigmoid", np.array(0.0), expected=np.array(0.5))
    kata.check("sigmoid", np.array(-1000.0), expected=np.array(0.0))


def test_empty_array(kata):
    """An empty array gives an empty float64 array of the same shape, also for ints."""
    kata.check("sigmoid", np.zeros(0), expected=np.zeros(0))
    kata.check("sigmoid", np.zeros((0, 3), dtype=np.int64), expected=np.zeros((0, 3)))


def test_infinities_and_nan(kata):
    """σ(−inf) = 0, σ(inf) = 1, σ(nan) = nan, in an array and as scalars."""
    kata.check("sigmoid", np.array([-np.inf, np.inf, np.nan]), expected=np.array([0.0, 1.0, np.nan]))
    kata.check("sigmoid", float("inf"), expected=1.0)
    kata.check("sigmoid", float("-inf"), expected=0.0)
    kata.check("sigmoid", float("nan"), expected=float("nan"))


def test_symmetry_and_monotonicity(kata):
    """σ(x) + σ(−x) = 1 and σ increases on a grid from −30 to 30."""
    grid = np.linspace(-30.0, 30.0, 121)
    up = np.asarray(kata.call("sigmoid", grid).value, dtype=float)
    down = np.asarray(kata.call("sigmoid", -grid).value, dtype=float)
    require(up.shape == grid.shape, f"sigmoid of a (121,) array should have shape (121,), got {up.shape}")
    require(np.allclose(up + down, 1.0, rtol=0, atol=1e-15), "sigmoid(x) + sigmoid(-x) should be 1")
    require(np.all(np.diff(up) >= 0), "sigmoid should never decrease as x grows")
