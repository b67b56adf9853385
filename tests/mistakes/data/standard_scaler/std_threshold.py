"""Treats any std below a threshold (1e-8) as zero: a nearly constant but varying column is left unscaled.

Only a column whose values are all EQUAL gets scale 1 (test max == min). A column with a tiny but
real spread still has a std, and scaling by it is what the statement (and scikit-learn) do.
"""
import numpy as np


def fit(X):
    X = np.asarray(X, dtype=float)
    if X.shape[0] == 0:
        raise ValueError("no rows")
    mean, scale = X.mean(axis=0), X.std(axis=0)
    scale[scale < 1e-8] = 1.0
    return mean, scale


def transform(X, mean, scale):
    return (np.asarray(X, dtype=float) - mean) / scale


def standardize(X_train, X_test):
    mean, scale = fit(X_train)
    return transform(X_train, mean, scale), transform(X_test, mean, scale)
