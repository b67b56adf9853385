"""Append a column of ones and solve the (d + 1) × (d + 1) normal equations."""
import numpy as np


def fit_linear_regression(X, y):
    X = np.array(X, dtype=float)
    y = np.array(y, dtype=float)
    n, d = X.shape
    if n <= d:
        raise ValueError("need n >= d + 1")
    A = np.column_stack([X, np.ones(n)])
    theta = np.linalg.solve(A.T @ A, A.T @ y)
    return theta[:-1].copy(), float(theta[-1])
