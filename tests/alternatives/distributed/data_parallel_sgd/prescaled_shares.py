"""Shard bounds from divmod; each rank scales its local mean by n_r / N before a plain-sum all-reduce."""
import numpy as np


def data_parallel_sgd(grad, w0, X, y, *, n_ranks, learning_rate, n_steps):
    n = len(y)
    if not (0 < n_ranks <= n) or n_steps < 0:
        raise ValueError("invalid n_ranks or n_steps")
    base, extra = divmod(n, n_ranks)
    starts = [r * base + min(r, extra) for r in range(n_ranks + 1)]
    w = np.asarray(w0, dtype=np.float64).copy()
    history = np.zeros((n_steps + 1, len(w)))
    history[0] = w
    local = np.zeros((n_steps, n_ranks, len(w)))
    for t in range(n_steps):
        shares = []
        for r in range(n_ranks):
            a, b = starts[r], starts[r + 1]
            local[t, r] = grad(w, X[a:b], y[a:b])
            shares.append((b - a) / n * local[t, r])
        w = w - learning_rate * np.sum(shares, axis=0)
        history[t + 1] = w
    return history, local
