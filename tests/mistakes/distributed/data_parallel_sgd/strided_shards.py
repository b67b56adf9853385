"""Deals the rows out strided, rank r taking rows r, r + R, r + 2R, ... (DistributedSampler's order): the shards here are consecutive.

7 rows on 3 ranks: rank 0 holds rows 0, 1, 2, rank 1 rows 3, 4, rank 2 rows 5, 6 (np.array_split). The update
is the same either way; the local gradients are not.
"""
import numpy as np


def data_parallel_sgd(grad, w0, X, y, *, n_ranks, learning_rate, n_steps):
    n_total = len(X)
    if not 1 <= n_ranks <= n_total or n_steps < 0:
        raise ValueError("bad arguments")
    shards = [np.arange(r, n_total, n_ranks) for r in range(n_ranks)]
    w = np.array(w0, dtype=np.float64)
    rows, local = [w.copy()], []
    for _ in range(n_steps):
        g = [grad(w, X[s], y[s]) for s in shards]
        local.append(g)
        w = w - learning_rate * sum(len(s) * gr for s, gr in zip(shards, g)) / n_total
        rows.append(w)
    return np.array(rows), np.array(local, dtype=np.float64).reshape(n_steps, n_ranks, w.size)

