"""Flips a coin with probability k/(i + 1), then draws a slot separately: the right distribution, but two draws per item instead of the pinned one.

The statement pins ONE draw per item, j = rng.integers(0, i + 1), used both to decide (j < k)
and as the slot. Two draws consume the generator differently, so the samples differ.
"""
import numpy as np


def reservoir_sample(stream, k, *, seed):
    if k < 0 or k > len(stream):
        raise ValueError("k")
    rng = np.random.default_rng(seed)
    reservoir = list(stream[:k])
    for i in range(k, len(stream)):
        if rng.random() < k / (i + 1):
            reservoir[int(rng.integers(0, k))] = stream[i]
    return reservoir
