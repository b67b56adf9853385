"""Hidden tests for data/min_max_scaler: fit(X), transform(X, data_min, data_max, feature_range=(0.0, 1.0))."""
import numpy as np

from grader.testing import require


def test_fit_by_hand(kata):
    """fit on [[1, 10], [3, -20], [2, 60]]: column minima (1, −20), maxima (3, 60)."""
    kata.check("fit", np.array([[1.0, 10.0], [3.0, -20.0], [2.0, 60.0]]),
               expected=(np.array([1.0, -20.0]), np.array([3.0, 60.0])))


def test_transform_by_hand(kata):
    """Train ranges [2, 6] and [0, 10]: x = (3, 5) maps to ((3−2)/4, 5/10) = (0.25, 0.5)."""
    # Row 1: (6−2)/4 = 1, (0−0)/10 = 0. Uses the GIVEN min and max, not the rows' own.
    kata.check("transform", np.array([[3.0, 5.0], [6.0, 0.0]]), np.array([2.0, 0.0]), np.array([6.0, 10.0]),
               expected=np.array([[0.25, 0.5], [1.0, 0.0]]))


def test_feature_range_by_hand(kata):
    """feature_range (−1, 1) on range [0, 4]: x = 0, 1, 4 map to −1, −0.5, 1."""
    # z = −1 + (x − 0) · 2 / 4.
    kata.check("transform", np.array([[0.0], [1.0], [4.0]]), np.array([0.0]), np.array([4.0]),
               feature_range=(-1.0, 1.0), expected=np.array([[-1.0], [-0.5], [1.0]]))


def test_feature_range_not_starting_at_zero_by_hand(kata):
    """feature_range (10, 20) on range [0, 2]: x = 1 maps to 10 + 0.5 · 10 = 15; x = 2 to 20."""
    kata.check("transform", np.array([[1.0], [2.0]]), np.array([0.0]), np.array([2.0]),
               feature_range=(10.0, 20.0), expected=np.array([[15.0], [20.0]]))


def test_values_outside_the_range_are_not_clipped(kata):
    """Train range [0, 10]: test values −5 and 15 map to −0.5 and 1.5 (no clipping)."""
    kata.check("transform", np.array([[-5.0], [15.0]]), np.array([0.0]), np.array([10.0]),
               expected=np.array([[-0.5], [1.5]]))


def test_constant_column_uses_range_one(kata):
    """A constant train column (min = max = 5) counts its range as 1: x = 5 → 0, x = 7 → 2, x = 4.5 → −0.5."""
    kata.check("fit", np.array([[5.0, 1.0], [5.0, 3.0]]), expected=(np.array([5.0, 1.0]), np.array([5.0, 3.0])))
    # Column 0 has the ordinary range [0, 2]; column 1 is the constant one.
    kata.check("transform", np.array([[1.0, 5.0], [2.0, 7.0], [0.0, 4.5]]), np.array([0.0, 5.0]),
               np.array([2.0, 5.0]), expected=np.array([[0.5, 0.0], [1.0, 2.0], [0.0, -0.5]]))
    # With feature_range (−1, 1): column 1 gives z = −1 + (x − 5) · 2 / 1.
    kata.check("transform", np.array([[1.0, 5.0], [2.0, 6.0]]), np.array([0.0, 5.0]), np.array([2.0, 5.0]),
               feature_range=(-1.0, 1.0), expected=np.array([[0.0, -1.0], [1.0, 1.0]]))


def test_matches_reference_on_random_data(kata, rng):
    """Random train and test sets, random target ranges."""
    fits, transforms = [], []
    for _ in range(8):
        n, m, d = int(rng.integers(1, 30)), int(rng.integers(1, 15)), int(rng.integers(1, 5))
        X = rng.normal(rng.normal(0, 10, d), rng.uniform(0.1, 5, d), (n, d))
        X_test = rng.normal(0, 10, (m, d))
        fits.append(((X,), {}))
        data_min, data_max = kata.expected("fit", X)
        lo = float(rng.uniform(-3, 1))
        transforms += [((X_test, data_min, data_max), {"feature_range": (lo, lo + float(rng.uniform(0.5, 4)))}),
                       ((X, data_min, data_max), {})]
    kata.check_each("fit", fits)
    kata.check_each("transform", transforms)


def test_integer_input_gives_floats(kata):
    """int X: fit returns float64 minima and maxima, transform a float64 array."""
    kata.check("fit", np.array([[1, 4], [3, 2]]), expected=(np.array([1.0, 2.0]), np.array([3.0, 4.0])))
    kata.check("transform", np.array([[2, 3]]), np.array([1.0, 2.0]), np.array([3.0, 4.0]),
               expected=np.array([[0.5, 0.5]]))


def test_single_row(kata):
    """One training row: min = max = the row, so every column is constant and maps to lo."""
    kata.check("fit", np.array([[2.0, -1.0]]), expected=(np.array([2.0, -1.0]), np.array([2.0, -1.0])))
    kata.check("transform", np.array([[2.0, -1.0]]), np.array([2.0, -1.0]), np.array([2.0, -1.0]),
               feature_range=(0.5, 1.0), expected=np.array([[0.5, 0.5]]))


def test_no_rows_to_transform(kata):
    """transform of X with 0 rows: a float64 array of shape (0, d)."""
    kata.check("transform", np.zeros((0, 2)), np.zeros(2), np.ones(2), expected=np.zeros((0, 2)))


def test_identity_map_returns_a_new_array(kata):
    """min 0, max 1, range (0, 1): the values come back unchanged, as a new float64 array."""
    X = np.array([[0.25, 0.5], [1.0, 0.0]])
    kata.check("transform", X, np.zeros(2), np.ones(2), expected=X.copy())


def test_empty_or_reversed_feature_range_raises(kata):
    """feature_range (1, 1) (lo = hi) or (1, 0) (lo > hi) raises ValueError."""
    kata.raises("ValueError", "transform", np.array([[1.0]]), np.array([0.0]), np.array([2.0]), feature_range=(1.0, 1.0))
    kata.raises("ValueError", "transform", np.array([[1.0]]), np.array([0.0]), np.array([2.0]), feature_range=(1.0, 0.0))


def test_fit_with_no_rows_raises(kata):
    """fit on 0 rows raises ValueError."""
    kata.raises("ValueError", "fit", np.zeros((0, 3)))


def test_training_data_spans_the_target_range(kata, rng):
    """Property: transforming the training data puts each column's minimum at lo and maximum at hi."""
    X = rng.normal(3, 2, (25, 3))
    data_min, data_max = (np.asarray(v, dtype=float) for v in kata.call("fit", X).value)
    result = kata.call("transform", X, data_min, data_max, feature_range=(-2.0, 3.0))
    Z = np.asarray(result.value, dtype=float)
    require(np.allclose(Z.min(axis=0), -2.0) and np.allclose(Z.max(axis=0), 3.0),
            f"{result.shown}: each training column should span exactly [−2, 3], got minima "
            f"{np.round(Z.min(axis=0), 4)} and maxima {np.round(Z.max(axis=0), 4)}")


def test_range_is_checked_before_the_shortcut(kata):
    """0 rows give a (0, d) result, but the range is checked before the shortcut: (1, 1) or (2, 0) raises ValueError."""
    kata.raises("ValueError", "transform", np.zeros((0, 2)), np.array([0.0, 0.1]), np.array([1.0, 0.7]),
                feature_range=(1.0, 1.0))
    kata.raises("ValueError", "transform", np.zeros((0, 2)), np.array([0.0, 0.1]), np.array([1.0, 0.7]),
                feature_range=(2.0, 0.0))
