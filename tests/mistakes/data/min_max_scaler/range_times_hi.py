"""Stretches by hi instead of (hi − lo): lo + z · hi overshoots whenever lo is not 0.

With z in [0, 1] the target is lo + z · (hi − lo), so z = 1 lands exactly on hi.
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
    return lo + (np.asarray(X, dtype=float) - data_min) / r * hi
