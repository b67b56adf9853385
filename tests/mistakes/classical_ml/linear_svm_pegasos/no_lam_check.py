"""Accepts lam ≤ 0 (or labels other than ±1) instead of raising ValueError.

With lam = 0 the step 1/(lam·t) divides by zero. Check lam > 0 and the labels first and raise
ValueError, as the statement asks.
"""
import numpy as np

NAMED_BY_MESSAGE = "should raise ValueError"


def pegasos(X, y, *, lam, n_steps, seed):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
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
    return w
