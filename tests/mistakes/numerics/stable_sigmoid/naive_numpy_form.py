"""The naive numpy form 1 / (1 + np.exp(-x)) everywhere: right values, but exp(1000) overflows.

For x = -1000 it computes exp(1000) = inf (numpy warns "overflow encountered in exp") and happens
to land on 1 / inf = 0. A stable sigmoid never asks exp for more than exp(0): use 1 / (1 + exp(-x))
for x ≥ 0 and exp(x) / (1 + exp(x)) for x < 0, choosing by the sign with a boolean mask.
"""
import math

import numpy as np

NAMED_BY_MESSAGE = "overflow encountered in exp"


def sigmoid(x):
    if not isinstance(x, np.ndarray):
        x = float(x)
        if x >= 0:
            return 1.0 / (1.0 + math.exp(-x))
        e = math.exp(x)
        return e / (1.0 + e)
    x = np.asarray(x, dtype=float)
    out = np.empty(x.shape)
    out[...] = 1.0 / (1.0 + np.exp(-x))  # a new float64 array of x's shape, 0-d included
    return out
