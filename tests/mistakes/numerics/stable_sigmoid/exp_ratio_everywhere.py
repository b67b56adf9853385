"""Uses exp(x) / (1 + exp(x)) for every x: exp(1000) is inf, and inf / inf is nan.

This form is the right one for x < 0 only. For x ≥ 0 use 1 / (1 + exp(-x)), where exp(-x) ≤ 1;
pick the branch by the sign of x (a boolean mask for arrays).
"""
import math

import numpy as np


def sigmoid(x):
    if not isinstance(x, np.ndarray):
        x = float(x)
        try:
            e = math.exp(x)
        except OverflowError:
            return math.nan
        return e / (1.0 + e)
    with np.errstate(over="ignore", invalid="ignore"):
        e = np.exp(np.asarray(x, dtype=float))
        return e / (1.0 + e)
