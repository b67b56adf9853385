"""The dual (kernel) form for alpha > 0: w = Xcᵀ (XcXcᵀ + alpha·I)⁻¹ yc, an n × n solve; primal for alpha = 0."""
import numpy as np


def fit_ridge(X, y, *, alpha):
    if alpha < 0:
        raise ValueError("alpha < 0")
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    Xc, yc = X - X.mean(axis=0), y - y.mean()
    if alpha > 0:
        w = Xc.T @ np.linalg.solve(Xc @ Xc.T + alpha * np.eye(n), yc)
    else:
        w = np.linalg.solve(Xc.T @ Xc, Xc.T @ yc)
    return w, float(y.mean() - X.mean(axis=0) @ w)
