"""Uses rng.choice(n, k, replace=False, p=w/Σw): the right idea, but not the pinned Efraimidis–Spirakis draw.

The kata is the key trick: one rng.random(n) call, key u^(1/w), the k largest keys.
"""
import numpy as np


def weighted_sample_without_replacement(weights, k, *, seed):
    weights = np.array(weights, dtype=float)
    if np.any(weights < 0) or k < 0 or k > np.count_nonzero(weights):
        raise ValueError("bad input")
    rng = np.random.default_rng(seed)
    return rng.choice(weights.size, size=k, replace=False, p=weights / weights.sum()).astype(np.int64)
