"""Returns b as a one-entry array (theta[d:]) instead of a float.

The statement asks for b as a float: take the entry (theta[d]) and convert with float(...).
"""
import numpy as np


def fit_linear_regression(X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    if n < d + 1:
        raise ValueError("too few samples")
    A = np.hstack([X, np.ones((n, 1))])
    theta = np.linalg.solve(A.T @ A, A.T @ y)
    return theta[:d], theta[d:]
