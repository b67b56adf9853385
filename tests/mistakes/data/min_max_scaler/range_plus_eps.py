"""Adds a small eps to every range instead of using 1 for a constant column: a test value off the constant explodes.

(x − min) / (range + 1e-8) is 1e8 times too large when the range is 0. The statement pins a
range of exactly 1 for a constant column.
"""
import numpy as np


def fit(X):
    X = np.asarray(X, dtype=float)
    if X.shape[0] == 0:
        raise ValueError("no rows")
    return X.min(axis=0), X.max(axis=0)


def transform(X, data_min, data_max, feature_range=(0.0, 1.0)):
    lo, hi = feature_range
    if lo >= hi:
        raise ValueError("bad range")
    return lo + (np.asarray(X, dtype=float) - data_min) * (hi - lo) / (data_max - data_min + 1e-8)
