"""Draws uniforms only for the positive-weight items (rng.random(#positive)), so every later item gets another item's uniform.

The statement pins one rng.random(n) call with a uniform for EVERY item, zero weights
included; drop the zero-weight items after drawing, not before.
"""
import numpy as np


def weighted_sample_without_replacement(weights, k, *, seed):
    weights = np.array(weights, dtype=float)
    if np.any(weights < 0) or k < 0 or k > np.count_nonzero(weights):
        raise ValueError("bad input")
    pos = np.flatnonzero(weights > 0)
    u = np.random.default_rng(seed).random(pos.size)
    keys = u ** (1 / weights[pos])
    return pos[np.argsort(-keys, kind="stable")[:k]].astype(np.int64)
