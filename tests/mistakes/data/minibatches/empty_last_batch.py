"""An empty batch at the end when n is divisible by batch_size: n // batch_size + 1 batches.

The number of batches is ceil(n / batch_size) = (n + batch_size − 1) // batch_size, not
n // batch_size + 1; or step over range(0, n, batch_size), which never makes an empty batch.
"""
import numpy as np


def minibatches(n, *, batch_size, shuffle, seed, drop_last=False):
    if batch_size < 1 or n < 0:
        raise ValueError("bad arguments")
    order = np.random.default_rng(seed).permutation(n) if shuffle else np.arange(n)
    count = n // batch_size if drop_last else n // batch_size + 1
    if n == 0:
        return []
    return [order[k * batch_size:(k + 1) * batch_size] for k in range(count)]
