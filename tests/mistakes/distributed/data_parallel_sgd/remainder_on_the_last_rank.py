"""Gives every rank N // R rows and the remainder to the LAST rank: np.array_split gives one extra row to each of the FIRST N mod R ranks.

7 rows on 3 ranks are shards of 3, 2, 2 rows (rows 0–2, 3–4, 5–6), not 2, 2, 3. The update can still be
right; the local gradients are not.
"""
import numpy as np


def data_parallel_sgd(grad, w0, X, y, *, n_ranks, learning_rate, n_steps):
    n_total = len(X)
    if not 1 <= n_ranks <= n_total or n_steps < 0:
        raise ValueError("bad arguments")
    base = n_total // n_ranks
    bounds = [r * base for r in range(n_ranks)] + [n_total]
    shards = [np.arange(bounds[r], bounds[r + 1]) for r in range(n_ranks)]
    w = np.array(w0, dtype=np.float64)
    rows, local = [w.copy()], []
    for _ in range(n_steps):
        g = [grad(w, X[s], y[s]) for s in shards]
        local.append(g)
        w = w - learning_rate * sum(len(s) * gr for s, gr in zip(shards, g)) / n_total
        rows.append(w)
    return np.array(rows), np.array(local, dtype=np.float64).reshape(n_steps, n_ranks, w.size)

