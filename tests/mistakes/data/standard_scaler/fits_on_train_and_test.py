"""Leakage: standardize fits the statistics on train and test stacked together.

The test set stands for data you have not seen yet: its values must not shape the scaling.
Fit on X_train alone, then transform X_train and X_test with the same (mean, scale).
"""
import numpy as np


def fit(X):
    X = np.asarray(X, dtype=float)
    if X.shape[0] == 0:
        raise ValueError("no rows")
    mean, scale = X.mean(axis=0), X.std(axis=0)
    scale[X.max(axis=0) == X.min(axis=0)] = 1.0
    return mean, scale


def transform(X, mean, scale):
    return (np.asarray(X, dtype=float) - mean) / scale


def standardize(X_train, X_test):
    mean, scale = fit(np.vstack([X_train, X_test]))
    return transform(X_train, mean, scale), transform(X_test, mean, scale)
