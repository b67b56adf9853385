"""Builds the reservoir inside the caller's stream (stream[j] = stream[i]) and returns stream[:k]: the input is modified.

Work on a new list, reservoir = list(stream[:k]); never write into the caller's list.
"""
import numpy as np

NAMED_BY_MESSAGE = "modified its argument `stream`"


def reservoir_sample(stream, k, *, seed):
    if k < 0 or k > len(stream):
        raise ValueError("k")
    rng = np.random.default_rng(seed)
    for i in range(k, len(stream)):
        j = int(rng.integers(0, i + 1))
        if j < k:
            stream[j] = stream[i]
    return stream[:k]
