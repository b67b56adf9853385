"""Sample standard deviation (ddof=1): StandardScaler divides by n, not n − 1.

scikit-learn's StandardScaler, and this kata, use the population std: np.std(X, axis=0) with
its default ddof=0, i.e. sqrt(mean((x − mean)²)). pandas' .std() defaults to ddof=1: beware.
"""
import numpy as np


def fit(X):
    X = np.asarray(X, dtype=float)
    if X.shape[0] == 0:
        raise ValueError("no rows")
    mean = X.mean(axis=0)
    scale = X.std(axis=0, ddof=1) if X.shape[0] > 1 else np.zeros(X.shape[1])
    scale[X.max(axis=0) == X.min(axis=0)] = 1.0
    return mean, scale


def transform(X, mean, scale):
    return (np.asarray(X, dtype=float) - mean) / scale


def standardize(X_train, X_test):
    mean, scale = fit(X_train)
    return transform(X_train, mean, scale), transform(X_test, mean, scale)
