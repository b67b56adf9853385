"""transform modifies X in place: np.asarray returns the caller's float array and -=, *= overwrite it.

np.asarray(X, dtype=float) does not copy a float64 array. Build a new array with arithmetic
(lo + (X − min) · ...), or copy first.
"""
import numpy as np
NAMED_BY_MESSAGE = "modified its argument `X`"


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
    X -= data_min
    X *= (hi - lo) / np.where(data_max - data_min == 0, 1.0, data_max - data_min)
    X += lo
    return X
