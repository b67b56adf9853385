"""No intercept: solves (XᵀX + alpha·I) w = Xᵀy and returns b = 0.

The model has an unpenalised intercept. Centre X and y, solve for w, then b = ȳ − x̄·w.
"""
import numpy as np


def fit_ridge(X, y, *, alpha):
    if alpha < 0:
        raise ValueError("alpha must be >= 0")
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.linalg.solve(X.T @ X + alpha * np.eye(X.shape[1]), X.T @ y)
    return w, 0.0
