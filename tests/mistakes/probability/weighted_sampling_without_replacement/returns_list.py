"""Returns a list of ints instead of an int64 numpy array.

The statement says an int64 array of shape (k,): np.array(chosen, dtype=np.int64).
"""
import numpy as np


def weighted_sample_without_replacement(weights, k, *, seed):
    weights = np.array(weights, dtype=float)
    if np.any(weights < 0) or k < 0 or k > np.count_nonzero(weights):
        raise ValueError("bad input")
    u = np.random.default_rng(seed).random(weights.size)
    pos = np.flatnonzero(weights > 0)
    keys = u[pos] ** (1 / weights[pos])
    return [int(i) for i in pos[np.argsort(-keys, kind="stable")[:k]]]
