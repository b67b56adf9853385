"""Global RNG: np.random.seed(seed) with np.random.permutation gives other orders than default_rng(seed).

The statement pins np.random.default_rng(seed).permutation(n); the legacy global generator is a
different algorithm, and global state makes the order depend on other code.
"""
import numpy as np


def minibatches(n, *, batch_size, shuffle, seed, drop_last=False):
    if batch_size < 1 or n < 0:
        raise ValueError("bad arguments")
    if shuffle:
        np.random.seed(seed)
        order = np.random.permutation(n)
    else:
        order = np.arange(n)
    out = [order[i:i + batch_size] for i in range(0, n, batch_size)]
    if drop_last and out and len(out[-1]) < batch_size:
        out.pop()
    return out
