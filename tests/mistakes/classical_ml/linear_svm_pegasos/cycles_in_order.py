"""Visits the samples in order (i = (t − 1) mod n) instead of drawing them at random.

Pegasos is stochastic: each step draws i = rng.integers(n) from rng = np.random.default_rng(seed).
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
        i = (t - 1) % n
        eta = 1.0 / (lam * t)
        if y[i] * (X[i] @ w) < 1:
            w = (1 - eta * lam) * w + eta * y[i] * X[i]
        else:
            w = (1 - eta * lam) * w
    return w
