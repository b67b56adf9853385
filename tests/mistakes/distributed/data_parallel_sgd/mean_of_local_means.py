"""Averages the ranks' local mean gradients with equal weight (DDP's divide-by-world-size): not the big batch when the shards differ in size.

With 7 rows on 3 ranks the shards hold 3, 2 and 2 rows, so the local means weigh 3/7, 2/7 and 2/7. All-reduce
the local SUMS n_r · g_r and divide by the global count N.
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
        g = [grad(w, X[s], y[s]) for s in shards]
        local.append(g)
        w = w - learning_rate * sum(g) / n_ranks
        rows.append(w)
    return np.array(rows), np.array(local, dtype=np.float64).reshape(n_steps, n_ranks, w.size)

