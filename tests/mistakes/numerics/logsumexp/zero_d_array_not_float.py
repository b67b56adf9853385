"""Returns a 0-d numpy array where the statement asks for a float (axis=None, no keepdims).

Reducing with keepdims=True and then squeezing leaves an array of shape (), which is not a
float. When the result has no dimensions, return float(result).
"""
import numpy as np


def logsumexp(x, axis=None, keepdims=False):
    x = np.asarray(x, dtype=float)
    m = np.max(x, axis=axis, keepdims=True, initial=-np.inf)
    m = np.where(np.isfinite(m), m, 0.0)
    with np.errstate(divide="ignore", over="ignore", invalid="ignore"):
        result = np.log(np.sum(np.exp(x - m), axis=axis, keepdims=True)) + m
    return result if keepdims else np.squeeze(result, axis=axis)
