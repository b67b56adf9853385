"""Draws with the global generator (np.random.seed(seed), np.random.randint(n)) instead of np.random.default_rng(seed).

The legacy global generator is a different algorithm: the statement asks for
rng = np.random.default_rng(seed) and one rng.integers(n) per step.
"""
import numpy as np


def pegasos(X, y, *, lam, n_steps, seed):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    if lam <= 0 or not np.all(np.isin(y, [-1, 1])):
        raise ValueError("need lam > 0 and labels -1/+1")
    n, d = X.shape
    w = np.zeros(d)
    np.random.seed(seed)
    for t in range(1, n_steps + 1):
        i = np.random.randint(n)
        eta = 1.0 / (lam * t)
        if y[i] * (X[i] @ w) < 1:
            w = (1 - eta * lam) * w + eta * y[i] * X[i]
        else:
            w = (1 - eta * lam) * w
    return w
