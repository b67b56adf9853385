"""impute ignores the given statistics and fills each NaN from the array being imputed (leakage from the test set).

The fill values come from the training data, passed in as statistics; computing them again on the
test set lets the test data set their own fill values.
"""
import numpy as np


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
    out = np.array(X, dtype=float)
    own = fit_imputer(out, strategy="mean")
    rows, cols = np.nonzero(np.isnan(out))
    out[rows, cols] = own[cols]
    return out
