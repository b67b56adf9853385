"""Plain Python lists for w, the shrink as ((t − 1) / t)·w, converted to a float64 array at the end."""
import numpy as np


def pegasos(X, y, *, lam, n_steps, seed):
    labels = [float(v) for v in y]
    if lam <= 0 or any(v not in (1.0, -1.0) for v in labels):
        raise ValueError("lam must be > 0 and labels must be -1 or +1")
    rows = [[float(v) for v in row] for row in X]
    d = len(rows[0])
    rng = np.random.default_rng(seed)
    w = [0.0] * d
    for t in range(1, n_steps + 1):
        i = rng.integers(len(rows))
        x, label = rows[i], labels[i]
        margin = label * sum(a * b for a, b in zip(x, w))
        w = [(t - 1) / t * wj for wj in w]
        if margin < 1:
            w = [wj + label * xj / (lam * t) for wj, xj in zip(w, x)]
    return np.array(w, dtype=np.float64)
