"""Returns a numpy array (np.array(reservoir)) instead of a list, turning the items into numpy scalars.

The statement says a list of the stream's own items: return the list.
"""
import numpy as np


def reservoir_sample(stream, k, *, seed):
    if k < 0 or k > len(stream):
        raise ValueError("k")
    rng = np.random.default_rng(seed)
    reservoir = np.array(stream[:k])
    for i in range(k, len(stream)):
        j = int(rng.integers(0, i + 1))
        if j < k:
            reservoir[j] = stream[i]
    return reservoir
