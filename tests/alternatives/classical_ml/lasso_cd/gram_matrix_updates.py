"""Covariance updates: precompute G = XcᵀXc / n and c = Xcᵀyc / n; rho_j = c_j − G_j·w + G_jj·w_j."""
import numpy as np


def lasso_cd(X, y, *, alpha, max_iter=1000, tol=1e-8, fit_intercept=True):
    if alpha < 0:
        raise ValueError("alpha must be >= 0")
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if X.ndim != 2 or X.shape[0] < 1 or X.shape[1] < 1 or y.shape != (X.shape[0],):
        raise ValueError("bad shapes")
    n, d = X.shape
    x_mean = X.mean(axis=0) if fit_intercept else np.zeros(d)
    y_mean = y.mean() if fit_intercept else 0.0
    Xc, yc = X - x_mean, y - y_mean
    G, c = Xc.T @ Xc / n, Xc.T @ yc / n
    w = np.zeros(d)
    n_iter = 0
    while n_iter < max_iter:
        before = w.copy()
        for j in range(d):
            if G[j, j] == 0.0:
                w[j] = 0.0
                continue
            rho = c[j] - G[j] @ w + G[j, j] * w[j]
            w[j] = np.sign(rho) * max(abs(rho) - alpha, 0.0) / G[j, j]
        n_iter += 1
        if np.abs(w - before).max() <= tol:
            break
    return w, float(y_mean - x_mean @ w), n_iter
