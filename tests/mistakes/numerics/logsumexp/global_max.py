"""Shifts every slice by the maximum of the whole array: a row far below it underflows to log 0 = -inf.

With axis given, each slice needs its own maximum: np.max(x, axis=axis, keepdims=True).
"""
import numpy as np


def logsumexp(x, axis=None, keepdims=False):
    x = np.asarray(x, dtype=float)
    m = np.max(x, initial=-np.inf)
    m = m if np.isfinite(m) else 0.0
    with np.errstate(divide="ignore", over="ignore", invalid="ignore"):
        result = np.log(np.sum(np.exp(x - m), axis=axis, keepdims=keepdims)) + m
    return float(result) if np.ndim(result) == 0 else result
