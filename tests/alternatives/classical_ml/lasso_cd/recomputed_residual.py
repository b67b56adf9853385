"""Plain loops that recompute the partial residual for every coordinate (slow, obviously right)."""
import numpy as np


def soft_threshold(t, a):
    if t > a:
        return t - a
    if t < -a:
        return t + a
    return 0.0


def lasso_cd(X, y, *, alpha, max_iter=1000, tol=1e-8, fit_intercept=True):
    if alpha < 0:
        raise ValueError("alpha must be >= 0")
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if X.ndim != 2 or min(X.shape) < 1 or y.shape != (X.shape[0],):
        raise ValueError("bad shapes")
    n, d = X.shape
    if fit_intercept:
        Xc, yc = X - X.mean(axis=0), y - y.mean()
    else:
        Xc, yc = X.copy(), y.copy()
    w = np.zeros(d)
    n_iter = 0
    for _ in range(max_iter):
        largest = 0.0
        for j in range(d):
            z = (Xc[:, j] @ Xc[:, j]) / n
            others = np.delete(np.arange(d), j)
            partial = yc - Xc[:, others] @ w[others]
            new = 0.0 if z == 0.0 else soft_threshold((Xc[:, j] @ partial) / n, alpha) / z
            largest = max(largest, abs(new - w[j]))
            w[j] = new
        n_iter += 1
        if largest <= tol:
            break
    b = float(y.mean() - X.mean(axis=0) @ w) if fit_intercept else 0.0
    return w, b, n_iter
