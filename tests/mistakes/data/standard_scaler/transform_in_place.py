"""transform modifies X in place: np.asarray returns the caller's float array, and -= / /= overwrite it.

np.asarray(X, dtype=float) does not copy a float64 array. Write (X - mean) / scale, which builds
a new array, or copy first with np.array(X, dtype=float).
"""
import numpy as np

NAMED_BY_MESSAGE = "modified its argument `X`"


def fit(X):
    X = np.asarray(X, dtype=float)
    if X.shape[0] == 0:
        raise ValueError("no rows")
    mean, scale = X.mean(axis=0), X.std(axis=0)
    scale[X.max(axis=0) == X.min(axis=0)] = 1.0
    return mean, scale


def transform(X, mean, scale):
    X = np.asarray(X, dtype=float)
    X -= mean
    X /= scale
    return X


def standardize(X_train, X_test):
    mean, scale = fit(X_train)
    return transform(X_train, mean, scale), transform(X_test, mean, scale)
