"""Accepts a negative alpha instead of raising ValueError.

A negative penalty rewards large weights and can make the system indefinite or singular:
check alpha < 0 first and raise ValueError, as the statement asks.
"""
import numpy as np

NAMED_BY_MESSAGE = "should raise ValueError"


def fit_ridge(X, y, *, alpha):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    Xc, yc = X - X.mean(axis=0), y - y.mean()
    w = np.linalg.solve(Xc.T @ Xc + alpha * np.eye(X.shape[1]), Xc.T @ yc)
    return w, float(y.mean() - X.mean(axis=0) @ w)
