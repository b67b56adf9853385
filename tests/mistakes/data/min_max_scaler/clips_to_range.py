"""Clips the result to [lo, hi]: test values outside the training range are cut off.

MinMaxScaler does not clip by default (clip=False): a test value above the training maximum maps
above hi, and that information is kept.
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
    return np.clip(lo + (np.asarray(X, dtype=float) - data_min) * (hi - lo) / r, lo, hi)
