"""Least squares through a QR decomposition of [X, 1]: R θ = Qᵀ y (no normal equations at all)."""
import numpy as np


def fit_linear_regression(X, y):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    n, d = X.shape
    if n < d + 1:
        raise ValueError("too few samples")
    A = np.concatenate([np.ones((n, 1)), X], axis=1)
    Q, R = np.linalg.qr(A)
    theta = np.linalg.solve(R, Q.T @ y)
    return np.array(theta[1:]), theta[0].item()
