"""Ignores the given micro_batch_sizes and splits the rows into k near-equal parts (np.array_split): the same ĝ, but not the micro-batches asked for.

Weighting by n_j / N gives the full-batch mean for any split, so the numbers cannot show it: the
sizes are what fits in each device's memory, and micro-batch j is the next micro_batch_sizes[j]
rows, in order (np.cumsum(sizes) gives the cut points).
"""
NAMED_BY_MESSAGE = "was given 2 rows with targets [0.1, 0.2]; micro-batch 0 is the next 3 rows"

import numbers

import numpy as np


def accumulated_sgd(grad, w0, X, y, *, micro_batch_sizes, learning_rate, n_steps):
    sizes = list(micro_batch_sizes)
    if not all(isinstance(size, numbers.Integral) for size in sizes):
        raise TypeError("every micro-batch size must be an integer")
    n_total = len(X)
    if len(sizes) == 0 or any(size < 1 for size in sizes) or sum(sizes) != n_total:
        raise ValueError("micro_batch_sizes must be a non-empty list of sizes ≥ 1 that sum to N")
    if n_steps < 0:
        raise ValueError("n_steps must be ≥ 0")
    parts = np.array_split(np.arange(n_total), len(sizes))   # k parts of near-equal size: not the sizes given

    w = np.array(w0, dtype=np.float64)
    trajectory = np.empty((n_steps + 1, w.size))
    gradients = np.empty((n_steps, w.size))
    trajectory[0] = w
    for t in range(n_steps):
        accumulated = np.zeros_like(w)
        for rows in parts:
            accumulated += len(rows) / n_total * grad(w, X[rows[0]:rows[-1] + 1], y[rows[0]:rows[-1] + 1])
        w = w - learning_rate * accumulated
        gradients[t] = accumulated
        trajectory[t + 1] = w
    return trajectory, gradients
