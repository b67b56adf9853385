"""fit returns a list [mean, scale] instead of the tuple (mean, scale).

The statement asks for a tuple: return mean, scale (the comma makes the tuple).
"""
import numpy as np


def fit(X):
    X = np.asarray(X, dtype=float)
    if X.shape[0] == 0:
        raise ValueError("no rows")
    mean, scale = X.mean(axis=0), X.std(axis=0)
    scale[X.max(axis=0) == X.min(axis=0)] = 1.0
    return [mean, scale]


def transform(X, mean, scale):
    return (np.asarray(X, dtype=float) - mean) / scale


def standardize(X_train, X_test):
    mean, scale = fit(X_train)
    return transform(X_train, mean, scale), transform(X_test, mean, scale)
