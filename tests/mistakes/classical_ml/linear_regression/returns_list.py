"""Returns a list [w, b] instead of the tuple (w, b).

The statement asks for a tuple: return w, float(b).
"""
import numpy as np


def fit_linear_regression(X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.shape[0] < X.shape[1] + 1:
        raise ValueError("too few samples")
    Xc, yc = X - X.mean(axis=0), y - y.mean()
    w = np.linalg.solve(Xc.T @ Xc, Xc.T @ yc)
    return [w, float(y.mean() - X.mean(axis=0) @ w)]
