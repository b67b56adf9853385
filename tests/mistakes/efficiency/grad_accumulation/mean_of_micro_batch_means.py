"""Averages the micro-batch means with equal weight 1/k: the big batch's mean only when every micro-batch has the same size.

grad returns a mean over n_j rows; micro-batches of 2 and 1 rows hold 2/3 and 1/3 of the examples, so their
means weigh 2/3 and 1/3 (n_j / N), not 1/2 each. Dividing each mean loss by the number of accumulation steps
is the usual PyTorch loop, and it is exactly this mistake when the last micro-batch is smaller.
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
            acc += grad(w, X[part], y[part]) / len(slices)
        w = w - learning_rate * acc
        rows.append(w)
        grads.append(acc)
    return np.array(rows), np.array(grads, dtype=np.float64).reshape(n_steps, w.size)

