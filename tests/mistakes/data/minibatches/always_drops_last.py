"""Always drops the short last batch, even when drop_last is False: range(0, n - batch_size + 1, batch_size).

The last partial batch is part of the epoch: without drop_last every sample must be seen. Step
over range(0, n, batch_size) and only skip a short last batch when drop_last is True.
"""
import numpy as np


def minibatches(n, *, batch_size, shuffle, seed, drop_last=False):
    if batch_size < 1 or n < 0:
        raise ValueError("bad arguments")
    order = np.random.default_rng(seed).permutation(n) if shuffle else np.arange(n)
    return [order[i:i + batch_size] for i in range(0, n - batch_size + 1, batch_size)]
