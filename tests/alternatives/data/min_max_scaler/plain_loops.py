"""Column minima and maxima with Python's min / max; the output filled entry by entry."""
import numpy as np


def fit(X):
    X = np.asarray(X)
    if X.shape[0] == 0:
        raise ValueError("no rows")
    columns = [[float(v) for v in X[:, j]] for j in range(X.shape[1])]
    return np.array([min(c) for c in columns]), np.array([max(c) for c in columns])


def transform(X, data_min, data_max, feature_range=(0.0, 1.0)):
    lo, hi = feature_range
    if not lo < hi:
        raise ValueError("need lo < hi")
    X = np.asarray(X)
    out = np.empty(X.shape, dtype=float)
    for j in range(X.shape[1]):
        width = data_max[j] - data_min[j] or 1.0
        for i in range(X.shape[0]):
            unit = (float(X[i, j]) - data_min[j]) / width
            out[i, j] = lo + unit * (hi - lo)
    return out
