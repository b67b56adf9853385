"""Keeps the k SMALLEST keys u ** (1 / w) instead of the largest.

Heavy items have keys near 1: keep the largest keys (argsort of −key), largest first.
(With the exponential race −ln(u)/w it is the other way round: smallest first.)
"""
import numpy as np


def weighted_sample_without_replacement(weights, k, *, seed):
    weights = np.array(weights, dtype=float)
    if np.any(weights < 0) or k < 0 or k > np.count_nonzero(weights):
        raise ValueError("bad input")
    u = np.random.default_rng(seed).random(weights.size)
    pos = np.flatnonzero(weights > 0)
    keys = u[pos] ** (1 / weights[pos])
    return pos[np.argsort(keys, kind="stable")[:k]].astype(np.int64)
