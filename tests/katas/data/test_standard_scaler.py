"""Hidden tests for data/standard_scaler: fit(X), transform(X, mean, scale), standardize(X_train, X_test)."""
import numpy as np

from grader.testing import require


def test_fit_by_hand(kata):
    """fit on [[1, 10], [3, 20], [5, 60]]: means (3, 30), population stds (√(8/3), √(1400/3))."""
    # Column 0: deviations −2, 0, 2 → mean square 8/3. Column 1: −20, −10, 30 → (400+100+900)/3.
    kata.check("fit", np.array([[1.0, 10.0], [3.0, 20.0], [5.0, 60.0]]),
               expected=(np.array([3.0, 30.0]), np.array([np.sqrt(8 / 3), np.sqrt(1400 / 3)])))


def test_fit_two_rows_by_hand(kata):
    """fit on [[0], [4]]: mean 2, population std 2 (the sample std would be 2.83)."""
    kata.check("fit", np.array([[0.0], [4.0]]), expected=(np.array([2.0]), np.array([2.0])))


def test_fit_constant_column_gets_scale_one(kata):
    """A column of equal values (7, 7, 7) gets scale exactly 1.0, not 0 (and not 0 + eps)."""
    # Column 0: [1, 2, 3] → mean 2, std √(2/3). Column 1: constant 7 → mean 7, scale 1.
    kata.check("fit", np.array([[1.0, 7.0], [2.0, 7.0], [3.0, 7.0]]),
               expected=(np.array([2.0, 7.0]), np.array([np.sqrt(2 / 3), 1.0])))


def test_transform_by_hand(kata):
    """transform uses the GIVEN mean and scale: ([[4, 0], [0, 9]] − (2, 3)) / (2, 3)."""
    # Row 0: (4−2)/2 = 1, (0−3)/3 = −1. Row 1: (0−2)/2 = −1, (9−3)/3 = 2.
    kata.check("transform", np.array([[4.0, 0.0], [0.0, 9.0]]), np.array([2.0, 3.0]), np.array([2.0, 3.0]),
               expected=np.array([[1.0, -1.0], [-1.0, 2.0]]))


def test_standardize_by_hand(kata):
    """standardize: train [[0], [2]] (mean 1, std 1); test [[5]] maps to 4 with TRAIN statistics."""
    # Fitting on train + test ([0, 2, 5]) would give mean 7/3 instead: leakage.
    kata.check("standardize", np.array([[0.0], [2.0]]), np.array([[5.0]]),
               expected=(np.array([[-1.0], [1.0]]), np.array([[4.0]])))


def test_standardize_constant_column_by_hand(kata):
    """standardize with a constant train column: test values are shifted by its mean, not divided."""
    # Train column 1 is constant 2 → scale 1; test 5 → 3. Column 0: mean 2, std 1; test 0 → −2.
    kata.check("standardize", np.array([[1.0, 2.0], [3.0, 2.0]]), np.array([[0.0, 5.0], [2.0, 2.0]]),
               expected=(np.array([[-1.0, 0.0], [1.0, 0.0]]), np.array([[-2.0, 3.0], [0.0, 0.0]])))


def test_matches_reference_on_random_data(kata, rng):
    """Random train and test sets with different scales and offsets per column."""
    calls = {"fit": [], "transform": [], "standardize": []}
    for _ in range(8):
        n, m, d = int(rng.integers(2, 30)), int(rng.integers(1, 20)), int(rng.integers(1, 6))
        offsets, scales = rng.normal(0, 10, d), rng.uniform(0.1, 20, d)
        X_train = offsets + scales * rng.standard_normal((n, d))
        X_test = offsets + scales * rng.standard_normal((m, d))
        calls["fit"].append(((X_train,), {}))
        mean, scale = kata.expected("fit", X_train)
        calls["transform"].append(((X_test, mean, scale), {}))
        calls["standardize"].append(((X_train, X_test), {}))
    for name, arg_sets in calls.items():
        kata.check_each(name, arg_sets)


def test_constant_column_with_rounding(kata):
    """A constant column of 0.1: its computed std is 1.4e-17, not 0, yet its scale must be 1.0."""
    X = np.array([[0.1, 1.0], [0.1, 2.0], [0.1, 4.0]])
    kata.check("fit", X)
    train, test = kata.call("standardize", X, np.array([[0.1, 1.0]])).value
    require(np.all(np.abs(train[:, 0]) < 1e-9) and abs(test[0, 0]) < 1e-9,
            "a constant column of 0.1 should standardise to (almost exactly) zeros, but got "
            f"{train[:, 0]}: decide 'constant' by max == min, not by std == 0")


def test_nearly_constant_column_keeps_its_std(kata):
    """Values 1 and 1 + 2⁻³⁰ are NOT all equal: mean 1 + 2⁻³¹, std 2⁻³¹ (≈ 4.7e-10), and they map to −1 and 1."""
    X = np.array([[1.0], [1.0 + 2.0 ** -30]])
    kata.check("fit", X, expected=(np.array([1.0 + 2.0 ** -31]), np.array([2.0 ** -31])))
    kata.check("standardize", X, np.array([[1.0 + 2.0 ** -29]]), expected=(np.array([[-1.0], [1.0]]), np.array([[3.0]])))


def test_single_row(kata):
    """One training row: every column is constant, so mean = the row and scale = 1."""
    kata.check("fit", np.array([[3.0, -1.5, 0.0]]), expected=(np.array([3.0, -1.5, 0.0]), np.ones(3)))
    kata.check("standardize", np.array([[3.0, -1.5]]), np.array([[4.0, -1.5], [3.0, 0.5]]),
               expected=(np.zeros((1, 2)), np.array([[1.0, 0.0], [0.0, 2.0]])))


def test_integer_input_gives_floats(kata):
    """int arrays: fit, transform and standardize all return float64."""
    X = np.array([[1, 2], [3, 2], [5, 2]])
    # Column 0: mean 3, std √(8/3). Column 1 constant 2: scale 1.
    kata.check("fit", X, expected=(np.array([3.0, 2.0]), np.array([np.sqrt(8 / 3), 1.0])))
    kata.check("transform", np.array([[3, 4]]), np.array([3.0, 2.0]), np.array([2.0, 1.0]),
               expected=np.array([[0.0, 2.0]]))
    kata.check("standardize", X, np.array([[3, 3]]),
               expected=(np.array([[-np.sqrt(1.5), 0.0], [0.0, 0.0], [np.sqrt(1.5), 0.0]]), np.array([[0.0, 1.0]])))


def test_empty_test_set(kata):
    """X_test with 0 rows: Z_test is a float64 array of shape (0, d)."""
    kata.check("standardize", np.array([[1.0, 2.0], [3.0, 6.0]]), np.zeros((0, 2)),
               expected=(np.array([[-1.0, -1.0], [1.0, 1.0]]), np.zeros((0, 2))))
    kata.check("transform", np.zeros((0, 3)), np.zeros(3), np.ones(3), expected=np.zeros((0, 3)))


def test_identity_statistics_give_a_new_array(kata):
    """transform with mean 0 and scale 1: the values come back unchanged, as a new float64 array."""
    X = np.array([[1.5, -2.0], [0.0, 4.0]])
    result = kata.check("transform", X, np.zeros(2), np.ones(2), expected=X.copy())
    require(type(result.value) is np.ndarray, f"{result.shown} should return a numpy array")


def test_fit_with_no_rows_raises(kata):
    """fit on an array with 0 rows raises ValueError: there is nothing to learn from."""
    kata.raises("ValueError", "fit", np.zeros((0, 2)))


def test_standardized_train_has_zero_mean_unit_std(kata, rng):
    """Property: the standardised training set has column means 0 and population stds 1."""
    X = rng.normal(5, 3, (40, 4))
    result = kata.call("standardize", X, X[:3])
    train = np.asarray(result.value[0], dtype=float)
    require(np.allclose(train.mean(axis=0), 0, atol=1e-9) and np.allclose(train.std(axis=0), 1, atol=1e-9),
            f"{result.shown}: the training columns should have mean 0 and population std 1, got means "
            f"{np.round(train.mean(axis=0), 4)} and stds {np.round(train.std(axis=0), 4)}")
