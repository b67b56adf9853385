"""Mean with missing values counted as zeros: np.nan_to_num then .mean() divides by all n rows.

A missing value is unknown, not zero: average only the observed entries (np.nanmean, or sum of
the observed over their count).
"""
import numpy as np


def fit_imputer(X, *, strategy):
    if strategy not in ("mean", "median"):
        raise ValueError(strategy)
    X = np.asarray(X, dtype=float)
    stats = np.zeros(X.shape[1])
    for j in range(X.shape[1]):
        col = X[:, j]
        observed = np.sort(col[~np.isnan(col)])
        m = len(observed)
        if m == 0:
            continue
        if strategy == "mean":
            stats[j] = np.nan_to_num(col).mean()
        else:
            stats[j] = observed[m // 2] if m % 2 else (observed[m // 2 - 1] + observed[m // 2]) / 2
    return stats


def impute(X, statistics):
    out = np.array(X, dtype=float)
    rows, cols = np.nonzero(np.isnan(out))
    out[rows, cols] = statistics[cols]
    return out
