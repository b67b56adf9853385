"""Makes an update after every micro-batch (optimizer.step() inside the accumulation loop), so later micro-batches see a moved w.

Accumulation evaluates every micro-batch at the SAME w_t and updates once, after the last one: that is what
makes the step equal to the big batch. Stepping k times per step is small-batch SGD, not accumulation.
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
        total = np.zeros_like(w)
        for part in slices:
            g = (part.stop - part.start) / n_total * grad(w, X[part], y[part])
            w = w - learning_rate * g
            total += g
        rows.append(w)
        grads.append(total)
    return np.array(rows), np.array(grads, dtype=np.float64).reshape(n_steps, w.size)

