"""Mean / median imputation of missing values (SimpleImputer).

Task
    NaN marks a missing value. Learn one fill value per column on the TRAINING data, then
    replace the missing entries of any array with those values. Write two functions:

      - fit_imputer(X, strategy=...) returns statistics[j], computed from the NON-missing
        entries of column j: their mean (strategy "mean") or their median (strategy "median";
        with an even count, the average of the two middle values). A column with no
        non-missing entry at all gets 0.0.
      - impute(X, statistics) returns a copy of X in which every NaN in column j is replaced by
        statistics[j]; every other entry is unchanged.

Signature
    fit_imputer(X, *, strategy) -> numpy.ndarray
    impute(X, statistics) -> numpy.ndarray
    strategy is passed by keyword.

Shapes and types
    X           a float64 array of shape (n, d) that may hold NaN; n = 0 is allowed
    strategy    the str "mean" or "median"
    statistics  a float64 array of shape (d,) without NaN
    returns     fit_imputer: a float64 array of shape (d,), never NaN;
                impute: a NEW float64 array of shape (n, d), even when X has no NaN

Example
    Column 0 observes 1 and 3 (mean 2, median 2); column 1 observes 10, 20, 60 (mean 30,
    median 20); column 2 observes nothing, so it gets 0.

    >>> X = np.array([[1.0, 10.0, np.nan], [np.nan, 20.0, np.nan], [3.0, 60.0, np.nan]])
    >>> fit_imputer(X, strategy="mean")
    array([ 2., 30.,  0.])
    >>> impute(X, fit_imputer(X, strategy="median"))
    array([[ 1., 10.,  0.],
           [ 2., 20.,  0.],
           [ 3., 60.,  0.]])

Constraints
    numpy only, and no ready-made median or quantile (np.median, np.nanmedian, np.percentile,
    np.quantile and their nan versions are ruled out): sort and pick the middle yourself.
    Raise ValueError for any other strategy. Only NaN is missing (±inf is a value). With n = 0
    every column is empty, so every statistic is 0.0. Returns new arrays; inputs are not
    modified.
    Convention: scikit-learn's SimpleImputer(strategy=..., keep_empty_features=True), whose
    transform also fills an all-missing column with 0. Differences: by default
    (keep_empty_features=False) scikit-learn DROPS an all-missing column from its output, and
    it raises on X with 0 rows; here the column stays (filled with 0.0) and 0 rows are allowed.
    The hidden tests use at most 30 rows and 4 columns.

Time budget: 15 minutes.
"""
import numpy as np


def fit_imputer(X, *, strategy):
    # BEGIN SOLUTION
    # Complexity: O(n·d + d·n log n) time (one sort per column), O(n) extra memory (n rows, d columns).
    if strategy not in ("mean", "median"):
        raise ValueError(f"unknown strategy {strategy!r}")
    X = np.asarray(X, dtype=float)
    statistics = np.zeros(X.shape[1])  # an all-missing column keeps 0.0
    for j in range(X.shape[1]):
        observed = np.sort(X[~np.isnan(X[:, j]), j])
        m = len(observed)
        if m == 0:
            continue
        if strategy == "mean":
            statistics[j] = observed.mean()
        elif m % 2 == 1:
            statistics[j] = observed[m // 2]
        else:  # even count: average the two middle values
            statistics[j] = (observed[m // 2 - 1] + observed[m // 2]) / 2
    return statistics
    # END SOLUTION


def impute(X, statistics):
    # BEGIN SOLUTION
    filled = np.array(X, dtype=float)  # a copy: the caller's X keeps its NaN
    rows, cols = np.nonzero(np.isnan(filled))
    filled[rows, cols] = statistics[cols]
    return filled
    # END SOLUTION
