"""Ignores keepdims: always drops the reduced axes, so keepdims=True gives shape (2,) instead of (2, 1).

keepdims=True keeps every reduced axis as a length-1 axis, so the result broadcasts against x.
Pass keepdims through to the final reduction (and only squeeze the maximum when it is False).
"""
import numpy as np


def logsumexp(x, axis=None, keepdims=False):
    x = np.asarray(x, dtype=float)
    m = np.max(x, axis=axis, keepdims=True, initial=-np.inf)
    m = np.where(np.isfinite(m), m, 0.0)
    with np.errstate(divide="ignore", over="ignore", invalid="ignore"):
        result = np.log(np.sum(np.exp(x - m), axis=axis)) + np.squeeze(m, axis=axis)
    return float(result) if np.ndim(result) == 0 else result
