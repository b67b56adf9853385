"""Writes the result into x itself: np.asarray(x, dtype=float) returns the caller's float64 array, which is then overwritten.

np.asarray does not copy an array that already has the right dtype. Allocate a new output
array (np.empty(x.shape)) and leave x as it was.
"""
import math

import numpy as np

NAMED_BY_MESSAGE = "modified its argument `x`"


def sigmoid(x):
    if not isinstance(x, np.ndarray):
        x = float(x)
        if x >= 0:
            return 1.0 / (1.0 + math.exp(-x))
        e = math.exp(x)
        return e / (1.0 + e)
    out = np.asarray(x, dtype=float)
    positive = out >= 0
    e = np.exp(out[~positive])
    out[positive] = 1.0 / (1.0 + np.exp(-out[positive]))
    out[~positive] = e / (1.0 + e)
    return out
