"""Soft thresholding without the sign: max(rho − alpha, 0) sends every negative coefficient to 0.

S(t, a) = sign(t)·max(|t| − a, 0): a strongly NEGATIVE rho gives a negative w_j.
"""
import numpy as np


def lasso_cd(X, y, *, alpha, max_iter=1000, tol=1e-8, fit_intercept=True):
    if alpha < 0:
        raise ValueError("alpha must be >= 0")
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if X.ndim != 2 or X.shape[0] < 1 or X.shape[1] < 1 or y.shape != (X.shape[0],):
        raise ValueError("bad shapes")
    n, d = X.shape
    if fit_intercept:  # CENTRE
        x_mean, y_mean = X.mean(axis=0), y.mean()
    else:
        x_mean, y_mean = np.zeros(d), 0.0
    Xc, yc = X - x_mean, y - y_mean
    z = (Xc ** 2).sum(axis=0) / n  # Z
    w = np.zeros(d)
    residual = yc.copy()
    n_iter = 0
    for _ in range(max_iter):
        change = 0.0
        for j in range(d):
            old = w[j]
            if z[j] == 0.0:
                new = 0.0
            else:
                rho = Xc[:, j] @ (residual + Xc[:, j] * old) / n  # RHO
                new = max(rho - alpha, 0.0) / z[j]
            residual -= Xc[:, j] * (new - old)  # UPDATE
            w[j] = new
            change = max(change, abs(new - old))
        n_iter += 1
        if change <= tol:  # STOP
            break
    return w, float(y_mean - x_mean @ w), n_iter
