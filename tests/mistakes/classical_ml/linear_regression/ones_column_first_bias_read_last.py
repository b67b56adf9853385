"""Prepends the column of ones but reads the bias from the LAST entry of the solution.

With A = [1, X] the solution is θ = [b, w₁, …, w_d]: b is θ[0] and w is θ[1:]. Keep the
position of the ones column and the read-out in step (or append the ones and read θ[-1]).
"""
import numpy as np


def fit_linear_regression(X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    if n < d + 1:
        raise ValueError("too few samples")
    A = np.hstack([np.ones((n, 1)), X])
    theta = np.linalg.solve(A.T @ A, A.T @ y)
    return theta[:d], float(theta[d])
