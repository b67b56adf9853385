"""Guards only against -inf: a slice holding +inf is shifted by inf, and inf − inf is nan instead of inf.

A slice with +inf sums to +inf, so its log-sum-exp is +inf (scipy agrees). Shift by 0 whenever
the maximum is not finite (np.isfinite), not only when it is -inf.
"""
import numpy as np


def logsumexp(x, axis=None, keepdims=False):
    x = np.asarray(x, dtype=float)
    m = np.max(x, axis=axis, keepdims=True, initial=-np.inf)
    m = np.where(m == -np.inf, 0.0, m)
    with np.errstate(divide="ignore", over="ignore", invalid="ignore"):
        total = np.sum(np.exp(x - m), axis=axis, keepdims=keepdims)
        result = np.log(total) + (m if keepdims else np.squeeze(m, axis=axis))
    return float(result) if np.ndim(result) == 0 else result
