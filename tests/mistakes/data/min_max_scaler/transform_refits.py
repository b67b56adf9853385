"""transform uses the minimum and maximum of X itself, not the training data_min and data_max it is given.

Test data must be mapped with the TRAINING statistics: refitting on the test set hides that its
values fall outside the training range.
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
    if X.shape[0] == 0:
        return X.copy()
    mn, mx = X.min(axis=0), X.max(axis=0)
    r = np.where(mx - mn == 0, 1.0, mx - mn)
    return lo + (X - mn) * (hi - lo) / r
