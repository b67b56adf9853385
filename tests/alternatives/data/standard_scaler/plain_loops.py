"""Column statistics in plain Python loops; the output filled entry by entry."""
import math

import numpy as np


def fit(X):
    X = np.asarray(X)
    n, d = X.shape
    if n == 0:
        raise ValueError("empty")
    mean, scale = np.empty(d), np.empty(d)
    for j in range(d):
        column = [float(v) for v in X[:, j]]
        mu = sum(column) / n
        var = sum((v - mu) ** 2 for v in column) / n
        mean[j] = mu
        scale[j] = 1.0 if max(column) == min(column) else math.sqrt(var)
    return mean, scale


def transform(X, mean, scale):
    X = np.asarray(X)
    out = np.empty(X.shape, dtype=np.float64)
    for i in range(X.shape[0]):
        for j in range(X.shape[1]):
            out[i, j] = (float(X[i, j]) - mean[j]) / scale[j]
    return out


def standardize(X_train, X_test):
    m, s = fit(X_train)
    return transform(X_train, m, s), transform(X_test, m, s)
