"""Hidden tests for numerics/logsumexp: logsumexp(x, axis=None, keepdims=False)."""
import numpy as np

from grader.testing import require

LN2, LN3, LN4, LN5, LN8 = (float(np.log(v)) for v in (2.0, 3.0, 4.0, 5.0, 8.0))
INF, NAN = np.inf, np.nan


def test_two_terms_by_hand(kata):
    """[0, ln 3] gives log(1 + 3) = ln 4, as a float."""
    kata.check("logsumexp", np.array([0.0, LN3]), expected=LN4)


def test_rows_and_columns_by_hand(kata):
    """[[0, ln 3], [ln 2, ln 2]]: axis=1 gives [ln 4, ln 4]; axis=0 gives [ln 3, ln 5]; axis=-1 as axis=1."""
    x = np.array([[0.0, LN3], [LN2, LN2]])
    kata.check("logsumexp", x, axis=1, expected=np.array([LN4, LN4]))
    kata.check("logsumexp", x, axis=0, expected=np.array([LN3, LN5]))   # 1 + 2 = 3, 3 + 2 = 5
    kata.check("logsumexp", x, axis=-1, expected=np.array([LN4, LN4]))


def test_every_entry_when_axis_is_none(kata):
    """axis=None sums every entry of a 2-D array: 1 + 3 + 2 + 2 = 8, so ln 8 (a float)."""
    kata.check("logsumexp", np.array([[0.0, LN3], [LN2, LN2]]), expected=LN8)


def test_large_values_do_not_overflow(kata):
    """[1000, 1000] gives 1000 + ln 2 (exp(1000) overflows to inf)."""
    kata.check("logsumexp", np.array([1000.0, 1000.0]), expected=1000.0 + LN2)


def test_very_negative_values_do_not_underflow(kata):
    """[-1000, -1000] gives -1000 + ln 2 (exp(-1000) underflows to 0, and log 0 is -inf)."""
    kata.check("logsumexp", np.array([-1000.0, -1000.0]), expected=-1000.0 + LN2)


def test_each_row_uses_its_own_maximum(kata):
    """Rows far apart, [[0, 0], [1e4, 1e4]] along axis=1: [ln 2, 1e4 + ln 2]."""
    kata.check("logsumexp", np.array([[0.0, 0.0], [1e4, 1e4]]), axis=1, expected=np.array([LN2, 1e4 + LN2]))


def test_keepdims(kata):
    """keepdims=True keeps the reduced axis: axis=1 gives shape (2, 1), axis=None shape (1, 1)."""
    x = np.array([[0.0, LN3], [LN2, LN2]])
    kata.check("logsumexp", x, axis=1, keepdims=True, expected=np.array([[LN4], [LN4]]))
    kata.check("logsumexp", x, axis=0, keepdims=True, expected=np.array([[LN3, LN5]]))
    kata.check("logsumexp", x, keepdims=True, expected=np.array([[LN8]]))


def test_tuple_of_axes(kata):
    """axis=(0, 2) on a (2, 2, 2) array of zeros: 4 terms of 1 each, so ln 4 in each of 2 entries."""
    kata.check("logsumexp", np.zeros((2, 2, 2)), axis=(0, 2), expected=np.array([LN4, LN4]))
    kata.check("logsumexp", np.zeros((2, 2, 2)), axis=(0, 2), keepdims=True, expected=np.full((1, 2, 1), LN4))


def test_fully_reduced_axis_gives_a_float(kata):
    """A 1-D array with axis=0 (or axis=-1), or axis=(0, 1) on 2-D: the result has shape (), so a float."""
    kata.check("logsumexp", np.array([0.0, LN3]), axis=0, expected=LN4)
    kata.check("logsumexp", np.array([0.0, LN3]), axis=-1, expected=LN4)
    kata.check("logsumexp", np.array([[0.0, LN3], [LN2, LN2]]), axis=(0, 1), expected=LN8)


def test_int_input(kata):
    """Integer input [[0, 0], [0, 0]] along axis 1: float64 [ln 2, ln 2]."""
    kata.check("logsumexp", np.zeros((2, 2), dtype=np.int64), axis=1, expected=np.array([LN2, LN2]))


def test_matches_reference_on_random_arrays(kata, rng):
    """Random arrays of 1 to 3 dimensions, wide ranges, every axis, with and without keepdims."""
    arg_sets = []
    for _ in range(8):
        ndim = int(rng.integers(1, 4))
        shape = tuple(int(s) for s in rng.integers(1, 5, size=ndim))
        x = rng.normal(0.0, 300.0, size=shape)
        axis = [None, int(rng.integers(-ndim, ndim))][int(rng.integers(0, 2))]
        arg_sets.append(((x,), {"axis": axis, "keepdims": bool(rng.integers(0, 2))}))
    kata.check_each("logsumexp", arg_sets)


def test_all_minus_infinity_gives_minus_infinity(kata):
    """Every entry -inf: exp is 0 everywhere, log 0 = -inf (not nan from -inf − (-inf))."""
    kata.check("logsumexp", np.array([-INF, -INF]), expected=-INF)
    kata.check("logsumexp", np.array([[-INF, -INF], [0.0, 0.0]]), axis=1, expected=np.array([-INF, LN2]))


def test_some_minus_infinity_is_ignored(kata):
    """A -inf entry adds exp(-inf) = 0: [-inf, 0, ln 3] gives ln 4."""
    kata.check("logsumexp", np.array([-INF, 0.0, LN3]), expected=LN4)


def test_plus_infinity_gives_plus_infinity(kata):
    """Any +inf (and no nan) gives +inf, also next to -inf: [inf, 1] and [inf, -inf] and [inf, inf]."""
    kata.check("logsumexp", np.array([INF, 1.0]), expected=INF)
    kata.check("logsumexp", np.array([INF, -INF]), expected=INF)
    kata.check("logsumexp", np.array([[INF, INF], [1.0, 1.0]]), axis=1, expected=np.array([INF, 1.0 + LN2]))


def test_nan_gives_nan(kata):
    """Any nan in a slice gives nan for that slice, also with +inf present."""
    kata.check("logsumexp", np.array([NAN, 1.0]), expected=NAN)
    kata.check("logsumexp", np.array([INF, NAN]), expected=NAN)
    kata.check("logsumexp", np.array([[NAN, 0.0], [0.0, 0.0]]), axis=1, expected=np.array([NAN, LN2]))


def test_empty_input_gives_minus_infinity(kata):
    """An empty array with axis=None is a sum of no terms: log 0 = -inf."""
    kata.check("logsumexp", np.array([]), expected=-INF)


def test_empty_slices(kata):
    """Shape (3, 0): along axis 1 three empty slices give [-inf]*3; along axis 0, an empty (0,) array."""
    kata.check("logsumexp", np.zeros((3, 0)), axis=1, expected=np.full(3, -INF))
    kata.check("logsumexp", np.zeros((3, 0)), axis=0, expected=np.zeros(0))
    kata.check("logsumexp", np.zeros((0, 3)), axis=0, keepdims=True, expected=np.full((1, 3), -INF))


def test_bounds(kata, rng):
    """max(x) ≤ logsumexp(x) ≤ max(x) + log(n) along each row."""
    x = rng.normal(0.0, 50.0, size=(6, 9))
    value = np.asarray(kata.call("logsumexp", x, axis=1).value, dtype=float)
    require(value.shape == (6,), f"logsumexp of a (6, 9) array along axis 1 should have shape (6,), got {value.shape}")
    top = x.max(axis=1)
    require(np.all(value >= top) and np.all(value <= top + np.log(9) + 1e-12),
            "each row's logsumexp should lie between the row maximum and the maximum + log(9)")


def test_axis_of_length_one_is_the_input_as_a_new_array(kata):
    """A (2, 1) float64 array along axis 1 with keepdims: one term per row, so the values themselves, as a new array."""
    # log(exp(x)) = x: [[0.7], [-0.1]] comes back as [[0.7], [-0.1]] (not x itself, not a view of it).
    kata.check("logsumexp", np.array([[0.7], [-0.1]]), axis=1, keepdims=True, expected=np.array([[0.7], [-0.1]]))
    kata.check("logsumexp", np.array([[0.7], [-1000.0]]), axis=1, expected=np.array([0.7, -1000.0]))
    # ints too: the values come back as float64, not as the int array itself
    kata.check("logsumexp", np.array([[3], [-2]]), axis=1, keepdims=True, expected=np.array([[3.0], [-2.0]]))
