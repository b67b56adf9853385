"""Plain Python: observed values per column in a list, sorted(); impute with np.where."""
import math

import numpy as np


def fit_imputer(X, *, strategy):
    if strategy != "mean" and strategy != "median":
        raise ValueError("strategy must be 'mean' or 'median'")
    n, d = np.shape(X)
    stats = []
    for j in range(d):
        vals = sorted(float(X[i][j]) for i in range(n) if not math.isnan(X[i][j]))
        if not vals:
            stats.append(0.0)
        elif strategy == "mean":
            stats.append(sum(vals) / len(vals))
        else:
            half = len(vals) // 2
            stats.append(vals[half] if len(vals) % 2 else (vals[half - 1] + vals[half]) / 2)
    return np.array(stats, dtype=np.float64)


def impute(X, statistics):
    X = np.asarray(X, dtype=np.float64)
    return np.where(np.isnan(X), statistics[None, :], X)
