"""Allocates the result with np.empty_like(x): for an int array the result is an int array, and every value is truncated to 0 or 1.

np.empty_like copies the dtype of x. Allocate float64 explicitly: np.empty(x.shape), or
np.empty_like(x, dtype=np.float64).
"""
import math

import numpy as np


def sigmoid(x):
    if not isinstance(x, np.ndarray):
        x = float(x)
        if x >= 0:
            return 1.0 / (1.0 + math.exp(-x))
        e = math.exp(x)
        return e / (1.0 + e)
    out = np.empty_like(x)
    positive = x >= 0
    out[positive] = 1.0 / (1.0 + np.exp(-x[positive]))
    e = np.exp(x[~positive])
    out[~positive] = e / (1.0 + e)
    return out
