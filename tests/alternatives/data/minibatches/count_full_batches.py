"""Counts the batches first (full ones, plus a partial one unless drop_last), then slices."""
import numpy as np


def minibatches(n, *, batch_size, shuffle, seed, drop_last=False):
    if n < 0 or batch_size < 1:
        raise ValueError("n must be >= 0 and batch_size >= 1")
    if shuffle:
        order = np.arange(n)
        np.random.default_rng(seed).shuffle(order)  # the same draw as permutation(n)
    else:
        order = np.arange(n, dtype=np.int64)
    full, rest = divmod(n, batch_size)
    count = full + (1 if rest and not drop_last else 0)
    return [order[k * batch_size:min((k + 1) * batch_size, n)].copy() for k in range(count)]
