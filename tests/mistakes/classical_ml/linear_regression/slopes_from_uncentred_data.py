"""Slopes fitted without centring (no intercept in the system), then b = ȳ − x̄·w added afterwards.

The intercept has to be part of the fit: solving (XᵀX) w = Xᵀy fits a line through the origin,
and a b added afterwards does not correct its slope. Centre X and y BEFORE solving (or append
a column of ones) and then b = ȳ − x̄·w.
"""
import numpy as np


def fit_linear_regression(X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.shape[0] < X.shape[1] + 1:
        raise ValueError("too few samples")
    w = np.linalg.solve(X.T @ X, X.T @ y)
    b = y.mean() - X.mean(axis=0) @ w
    return w, float(b)
