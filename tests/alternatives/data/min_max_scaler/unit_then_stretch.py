"""First to [0, 1] with np.ptp and a masked divide, then stretched to [lo, hi]."""
import numpy as np


def fit(X):
    X = np.asarray(X, dtype=float)
    if X.size == 0 and X.shape[0] == 0:
        raise ValueError("X has no rows")
    return np.amin(X, axis=0), np.amax(X, axis=0)


def transform(X, data_min, data_max, feature_range=(0.0, 1.0)):
    lo, hi = (float(v) for v in feature_range)
    if hi <= lo:
        raise ValueError("empty feature_range")
    X = np.asarray(X, dtype=float)
    width = np.ptp(np.vstack([data_min, data_max]), axis=0)
    width = np.where(width > 0, width, 1.0)
    unit = (X - data_min) / width
    return unit * (hi - lo) + lo
