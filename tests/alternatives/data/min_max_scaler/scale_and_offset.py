"""scikit-learn's form: z = x · scale + offset, with scale and offset computed per column first."""
import numpy as np


def fit(X):
    X = np.array(X, dtype=np.float64)
    if not len(X):
        raise ValueError("empty X")
    return np.min(X, axis=0), np.max(X, axis=0)


def transform(X, data_min, data_max, feature_range=(0.0, 1.0)):
    lo, hi = feature_range
    if lo >= hi:
        raise ValueError("feature_range: lo must be below hi")
    data_range = data_max - data_min
    data_range[data_range == 0.0] = 1.0  # data_range is our own new array
    scale = (hi - lo) / data_range
    offset = lo - data_min * scale
    return np.asarray(X, dtype=np.float64) * scale + offset
