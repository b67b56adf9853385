"""A while loop that pops batches off the front of the order, built as Python ints then converted."""
import numpy as np


def minibatches(n, *, batch_size, shuffle, seed, drop_last=False):
    if batch_size <= 0:
        raise ValueError("batch_size must be positive")
    if n < 0:
        raise ValueError("n must be non-negative")
    order = list(np.random.default_rng(seed).permutation(n)) if shuffle else list(range(n))
    batches = []
    while order:
        batch, order = order[:batch_size], order[batch_size:]
        if len(batch) == batch_size or not drop_last:
            batches.append(np.array(batch, dtype=np.int64))
    return batches
