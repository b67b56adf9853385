"""Written as a sub-gradient step: g = lam·w − [margin < 1]·y·x, then w ← w − eta·g."""
import numpy as np


def pegasos(X, y, *, lam, n_steps, seed):
    y = np.asarray(y)
    if lam <= 0:
        raise ValueError("lam <= 0")
    if np.any(np.abs(y) != 1):
        raise ValueError("bad labels")
    X = np.asarray(X, dtype=np.float64)
    n, d = X.shape
    rng = np.random.default_rng(seed)
    w = np.zeros(d, dtype=np.float64)
    for t in range(1, n_steps + 1):
        i = int(rng.integers(n))
        eta = 1.0 / (lam * t)
        g = lam * w
        if y[i] * float(X[i] @ w) < 1.0:
            g = g - y[i] * X[i]
        w = w - eta * g
    return w
