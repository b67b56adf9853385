"""An all-missing column gets NaN as its statistic (mean of nothing), so impute leaves the NaN in place.

A column with no observed value has no mean or median: the statement pins 0.0 for it (like
scikit-learn with keep_empty_features=True). Check for an empty column before dividing.
"""
import numpy as np


def fit_imputer(X, *, strategy):
    if strategy not in ("mean", "median"):
        raise ValueError(strategy)
    X = np.asarray(X, dtype=float)
    stats = np.zeros(X.shape[1])
    for j in range(X.shape[1]):
        observed = np.sort(X[~np.isnan(X[:, j]), j])
        m = len(observed)
        if strategy == "mean" or m == 0:
            with np.errstate(invalid="ignore", divide="ignore"):
                stats[j] = observed.sum() / m if m else np.nan
        else:
            stats[j] = observed[m // 2] if m % 2 else (observed[m // 2 - 1] + observed[m // 2]) / 2
    return stats


def impute(X, statistics):
    out = np.array(X, dtype=float)
    rows, cols = np.nonzero(np.isnan(out))
    out[rows, cols] = statistics[cols]
    return out
