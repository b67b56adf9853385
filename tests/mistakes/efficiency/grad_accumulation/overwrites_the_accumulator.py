"""Assigns instead of adding (acc = ... rather than acc += ...): only the last micro-batch's share reaches the update.

The accumulator must SUM the weighted micro-batch gradients; an assignment keeps the last one alone.
"""
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
        acc = np.zeros_like(w)
        for part in slices:
            acc = (part.stop - part.start) / n_total * grad(w, X[part], y[part])
        w = w - learning_rate * acc
        rows.append(w)
        grads.append(acc)
    return np.array(rows), np.array(grads, dtype=np.float64).reshape(n_steps, w.size)

