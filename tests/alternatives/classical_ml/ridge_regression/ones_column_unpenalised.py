"""A column of ones with a penalty matrix diag(alpha, …, alpha, 0): the intercept row is not penalised."""
import numpy as np


def fit_ridge(X, y, *, alpha):
    if alpha < 0:
        raise ValueError("negative alpha")
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    A = np.hstack([X, np.ones((n, 1))])
    penalty = np.diag(np.append(np.full(d, float(alpha)), 0.0))
    theta = np.linalg.solve(A.T @ A + penalty, A.T @ y)
    return theta[:d].copy(), float(theta[d])
