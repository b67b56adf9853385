"""Turns each micro-batch mean back into a sum (times n_j) but then divides by k, the number of micro-batches, instead of by N.

The sum over all examples, Σ_j n_j·g_j, must be divided by the number of examples N to give the mean; dividing
by k (the accumulation steps) makes the gradient N/k times too large.
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
            acc += (part.stop - part.start) * grad(w, X[part], y[part])
        acc = acc / len(slices)
        w = w - learning_rate * acc
        rows.append(w)
        grads.append(acc)
    return np.array(rows), np.array(grads, dtype=np.float64).reshape(n_steps, w.size)

