"""transform ignores the given mean and scale and standardises X with its own statistics.

The test set must be mapped with the TRAINING statistics, passed in as mean and scale; refitting
on the data being transformed makes every set look perfectly standardised and hides the shift.
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
    X = np.asarray(X, dtype=float)
    if X.shape[0] == 0:
        return X.copy()
    own_mean, own_scale = fit(X)
    return (X - own_mean) / own_scale


def standardize(X_train, X_test):
    return transform(X_train, None, None), transform(X_test, None, None)
