"""A constant column is set to lo for every value, instead of being shifted with range 1.

The statement (like scikit-learn) only replaces the zero range by 1: z = lo + (x − min) · (hi − lo),
so a test value different from the training constant does not map to lo.
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
    X = np.asarray(X, dtype=float)
    r = data_max - data_min
    safe = np.where(r == 0, 1.0, r)
    z = lo + (X - data_min) * (hi - lo) / safe
    z[:, r == 0] = lo
    return z
