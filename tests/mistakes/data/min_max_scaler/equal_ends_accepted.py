"""feature_range with lo = hi is accepted (every value maps to lo) instead of raising ValueError.

A target range needs lo < hi: check `if not lo < hi: raise ValueError(...)`, which also rejects
lo = hi, the boundary case.
"""
import numpy as np
NAMED_BY_MESSAGE = "should raise ValueError"


def fit(X):
    X = np.asarray(X, dtype=float)
    if X.shape[0] == 0:
        raise ValueError("no rows")
    return X.min(axis=0), X.max(axis=0)


def transform(X, data_min, data_max, feature_range=(0.0, 1.0)):
    lo, hi = feature_range
    if lo > hi:
        raise ValueError("bad range")
    r = np.where(data_max - data_min == 0, 1.0, data_max - data_min)
    return lo + (np.asarray(X, dtype=float) - data_min) * (hi - lo) / r
