"""All indices drawn at once with rng.integers(n, size=n_steps) (the same stream), shrink written as (1 − 1/t)."""
import numpy as np


def pegasos(X, y, *, lam, n_steps, seed):
    if not lam > 0:
        raise ValueError("lam must be positive")
    y = np.asarray(y, dtype=float)
    if not set(np.unique(y)) <= {-1.0, 1.0}:
        raise ValueError("labels must be -1 or +1")
    X = np.asarray(X, dtype=float)
    indices = np.random.default_rng(seed).integers(X.shape[0], size=n_steps)
    w = np.zeros(X.shape[1])
    for t, i in enumerate(indices, start=1):
        inside = y[i] * np.dot(X[i], w) < 1
        w = (1.0 - 1.0 / t) * w
        if inside:
            w += y[i] * X[i] / (lam * t)
    return w
