"""Decides 'constant' by std == 0: a constant column of 0.1 has a computed std of 1.4e-17, so it is divided by it.

Rounding in the mean leaves tiny nonzero deviations in a constant column. Test whether the
column's values are all equal (X.max(axis=0) == X.min(axis=0)), as the statement says.
"""
import numpy as np


def fit(X):
    X = np.asarray(X, dtype=float)
    if X.shape[0] == 0:
        raise ValueError("no rows")
    mean, scale = X.mean(axis=0), X.std(axis=0)
    scale[scale == 0] = 1.0
    return mean, scale


def transform(X, mean, scale):
    return (np.asarray(X, dtype=float) - mean) / scale


def standardize(X_train, X_test):
    mean, scale = fit(X_train)
    return transform(X_train, mean, scale), transform(X_test, mean, scale)
