"""Cuts shards of ceil(N / R) rows, the last rank taking what is left (torch.chunk's rule): np.array_split's sizes differ by at most one.

7 rows on 3 ranks are shards of 3, 2, 2 rows, not 3, 3, 1.
"""
import numpy as np


def data_parallel_sgd(grad, w0, X, y, *, n_ranks, learning_rate, n_steps):
    n_total = len(X)
    if not 1 <= n_ranks <= n_total or n_steps < 0:
        raise ValueError("bad arguments")
    size = -(-n_total // n_ranks)
    shards = [np.arange(r * size, min((r + 1) * size, n_total)) for r in range(n_ranks)]
    if any(len(s) == 0 for s in shards):
        raise ValueError("a rank without rows")
    w = np.array(w0, dtype=np.float64)
    rows, local = [w.copy()], []
    for _ in range(n_steps):
        g = [grad(w, X[s], y[s]) for s in shards]
        local.append(g)
        w = w - learning_rate * sum(len(s) * gr for s, gr in zip(shards, g)) / n_total
        rows.append(w)
    return np.array(rows), np.array(local, dtype=np.float64).reshape(n_steps, n_ranks, w.size)

