"""Each batch is a Python list of ints instead of an int64 numpy array.

The statement asks for a list of int64 arrays: slice the numpy order array, order[i : i + batch_size],
rather than building Python lists.
"""
import numpy as np


def minibatches(n, *, batch_size, shuffle, seed, drop_last=False):
    if batch_size < 1 or n < 0:
        raise ValueError("bad arguments")
    order = np.random.default_rng(seed).permutation(n).tolist() if shuffle else list(range(n))
    out = [order[i:i + batch_size] for i in range(0, n, batch_size)]
    if drop_last and out and len(out[-1]) < batch_size:
        out.pop()
    return out
