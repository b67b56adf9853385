"""Hidden tests for classical_ml/gb_stumps: fit_gb_stumps(X, y, *, n_estimators, learning_rate) and predict_gb."""
import numpy as np

from grader.testing import require

X4 = np.array([[1.0], [2.0], [3.0], [4.0]])
Y4 = np.array([1.0, 1.0, 3.0, 3.0])


def _data(rng, n, d):
    X = rng.uniform(-3, 3, (n, d))
    y = np.sin(X[:, 0]) + (X[:, -1] > 0.5) + 0.2 * rng.standard_normal(n)
    return X, y


def test_two_rounds_by_hand(kata):
    """X = 1…4, y = 1, 1, 3, 3, rate 0.5: init 2; stumps (0, 2.5, −1, 1), then (0, 2.5, −0.5, 0.5) on the shrunk residuals."""
    kata.check("fit_gb_stumps", X4, Y4, n_estimators=2, learning_rate=0.5,
               expected=(2.0, [(0, 2.5, -1.0, 1.0), (0, 2.5, -0.5, 0.5)]))


def test_threshold_is_a_midpoint(kata):
    """X = 0.1, 0.7, 1.3, y = 0.2, 0.9, 1.0: init 0.7, residuals −0.5, 0.2, 0.3: split at (0.1 + 0.7)/2 = 0.4."""
    # t = 0.4: costs 0 + 0.005; t = 1.0: 0.245 + 0. Left mean −0.5, right mean 0.25.
    kata.check("fit_gb_stumps", np.array([[0.1], [0.7], [1.3]]), np.array([0.2, 0.9, 1.0]),
               n_estimators=1, learning_rate=0.1, expected=(0.7, [(0, 0.4, -0.5, 0.25)]))


def test_equal_costs_go_to_the_smallest_threshold(kata):
    """X = 0…4, y = 0, 5, 5, 5, 0: residuals −3, 2, 2, 2, −3; t = 0.5 and t = 3.5 both cost 18.75: take 0.5."""
    kata.check("fit_gb_stumps", np.arange(5.0)[:, None], np.array([0.0, 5.0, 5.0, 5.0, 0.0]),
               n_estimators=1, learning_rate=1.0, expected=(3.0, [(0, 0.5, -3.0, 0.75)]))


def test_equal_costs_go_to_the_smallest_feature(kata):
    """Two identical columns: every split ties across features; feature 0 wins: (0, 2.5, −1, 1)."""
    X = np.column_stack([X4[:, 0], X4[:, 0]])
    kata.check("fit_gb_stumps", X, Y4, n_estimators=1, learning_rate=1.0, expected=(2.0, [(0, 2.5, -1.0, 1.0)]))


def test_the_better_feature_wins(kata):
    """Feature 1 (0, 1, 0, 1) separates y = 0, 2, 0, 2 perfectly; feature 0 (1…4) cannot: (1, 0.5, −1, 1)."""
    X = np.array([[1.0, 0.0], [2.0, 1.0], [3.0, 0.0], [4.0, 1.0]])
    kata.check("fit_gb_stumps", X, np.array([0.0, 2.0, 0.0, 2.0]), n_estimators=1, learning_rate=1.0,
               expected=(1.0, [(1, 0.5, -1.0, 1.0)]))


def test_constant_feature_has_no_candidate(kata):
    """Feature 0 is constant (5 everywhere): the stump uses feature 1: (1, 2.5, −1, 1)."""
    X = np.column_stack([np.full(4, 5.0), X4[:, 0]])
    kata.check("fit_gb_stumps", X, Y4, n_estimators=1, learning_rate=1.0, expected=(2.0, [(1, 2.5, -1.0, 1.0)]))


def test_leaf_values_are_not_shrunk(kata):
    """Rate 0.1, one stump: the leaf values are the residual means −1 and 1, not −0.1 and 0.1."""
    kata.check("fit_gb_stumps", X4, Y4, n_estimators=1, learning_rate=0.1, expected=(2.0, [(0, 2.5, -1.0, 1.0)]))


def test_zero_estimators(kata):
    """n_estimators = 0: init = mean(y) = 2.0 and no stumps."""
    kata.check("fit_gb_stumps", X4, Y4, n_estimators=0, learning_rate=0.5, expected=(2.0, []))


def test_a_perfect_fit_keeps_fitting_zeros(kata):
    """Rate 1 on y = 1, 1, 3, 3: the first stump fits exactly; then every split costs 0, so the smallest threshold 1.5."""
    kata.check("fit_gb_stumps", X4, Y4, n_estimators=2, learning_rate=1.0,
               expected=(2.0, [(0, 2.5, -1.0, 1.0), (0, 1.5, 0.0, 0.0)]))


def test_integer_input(kata):
    """Int X and y (1…4 and 1, 1, 3, 3): init 2.0 and float thresholds and values, feature an int."""
    kata.check("fit_gb_stumps", X4.astype(int), Y4.astype(int), n_estimators=1, learning_rate=0.5,
               expected=(2.0, [(0, 2.5, -1.0, 1.0)]))


def test_tiny_and_huge_targets(kata):
    """y scaled by 1e-100 and by 1e100: the same split, init and leaf values scaled."""
    for scale in (1e-100, 1e100):
        kata.check("fit_gb_stumps", X4, scale * Y4, n_estimators=1, learning_rate=0.5,
                   expected=(2.0 * scale, [(0, 2.5, -scale, scale)]), atol=0.0)


def test_predict_by_hand(kata):
    """init 2, stumps (0, 2.5, −1, 1) and (0, 2.5, −0.5, 0.5), rate 0.5: 0 → 1.25, 2.6 → 2.75."""
    stumps = [(0, 2.5, -1.0, 1.0), (0, 2.5, -0.5, 0.5)]
    kata.check("predict_gb", np.array([[0.0], [2.6]]), 2.0, stumps, learning_rate=0.5,
               expected=np.array([1.25, 2.75]))


def test_predict_at_the_threshold_goes_left(kata):
    """x = 2.5 exactly at the threshold goes left (x ≤ t): 2 + 0.5·(−1) = 1.5."""
    kata.check("predict_gb", np.array([[2.5]]), 2.0, [(0, 2.5, -1.0, 1.0)], learning_rate=0.5,
               expected=np.array([1.5]))


def test_predict_uses_the_stump_feature(kata):
    """A stump on feature 1: rows (9, 0) and (−9, 1) with (1, 0.5, −0.7, 0.3), rate 0.1, init 0.1: 0.03 and 0.13."""
    kata.check("predict_gb", np.array([[9.0, 0.0], [-9.0, 1.0]]), 0.1, [(1, 0.5, -0.7, 0.3)], learning_rate=0.1,
               expected=np.array([0.1 - 0.07, 0.1 + 0.03]))


def test_predict_without_stumps(kata):
    """No stumps: init everywhere (float64)."""
    kata.check("predict_gb", np.zeros((3, 2)), 0.7, [], learning_rate=0.3, expected=np.full(3, 0.7))


def test_matches_reference_on_random_data(kata, rng):
    """Random regression data (n ≤ 30, d ≤ 3, n_estimators ≤ 12), fit and predict."""
    fits, predicts = [], []
    for n, d, m, rate in ((20, 1, 5, 0.3), (30, 3, 12, 0.1), (12, 2, 8, 1.0)):
        X, y = _data(rng, n, d)
        fits.append(((X, y), dict(n_estimators=m, learning_rate=rate)))
        init, stumps = kata.expected("fit_gb_stumps", X, y, n_estimators=m, learning_rate=rate)
        predicts.append(((rng.uniform(-3, 3, (10, d)), init, stumps), dict(learning_rate=rate)))
    kata.check_each("fit_gb_stumps", fits)
    kata.check_each("predict_gb", predicts)


def test_training_error_never_rises(kata, rng):
    """Fitting 1…6 stumps (rate 0.5): the training squared error of the learner's own model never rises."""
    X, y = _data(rng, 25, 2)
    fits = kata.calls("fit_gb_stumps", [((X, y), dict(n_estimators=m, learning_rate=0.5)) for m in range(1, 7)])
    predicted = kata.calls("predict_gb", [((X, *fit.value), dict(learning_rate=0.5)) for fit in fits])
    errors = [float(((y - np.asarray(result.value)) ** 2).sum()) for result in predicted]
    require(all(b <= a + 1e-9 for a, b in zip(errors, errors[1:])), f"the training error rose: {np.round(errors, 5)}")


def test_non_positive_learning_rate_raises(kata):
    """learning_rate = 0 raises ValueError."""
    kata.raises("ValueError", "fit_gb_stumps", X4, Y4, n_estimators=1, learning_rate=0.0)


def test_negative_n_estimators_raises(kata):
    """n_estimators = −1 raises ValueError."""
    kata.raises("ValueError", "fit_gb_stumps", X4, Y4, n_estimators=-1, learning_rate=0.1)


def test_no_possible_split_raises(kata):
    """Every feature constant (nothing to split on) with n_estimators = 1 raises ValueError."""
    kata.raises("ValueError", "fit_gb_stumps", np.ones((3, 2)), np.array([1.0, 2.0, 3.0]), n_estimators=1,
                learning_rate=0.1)


def test_bad_shapes_raise(kata):
    """A 1-D X, or y of the wrong length, raises ValueError."""
    kata.raises("ValueError", "fit_gb_stumps", np.arange(4.0), Y4, n_estimators=1, learning_rate=0.1)
    kata.raises("ValueError", "fit_gb_stumps", X4, np.ones(3), n_estimators=1, learning_rate=0.1)
