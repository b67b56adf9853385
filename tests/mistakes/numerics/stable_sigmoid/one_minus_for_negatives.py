"""Computes the negative tail as 1 − σ(−x) = 1 − 1/(1 + exp(x)): the subtraction cancels, so σ(−40) comes out as 0 instead of 4.25e-18.

1 − (a number within 1e-16 of 1) keeps no significant digits. For x < 0 use e / (1 + e) with
e = exp(x): no subtraction, full relative accuracy.
"""
import math

import numpy as np


def sigmoid(x):
    if not isinstance(x, np.ndarray):
        x = float(x)
        if x >= 0:
            return 1.0 / (1.0 + math.exp(-x))
        return 1.0 - 1.0 / (1.0 + math.exp(x))
    x = np.asarray(x, dtype=float)
    out = np.empty(x.shape)
    positive = x >= 0
    out[positive] = 1.0 / (1.0 + np.exp(-x[positive]))
    out[~positive] = 1.0 - 1.0 / (1.0 + np.exp(x[~positive]))
    return out
