"""reduction="sum" style: each micro-batch mean times its size is a sum over its rows; the step divides the total by N."""
import numpy as np


def accumulated_sgd(grad, w0, X, y, *, micro_batch_sizes, learning_rate, n_steps):
    if any(int(s) != s for s in micro_batch_sizes) or any(isinstance(s, float) for s in micro_batch_sizes):
        raise TypeError("sizes must be integers")
    sizes = [int(s) for s in micro_batch_sizes]
    if not sizes or min(sizes) < 1 or sum(sizes) != len(X):
        raise ValueError("micro_batch_sizes must be sizes ≥ 1 summing to N")
    if n_steps < 0:
        raise ValueError("n_steps must be ≥ 0")
    w = np.asarray(w0, dtype=float).copy()
    trajectory = [w]
    gradients = []
    for _ in range(n_steps):
        total = np.zeros(w.shape)
        start = 0
        for size in sizes:
            total = total + size * np.asarray(grad(w, X[start:start + size], y[start:start + size]))
            start += size
        g = total / len(X)
        w = w - learning_rate * g
        trajectory.append(w)
        gradients.append(g)
    return np.array(trajectory, dtype=float), np.array(gradients, dtype=float).reshape(n_steps, w.size)
