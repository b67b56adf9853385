"""Step size 1/t instead of 1/(lam·t).

Pegasos uses eta = 1/(lam·t): the objective is lam-strongly convex, and that step makes the
shrink factor (1 − eta·lam) exactly 1 − 1/t.
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
        eta = 1.0 / t
        if y[i] * (X[i] @ w) < 1:
            w = (1 - eta * lam) * w + eta * y[i] * X[i]
        else:
            w = (1 - eta * lam) * w
    return w
