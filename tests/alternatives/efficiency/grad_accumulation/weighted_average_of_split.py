"""np.split at the running sums of the sizes, then np.average of the micro-batch means with the sizes as weights."""
import numpy as np


def accumulated_sgd(grad, w0, X, y, *, micro_batch_sizes, learning_rate, n_steps):
    given = np.asarray(micro_batch_sizes)
    if given.size and given.dtype.kind not in "iu":
        raise TypeError("micro_batch_sizes must hold integers")
    sizes = given.astype(np.int64)
    if sizes.size == 0 or np.any(sizes < 1) or sizes.sum() != X.shape[0] or n_steps < 0:
        raise ValueError("invalid micro_batch_sizes or n_steps")
    cuts = np.cumsum(sizes)[:-1]
    parts = list(zip(np.split(X, cuts), np.split(y, cuts)))
    w = np.array(w0, dtype=np.float64)
    trajectory = np.zeros((n_steps + 1, w.size))
    gradients = np.zeros((n_steps, w.size))
    trajectory[0] = w
    for t in range(n_steps):
        means = np.stack([grad(w, Xj, yj) for Xj, yj in parts])
        gradients[t] = np.average(means, axis=0, weights=sizes)
        w = w - learning_rate * gradients[t]
        trajectory[t + 1] = w
    return trajectory, gradients
