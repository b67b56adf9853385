"""Uses the key u ** w instead of u ** (1 / w): the weights act inverted, so heavy items come LAST.

With u uniform, P(u^(1/w) ≤ t) = t^w: the exponent 1/w pushes a heavy item's key towards 1.
u^w pushes it towards 0.
"""
import numpy as np


def weighted_sample_without_replacement(weights, k, *, seed):
    weights = np.array(weights, dtype=float)
    if np.any(weights < 0) or k < 0 or k > np.count_nonzero(weights):
        raise ValueError("bad input")
    u = np.random.default_rng(seed).random(weights.size)
    pos = np.flatnonzero(weights > 0)
    keys = u[pos] ** weights[pos]
    return pos[np.argsort(-keys, kind="stable")[:k]].astype(np.int64)
