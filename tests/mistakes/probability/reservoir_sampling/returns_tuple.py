"""Returns a tuple instead of a list.

The statement says a list of k items: return the reservoir list itself.
"""
import numpy as np


def reservoir_sample(stream, k, *, seed):
    if k < 0 or k > len(stream):
        raise ValueError("k")
    rng = np.random.default_rng(seed)
    reservoir = list(stream[:k])
    for i in range(k, len(stream)):
        j = int(rng.integers(0, i + 1))
        if j < k:
            reservoir[j] = stream[i]
    return tuple(reservoir)
