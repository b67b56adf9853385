"""Hidden tests for data/impute: fit_imputer(X, *, strategy), impute(X, statistics)."""
import numpy as np

from grader.testing import require

NAN = np.nan


def test_mean_ignores_missing_by_hand(kata):
    """Mean of the observed values only: column [1, NaN, 3] → 2 (not 4/3); [4, 6, 8] → 6."""
    kata.check("fit_imputer", np.array([[1.0, 4.0], [NAN, 6.0], [3.0, 8.0]]), strategy="mean",
               expected=np.array([2.0, 6.0]))


def test_median_odd_count_by_hand(kata):
    """Median of an odd count: observed [7, 1, 4] (one NaN) → sorted [1, 4, 7] → 4."""
    kata.check("fit_imputer", np.array([[7.0], [NAN], [1.0], [4.0]]), strategy="median", expected=np.array([4.0]))


def test_median_even_count_averages_the_middles_by_hand(kata):
    """Median of an even count: observed [4, 1, 2, 10] → sorted [1, 2, 4, 10] → (2 + 4) / 2 = 3."""
    kata.check("fit_imputer", np.array([[4.0], [1.0], [NAN], [2.0], [10.0]]), strategy="median",
               expected=np.array([3.0]))


def test_median_skips_missing_values_by_hand(kata):
    """[NaN, NaN, 1, 2, 3, 9]: the median of the 4 observed values is 2.5; the NaNs are not counted."""
    kata.check("fit_imputer", np.array([[NAN], [NAN], [1.0], [2.0], [3.0], [9.0]]), strategy="median",
               expected=np.array([2.5]))


def test_impute_by_hand(kata):
    """impute fills each NaN with ITS column's statistic and leaves every other entry alone."""
    # Column 0 NaN → 2.5, column 1 NaN → −1; the observed 7 and 0 stay.
    kata.check("impute", np.array([[NAN, 0.0], [7.0, NAN], [NAN, NAN]]), np.array([2.5, -1.0]),
               expected=np.array([[2.5, 0.0], [7.0, -1.0], [2.5, -1.0]]))


def test_all_missing_column_gets_zero(kata):
    """A column with no observed value gets 0.0 for either strategy, and is kept (not dropped)."""
    X = np.array([[1.0, NAN, 5.0], [3.0, NAN, NAN]])
    kata.check("fit_imputer", X, strategy="mean", expected=np.array([2.0, 0.0, 5.0]))
    kata.check("fit_imputer", X, strategy="median", expected=np.array([2.0, 0.0, 5.0]))
    kata.check("impute", X, np.array([2.0, 0.0, 5.0]), expected=np.array([[1.0, 0.0, 5.0], [3.0, 0.0, 5.0]]))


def test_train_statistics_fill_the_test_set(kata):
    """impute uses the statistics it is GIVEN (from train), not the test set's own values."""
    # The test column observes 100, but the train mean 1.0 fills its NaN.
    kata.check("impute", np.array([[100.0], [NAN]]), np.array([1.0]), expected=np.array([[100.0], [1.0]]))


def test_matches_reference_on_random_data(kata, rng):
    """Random arrays with about 30% missing, both strategies, fitted on train and applied to test."""
    fits, imputes = [], []
    for _ in range(6):
        n, d = int(rng.integers(1, 25)), int(rng.integers(1, 5))
        X = rng.normal(0, 5, (n, d))
        X[rng.random((n, d)) < 0.3] = NAN
        X_test = rng.normal(0, 5, (8, d))
        X_test[rng.random((8, d)) < 0.3] = NAN
        for strategy in ("mean", "median"):
            fits.append(((X,), {"strategy": strategy}))
            imputes.append(((X_test, kata.expected("fit_imputer", X, strategy=strategy)), {}))
    kata.check_each("fit_imputer", fits)
    kata.check_each("impute", imputes)


def test_infinity_is_a_value_not_missing(kata):
    """±inf counts as observed: median of [inf, 1, 2, 3, 4] is 3 and of [−inf, 5, 6, 7, 8] is 6; only NaN is filled."""
    X = np.array([[np.inf, -np.inf], [1.0, 5.0], [2.0, 6.0], [3.0, NAN], [4.0, 7.0], [NAN, 8.0]])
    kata.check("fit_imputer", X, strategy="median", expected=np.array([3.0, 6.0]))
    kata.check("impute", X, np.array([3.0, 6.0]),
               expected=np.array([[np.inf, -np.inf], [1.0, 5.0], [2.0, 6.0], [3.0, 6.0], [4.0, 7.0], [3.0, 8.0]]))


def test_single_observed_value(kata):
    """One observed value in a column: mean and median are that value."""
    X = np.array([[NAN], [-3.5], [NAN]])
    kata.check("fit_imputer", X, strategy="mean", expected=np.array([-3.5]))
    kata.check("fit_imputer", X, strategy="median", expected=np.array([-3.5]))


def test_no_rows(kata):
    """n = 0: every column is empty, so the statistics are zeros; imputing 0 rows gives shape (0, d)."""
    kata.check("fit_imputer", np.zeros((0, 3)), strategy="median", expected=np.zeros(3))
    kata.check("fit_imputer", np.zeros((0, 3)), strategy="mean", expected=np.zeros(3))
    kata.check("impute", np.zeros((0, 3)), np.ones(3), expected=np.zeros((0, 3)))


def test_nothing_missing_returns_a_copy(kata):
    """No NaN at all: impute returns the same values as a new float64 array."""
    X = np.array([[1.0, 2.0], [3.0, 4.0]])
    result = kata.check("impute", X, np.array([9.0, 9.0]), expected=X.copy())
    require(type(result.value) is np.ndarray, f"{result.shown} should return a numpy array")


def test_unknown_strategy_raises(kata):
    """Any strategy other than "mean" or "median" raises ValueError."""
    kata.raises("ValueError", "fit_imputer", np.array([[1.0], [2.0]]), strategy="most_frequent")
    kata.raises("ValueError", "fit_imputer", np.array([[1.0], [2.0]]), strategy="Mean")


def test_no_nan_left_after_imputing(kata, rng):
    """Property: after fit_imputer then impute on the same data, no NaN is left and observed values are kept."""
    X = rng.normal(size=(30, 4))
    X[rng.random((30, 4)) < 0.4] = NAN
    X[:, 2] = NAN
    statistics = np.asarray(kata.call("fit_imputer", X, strategy="median").value, dtype=float)
    filled = np.asarray(kata.call("impute", X, statistics).value, dtype=float)
    observed = ~np.isnan(X)
    require(not np.isnan(filled).any() and np.array_equal(filled[observed], X[observed]),
            "after imputing, no NaN should be left and every observed value should be unchanged")


def test_strategy_is_checked_before_the_shortcut(kata):
    """With 0 rows every statistic is 0.0, but the strategy is checked before the shortcut: "mode" raises ValueError."""
    kata.raises("ValueError", "fit_imputer", np.zeros((0, 2)), strategy="mode")
