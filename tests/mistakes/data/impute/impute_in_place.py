"""impute writes into the caller's X: np.asarray returns the same float array, so its NaN are overwritten.

np.asarray(X, dtype=float) does not copy a float64 array. Start from np.array(X, dtype=float)
(a copy) or X.copy().
"""
import numpy as np
NAMED_BY_MESSAGE = "modified its argument `X`"


def fit_imputer(X, *, strategy):
    if strategy not in ("mean", "median"):
        raise ValueError(strategy)
    X = np.asarray(X, dtype=float)
    stats = np.zeros(X.shape[1])
    for j in range(X.shape[1]):
        s = np.sort(X[~np.isnan(X[:, j]), j])
        m = len(s)
        if m == 0:
            continue
        stats[j] = s.mean() if strategy == "mean" else s[m // 2] if m % 2 else (s[m // 2 - 1] + s[m // 2]) / 2
    return stats


def impute(X, statistics):
    X = np.asarray(X, dtype=float)
    rows, cols = np.nonzero(np.isnan(X))
    X[rows, cols] = statistics[cols]
    return X
