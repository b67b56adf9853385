"""Counts steps from 0 and uses eta = 1/(lam·(t + 1)) with t from 1, so every step size is off by one.

t runs 1, 2, …, n_steps and eta = 1/(lam·t): the first step has eta = 1/lam, which wipes out
the initial w (1 − eta·lam = 0).
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
        eta = 1.0 / (lam * (t + 1))
        if y[i] * (X[i] @ w) < 1:
            w = (1 - eta * lam) * w + eta * y[i] * X[i]
        else:
            w = (1 - eta * lam) * w
    return w
