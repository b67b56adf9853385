"""Returns the chosen indices sorted by index instead of by decreasing key.

The order matters: it is the order in which successive sampling picks the items. Return
them largest key first, not np.sort-ed.
"""
import numpy as np


def weighted_sample_without_replacement(weights, k, *, seed):
    weights = np.array(weights, dtype=float)
    if np.any(weights < 0) or k < 0 or k > np.count_nonzero(weights):
        raise ValueError("bad input")
    u = np.random.default_rng(seed).random(weights.size)
    pos = np.flatnonzero(weights > 0)
    keys = u[pos] ** (1 / weights[pos])
    return np.sort(pos[np.argsort(-keys, kind="stable")[:k]]).astype(np.int64)
