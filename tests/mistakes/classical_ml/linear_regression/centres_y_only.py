"""Centres y but not X before solving: (XᵀX) w = Xᵀ(y − ȳ) is not the least-squares slope.

Centring must be done to both X and y: the slope system is (XcᵀXc) w = Xcᵀyc with
Xc = X − x̄. With an uncentred X the intercept still leaks into w.
"""
import numpy as np


def fit_linear_regression(X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.shape[0] < X.shape[1] + 1:
        raise ValueError("too few samples")
    w = np.linalg.solve(X.T @ X, X.T @ (y - y.mean()))
    b = y.mean() - X.mean(axis=0) @ w
    return w, float(b)
