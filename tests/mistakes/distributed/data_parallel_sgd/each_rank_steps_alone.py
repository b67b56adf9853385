"""Skips the all-reduce: each rank updates its own copy with its own local gradient, so the copies drift apart.

Data parallelism only works if every rank applies the same update: the all-reduced gradient of the whole
batch. Here rank 0's copy (reported) has only ever seen rank 0's shard.
"""
import numpy as np


def data_parallel_sgd(grad, w0, X, y, *, n_ranks, learning_rate, n_steps):
    n_total = len(X)
    if not 1 <= n_ranks <= n_total or n_steps < 0:
        raise ValueError("bad arguments")
    shards = np.array_split(np.arange(n_total), n_ranks)
    copies = [np.array(w0, dtype=np.float64) for _ in shards]
    rows, local = [copies[0].copy()], []
    for _ in range(n_steps):
        g = [grad(copies[r], X[s], y[s]) for r, s in enumerate(shards)]
        local.append(g)
        copies = [c - learning_rate * gr for c, gr in zip(copies, g)]
        rows.append(copies[0].copy())
    return np.array(rows), np.array(local, dtype=np.float64).reshape(n_steps, n_ranks, copies[0].size)
