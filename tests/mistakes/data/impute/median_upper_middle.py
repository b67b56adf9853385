"""Median of an even count without averaging: takes the upper middle value s[m // 2].

With an even number m of observed values the median is the average of the two middle ones,
(s[m // 2 − 1] + s[m // 2]) / 2; s[m // 2] alone is right only for odd m.
"""
import numpy as np


def fit_imputer(X, *, strategy):
    if strategy not in ("mean", "median"):
        raise ValueError(strategy)
    X = np.asarray(X, dtype=float)
    stats = np.zeros(X.shape[1])
    for j in range(X.shape[1]):
        s = np.sort(X[~np.isnan(X[:, j]), j])
        if len(s):
            stats[j] = s.mean() if strategy == "mean" else s[len(s) // 2]
    return stats


def impute(X, statistics):
    out = np.array(X, dtype=float)
    rows, cols = np.nonzero(np.isnan(out))
    out[rows, cols] = statistics[cols]
    return out
