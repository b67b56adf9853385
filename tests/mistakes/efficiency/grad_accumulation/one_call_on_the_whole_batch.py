"""Calls grad once on the whole batch instead of once per micro-batch: right numbers, but the batch does not fit in memory.

The point of accumulation is that grad only ever sees one micro-batch: call it on each micro-batch's rows
alone and combine the results with the weights n_j / N.
"""
NAMED_BY_MESSAGE = "fit in memory"

import numpy as np


def accumulated_sgd(grad, w0, X, y, *, micro_batch_sizes, learning_rate, n_steps):
    sizes = list(micro_batch_sizes)
    n_total = len(X)
    if len(sizes) == 0 or any(s < 1 for s in sizes) or sum(sizes) != n_total or n_steps < 0:
        raise ValueError("bad sizes")
    stops = np.cumsum(sizes)
    slices = [slice(stop - size, stop) for size, stop in zip(sizes, stops)]
    w = np.array(w0, dtype=np.float64)
    rows, grads = [w.copy()], []
    for _ in range(n_steps):
        acc = grad(w, X, y)
        w = w - learning_rate * acc
        rows.append(w)
        grads.append(acc)
    return np.array(rows), np.array(grads, dtype=np.float64).reshape(n_steps, w.size)

