"""Draws for every item from i = 0 (discarding the draws for the first k), which shifts the random stream.

Draw only for items i = k … n − 1: the first k items go into the reservoir without a draw.
"""
import numpy as np


def reservoir_sample(stream, k, *, seed):
    if k < 0 or k > len(stream):
        raise ValueError("k")
    rng = np.random.default_rng(seed)
    reservoir = []
    for i, item in enumerate(stream):
        j = int(rng.integers(0, i + 1))
        if i < k:
            reservoir.append(item)
        elif j < k:
            reservoir[j] = item
    return reservoir
