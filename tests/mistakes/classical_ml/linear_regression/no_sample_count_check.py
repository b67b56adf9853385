"""No check for too few samples: with n < d + 1 the system is singular and the solver fails or returns noise.

There are d + 1 unknowns; with fewer samples than that, raise ValueError before solving, as
the statement asks, instead of letting np.linalg.solve raise LinAlgError or return garbage.
"""
import numpy as np

NAMED_BY_MESSAGE = "should raise ValueError"


def fit_linear_regression(X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    Xc, yc = X - X.mean(axis=0), y - y.mean()
    w = np.linalg.solve(Xc.T @ Xc, Xc.T @ yc)
    return w, float(y.mean() - X.mean(axis=0) @ w)
