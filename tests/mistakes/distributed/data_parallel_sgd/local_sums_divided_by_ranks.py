"""Sums the local SUMS n_r · g_r over the ranks but divides by the number of ranks R instead of the number of rows N.

The weighted sum Σ n_r · g_r is the sum of every example's gradient: dividing it by R makes the step N/R
times too large. Divide by N, the global count.
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
        w = w - learning_rate * sum(len(s) * gr for s, gr in zip(shards, g)) / n_ranks
        rows.append(w)
    return np.array(rows), np.array(local, dtype=np.float64).reshape(n_steps, n_ranks, w.size)

