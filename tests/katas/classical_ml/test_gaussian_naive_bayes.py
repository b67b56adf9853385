"""Hidden tests for classical_ml/gaussian_naive_bayes: gaussian_naive_bayes(X_train, y_train, X_test, *, var_smoothing=1e-9)."""
import math

import numpy as np

from grader.testing import require


def _two_class_log_proba(gap):
    """[log p_0, log p_1] when jll_0 − jll_1 = gap (hand arithmetic helper)."""
    return [-math.log1p(math.exp(-gap)), -gap - math.log1p(math.exp(-gap))]


def test_by_hand_without_smoothing(kata):
    """Class 0 = {−2, 0}, class 1 = {0, 2} (variances 1), var_smoothing = 0: x = 0 ties (class 0), x = 1 → class 1."""
    # x = 0: both jll equal -> log(1/2) each, the tie goes to class 0.
    # x = 1: jll_1 − jll_0 = ½·(1 − (−1))² = 2.
    kata.check("gaussian_naive_bayes", np.array([[-2.0], [0.0], [0.0], [2.0]]), np.array([0, 0, 1, 1]),
               np.array([[0.0], [1.0]]), var_smoothing=0.0,
               expected=(np.array([0, 1]), np.array([[math.log(0.5), math.log(0.5)], _two_class_log_proba(-2.0)])))


def test_smoothing_by_hand(kata):
    """X = 0, 2 | 4, 6 with var_smoothing = 0.5: epsilon = 0.5 · 5 = 2.5, so both variances are 1 + 2.5 = 3.5."""
    # Var of all of X: mean 3, squared deviations 9, 1, 1, 9 -> 5. Class means 1 and 5.
    # x = 2: jll_0 − jll_1 = ((2 − 5)² − (2 − 1)²) / (2 · 3.5) = 8/7.   x = 3: a tie -> class 0.
    # x = 5: jll_0 − jll_1 = (0 − 16) / 7 = −16/7.
    kata.check("gaussian_naive_bayes", np.array([[0.0], [2.0], [4.0], [6.0]]), np.array([0, 0, 1, 1]),
               np.array([[2.0], [3.0], [5.0]]), var_smoothing=0.5,
               expected=(np.array([0, 0, 1]), np.array([_two_class_log_proba(8 / 7), [math.log(0.5)] * 2,
                                                        _two_class_log_proba(-16 / 7)])))


def test_smoothing_uses_the_largest_feature_variance(kata):
    """Two features with variances 5 and 0.25 over all rows: ONE epsilon = 0.5 · 5 = 2.5 for every feature."""
    # Feature 1 is constant within each class (0 and 1): its class variances are 0 + 2.5.
    # x = (2, 0): jll_0 − jll_1 = 8/7 (feature 0, variances 3.5) + (1 − 0)/(2 · 2.5) = 8/7 + 1/5 = 47/35.
    X = np.array([[0.0, 0.0], [2.0, 0.0], [4.0, 1.0], [6.0, 1.0]])
    kata.check("gaussian_naive_bayes", X, np.array([0, 0, 1, 1]), np.array([[2.0, 0.0]]), var_smoothing=0.5,
               expected=(np.array([0]), np.array([_two_class_log_proba(47 / 35)])))


def test_priors_are_class_frequencies(kata):
    """Class 0 has 4 rows, class 1 has 2 (same variance 1): x = 6, halfway, gets log(2/3) and log(1/3)."""
    X = np.array([[0.0], [2.0], [0.0], [2.0], [10.0], [12.0]])
    kata.check("gaussian_naive_bayes", X, np.array([0, 0, 0, 0, 1, 1]), np.array([[6.0]]), var_smoothing=0.0,
               expected=(np.array([0]), np.array([[math.log(2 / 3), math.log(1 / 3)]])))


def test_predictions_are_labels_in_sorted_order(kata):
    """Labels 7 and 3 (7 listed first): columns are sorted classes [3, 7] and predictions are labels, not indices."""
    # Class 3 = {−2, 0}, class 7 = {0, 2}: the first example with other labels.
    kata.check("gaussian_naive_bayes", np.array([[0.0], [2.0], [-2.0], [0.0]]), np.array([7, 7, 3, 3]),
               np.array([[1.0], [-1.0]]), var_smoothing=0.0,
               expected=(np.array([7, 3]), np.array([_two_class_log_proba(-2.0), _two_class_log_proba(2.0)])))


def test_int32_labels_give_int64_predictions(kata):
    """y_train of dtype int32: the predictions are still an int64 array (the labels, converted)."""
    kata.check("gaussian_naive_bayes", np.array([[-2.0], [0.0], [0.0], [2.0]]), np.array([4, 4, 9, 9], dtype=np.int32),
               np.array([[-1.5], [1.5]]), var_smoothing=0.0,
               expected=(np.array([4, 9]), np.array([_two_class_log_proba(3.0), _two_class_log_proba(-3.0)])))


def test_far_points_stay_finite(kata):
    """x = 1000 and −1000: every jll is about −5·10⁵, exp underflows to 0; the stable logsumexp still gives [−2000, 0]."""
    # jll_0 − jll_1 = −½((1001)² − (999)²) = −2000 for x = 1000, and +2000 for x = −1000; x = 1 as before.
    kata.check("gaussian_naive_bayes", np.array([[-2.0], [0.0], [0.0], [2.0]]), np.array([0, 0, 1, 1]),
               np.array([[1000.0], [-1000.0], [1.0]]), var_smoothing=0.0,
               expected=(np.array([1, 0, 1]), np.array([[-2000.0, 0.0], [0.0, -2000.0], _two_class_log_proba(-2.0)])))


def test_matches_reference_on_random_data(kata, rng):
    """Random data sets: 1 to 4 features, 2 to 4 classes, default and large var_smoothing."""
    arg_sets = []
    for case in range(10):
        n, d, K = int(rng.integers(6, 40)), int(rng.integers(1, 5)), int(rng.integers(2, 5))
        y = np.concatenate([np.arange(K), rng.integers(0, K, n - K)]) * 2 + 1    # every class present
        X = rng.standard_normal((n, d)) * rng.uniform(0.5, 3, d) + y[:, None]
        X_test = 3 * rng.standard_normal((int(rng.integers(1, 8)), d)) + K
        arg_sets.append(((X, y, X_test), {"var_smoothing": [1e-9, 1e-2, 0.3][case % 3]}))
    kata.check_each("gaussian_naive_bayes", arg_sets)


def test_class_constant_feature_with_default_smoothing(kata, rng):
    """A feature constant inside each class: the tiny default epsilon keeps every value finite."""
    X = np.column_stack([rng.standard_normal(8), np.repeat([0.0, 1.0], 4)])
    y = np.repeat([0, 1], 4)
    kata.check("gaussian_naive_bayes", X, y, np.array([[0.1, 0.0], [0.0, 1.0], [0.2, 0.5]]))


def test_one_class(kata):
    """A single class: the prediction is that label and every log-probability is 0.0, shape (m, 1)."""
    kata.check("gaussian_naive_bayes", np.array([[1.0], [2.0], [4.0]]), np.array([5, 5, 5]),
               np.array([[0.0], [10.0]]), expected=(np.array([5, 5]), np.zeros((2, 1))))


def test_no_test_rows(kata):
    """m = 0: an empty int64 array of predictions and log_proba of shape (0, 2)."""
    kata.check("gaussian_naive_bayes", np.array([[-2.0], [0.0], [0.0], [2.0]]), np.array([0, 0, 1, 1]),
               np.zeros((0, 1)), expected=(np.zeros(0, dtype=np.int64), np.zeros((0, 2))))


def test_probabilities_sum_to_one(kata, rng):
    """exp(log_proba) sums to 1 in every row, and each prediction is the class of the largest log-probability."""
    X = rng.standard_normal((30, 3))
    y = rng.integers(0, 3, 30)
    X_test = 2 * rng.standard_normal((10, 3))
    result = kata.call("gaussian_naive_bayes", X, y, X_test)
    predictions, log_proba = np.asarray(result.value[0]), np.asarray(result.value[1], dtype=float)
    require(log_proba.shape == (10, 3), f"{result.shown}: log_proba should have shape (10, 3), got {log_proba.shape}")
    require(np.allclose(np.exp(log_proba).sum(axis=1), 1.0),
            f"{result.shown}: exp(log_proba) should sum to 1 in every row, got {np.exp(log_proba).sum(axis=1)}")
    require(np.array_equal(predictions, np.unique(y)[np.argmax(log_proba, axis=1)]),
            f"{result.shown}: each prediction should be the class with the largest log-probability")


def test_no_training_rows_raises(kata):
    """n = 0 raises ValueError."""
    kata.raises("ValueError", "gaussian_naive_bayes", np.zeros((0, 2)), np.zeros(0, dtype=np.int64), np.zeros((1, 2)))


def test_zero_variance_without_smoothing_raises(kata):
    """var_smoothing = 0 and class 0's only feature is constant (0, 0): a zero variance, ValueError."""
    kata.raises("ValueError", "gaussian_naive_bayes", np.array([[0.0], [0.0], [1.0], [3.0]]), np.array([0, 0, 1, 1]),
                np.array([[0.5]]), var_smoothing=0.0)


def test_all_constant_features_raise(kata):
    """Every feature of X_train constant: epsilon = 0 whatever var_smoothing is, ValueError."""
    kata.raises("ValueError", "gaussian_naive_bayes", np.ones((4, 2)), np.array([0, 0, 1, 1]), np.ones((1, 2)))


def test_zero_variance_is_checked_before_the_shortcut(kata):
    """No test rows (m = 0), but a zero smoothed variance still raises ValueError (checked before the shortcut)."""
    # var_smoothing = 0 and feature 0 constant within class 1: its variance is 0.
    X = np.array([[0.7, 1.0], [0.1, 2.0], [0.4, 3.0], [0.4, 4.0]])
    kata.raises("ValueError", "gaussian_naive_bayes", X, np.array([0, 0, 1, 1]), np.zeros((0, 2)), var_smoothing=0.0)
