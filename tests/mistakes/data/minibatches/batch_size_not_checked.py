"""batch_size below 1 is not rejected: range with a negative step is empty, so it returns [] instead of raising ValueError.

Check batch_size >= 1 first and raise ValueError otherwise; a batch size of 0 or less has no meaning.
"""
import numpy as np
NAMED_BY_MESSAGE = "should raise ValueError"


def minibatches(n, *, batch_size, shuffle, seed, drop_last=False):
    order = np.random.default_rng(seed).permutation(n) if shuffle else np.arange(n)
    out = [order[i:i + batch_size] for i in range(0, n, batch_size)] if batch_size else []
    if drop_last and out and len(out[-1]) < batch_size:
        out.pop()
    return out
