"""drop_last also drops a FULL last batch when n is divisible by batch_size: range(0, n - batch_size, batch_size).

Only a last batch SMALLER than batch_size is dropped. A batch starting at i is full when
i + batch_size <= n, so the starts are range(0, n - batch_size + 1, batch_size).
"""
import numpy as np


def minibatches(n, *, batch_size, shuffle, seed, drop_last=False):
    if batch_size < 1 or n < 0:
        raise ValueError("bad arguments")
    order = np.random.default_rng(seed).permutation(n) if shuffle else np.arange(n)
    stop = n - batch_size if drop_last else n
    return [order[i:i + batch_size] for i in range(0, stop, batch_size)]
