"""Scalars use 1 / (1 + math.exp(-x)): math.exp(1000) raises OverflowError for x = -1000 (numpy would warn and give inf).

math.exp raises where np.exp returns inf. Branch on the sign: for x < 0 compute
e = math.exp(x), which is < 1, and return e / (1 + e).
"""
import math

import numpy as np

NAMED_BY_MESSAGE = "OverflowError"


def sigmoid(x):
    if not isinstance(x, np.ndarray):
        return 1.0 / (1.0 + math.exp(-float(x)))
    x = np.asarray(x, dtype=float)
    out = np.empty(x.shape)
    positive = x >= 0
    out[positive] = 1.0 / (1.0 + np.exp(-x[positive]))
    e = np.exp(x[~positive])
    out[~positive] = e / (1.0 + e)
    return out
