"""Treats ±inf as missing: np.isfinite drops infinite values from the statistics and fills them in.

Only NaN marks a missing value: use np.isnan, not np.isfinite, both to pick the observed values
and to find the entries to fill.
"""
import numpy as np


def fit_imputer(X, *, strategy):
    if strategy not in ("mean", "median"):
        raise ValueError(strategy)
    X = np.asarray(X, dtype=float)
    stats = np.zeros(X.shape[1])
    for j in range(X.shape[1]):
        s = np.sort(X[np.isfinite(X[:, j]), j])
        m = len(s)
        if m == 0:
            continue
        stats[j] = s.mean() if strategy == "mean" else s[m // 2] if m % 2 else (s[m // 2 - 1] + s[m // 2]) / 2
    return stats


def impute(X, statistics):
    out = np.array(X, dtype=float)
    rows, cols = np.nonzero(~np.isfinite(out))
    out[rows, cols] = statistics[cols]
    return out
