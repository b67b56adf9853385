"""Returns the whole (shorter) stream when k > n instead of raising ValueError.

A sample of k distinct items from n < k items does not exist: raise ValueError rather than
silently returning fewer than k items.
"""
import numpy as np

NAMED_BY_MESSAGE = "should raise ValueError"


def reservoir_sample(stream, k, *, seed):
    if k < 0:
        raise ValueError("k")
    rng = np.random.default_rng(seed)
    reservoir = list(stream[:k])
    for i in range(k, len(stream)):
        j = int(rng.integers(0, i + 1))
        if j < k:
            reservoir[j] = stream[i]
    return reservoir
