"""Constant column keeps scale 0: transform then divides by zero and returns nan.

A column whose values are all equal has std 0. Replace that scale with 1.0 in fit (as
scikit-learn does), so the column transforms to zeros instead of 0/0 = nan.
"""
import numpy as np


def fit(X):
    X = np.asarray(X, dtype=float)
    if X.shape[0] == 0:
        raise ValueError("no rows")
    return X.mean(axis=0), X.std(axis=0)


def transform(X, mean, scale):
    with np.errstate(divide="ignore", invalid="ignore"):
        return (np.asarray(X, dtype=float) - mean) / scale


def standardize(X_train, X_test):
    mean, scale = fit(X_train)
    return transform(X_train, mean, scale), transform(X_test, mean, scale)
