"""Returns zeros for n_steps = 0 before checking lam and the labels.

lam ≤ 0 or a label other than −1/+1 is an error whatever n_steps is: validate first.
"""
NAMED_BY_MESSAGE = "checked before the shortcut"

import numpy as np


def pegasos(X, y, *, lam, n_steps, seed):
    
    if n_steps == 0:
            return np.zeros(np.shape(X)[1])
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    if lam <= 0:
        raise ValueError(f"lam must be > 0, got {lam}")
    if not np.all((y == 1) | (y == -1)):
        raise ValueError("labels must be -1 or +1")
    n, d = X.shape
    w = np.zeros(d)
    rng = np.random.default_rng(seed)
    for t in range(1, n_steps + 1):
        i = rng.integers(n)
        eta = 1.0 / (lam * t)
        margin = y[i] * (X[i] @ w)     # with w before this step's update
        w = (1.0 - eta * lam) * w      # the regulariser's sub-gradient, every step
        if margin < 1:
            w = w + eta * y[i] * X[i]  # the hinge's sub-gradient, only inside the margin
    return w
    
