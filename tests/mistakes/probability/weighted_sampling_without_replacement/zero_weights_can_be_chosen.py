"""Gives zero-weight items a key of 0 (u ** inf) and does not raise when k exceeds the positive weights, so impossible items are returned.

An item of weight 0 has probability 0: it must never be chosen. When k is larger than the
number of positive weights there is no valid sample: raise ValueError.
"""
import numpy as np

NAMED_BY_MESSAGE = "should raise ValueError"


def weighted_sample_without_replacement(weights, k, *, seed):
    weights = np.array(weights, dtype=float)
    if np.any(weights < 0) or k < 0 or k > weights.size:
        raise ValueError("bad input")
    u = np.random.default_rng(seed).random(weights.size)
    with np.errstate(divide="ignore"):
        keys = u ** (1 / weights)
    return np.argsort(-keys, kind="stable")[:k].astype(np.int64)
