"""Rotates x in place (x[..., 0::2] = ...) and returns it: the caller's queries and keys are overwritten.

The statement returns a new array and leaves x unchanged: write the result into
np.empty_like(x) (or build it with np.stack), never into x itself.
"""
NAMED_BY_MESSAGE = "modified its argument `x`"

import numpy as np


def apply_rotary_embeddings(x, positions, base=10000.0):
    D = x.shape[-1]
    if D % 2:
        raise ValueError("D must be even")
    theta = base ** (-2 * np.arange(D // 2) / D)
    a = np.asarray(positions, dtype=float)[:, None] * theta
    even, odd = x[..., 0::2].copy(), x[..., 1::2].copy()
    x[..., 0::2] = even * np.cos(a) - odd * np.sin(a)
    x[..., 1::2] = even * np.sin(a) + odd * np.cos(a)
    return x
