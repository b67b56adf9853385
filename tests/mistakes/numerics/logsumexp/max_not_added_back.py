"""Forgets to add the maximum back: returns log Σ exp(x − m) instead of m + log Σ exp(x − m).

Subtracting m inside the exponent divides the sum by exp(m); multiply it back by adding m
outside the log.
"""
import numpy as np


def logsumexp(x, axis=None, keepdims=False):
    x = np.asarray(x, dtype=float)
    m = np.max(x, axis=axis, keepdims=True, initial=-np.inf)
    m = np.where(np.isfinite(m), m, 0.0)
    with np.errstate(divide="ignore", over="ignore", invalid="ignore"):
        result = np.log(np.sum(np.exp(x - m), axis=axis, keepdims=keepdims))
    return float(result) if np.ndim(result) == 0 else result
