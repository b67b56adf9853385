"""Draws j = rng.integers(0, i) instead of rng.integers(0, i + 1): off by one, item i enters with probability k/i.

numpy's integers(low, high) excludes high. Item i (0-based) is the (i + 1)-th item seen, so j
must be uniform on 0..i: rng.integers(0, i + 1).
"""
import numpy as np


def reservoir_sample(stream, k, *, seed):
    if k < 0 or k > len(stream):
        raise ValueError("k")
    rng = np.random.default_rng(seed)
    reservoir = list(stream[:k])
    for i in range(k, len(stream)):
        j = int(rng.integers(0, i))
        if j < k:
            reservoir[j] = stream[i]
    return reservoir
