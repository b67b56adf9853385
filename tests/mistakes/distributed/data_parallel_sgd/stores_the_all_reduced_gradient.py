"""Stores the all-reduced ĝ_t as every rank's local gradient: the trajectory is right, but local_gradients[t] holds R equal rows.

The all-reduce is done in place on each rank's gradient buffer (as DDP's is), so after it every rank holds the
same ĝ_t: record each rank's g_r = grad(w_t, X_r, y_r) BEFORE the all-reduce, and reduce into a new array.
"""
import numpy as np


def data_parallel_sgd(grad, w0, X, y, *, n_ranks, learning_rate, n_steps):
    n_total = len(X)
    if not 1 <= n_ranks <= n_total or n_steps < 0:
        raise ValueError("bad arguments")
    shards = np.array_split(np.arange(n_total), n_ranks)
    w = np.array(w0, dtype=np.float64)
    rows, local = [w.copy()], []
    for _ in range(n_steps):
        buffers = [np.array(grad(w, X[s], y[s]), dtype=np.float64) for s in shards]
        reduced = sum(len(s) * g for s, g in zip(shards, buffers)) / n_total
        for g in buffers:
            g[...] = reduced               # the all-reduce overwrites each rank's buffer
        local.append(buffers)
        w = w - learning_rate * reduced
        rows.append(w)
    return np.array(rows), np.array(local, dtype=np.float64).reshape(n_steps, n_ranks, w.size)
