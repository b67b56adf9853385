"""A slice of all -inf gives nan: its maximum is -inf, and the shift -inf − (-inf) is nan.

The sum of exp(-inf) = 0 terms is 0 and log 0 = -inf, which is the answer scipy gives. Shift by
0 instead of by a maximum that is not finite: m = np.where(np.isfinite(m), m, 0).
"""
import numpy as np


def logsumexp(x, axis=None, keepdims=False):
    x = np.asarray(x, dtype=float)
    m = np.max(x, axis=axis, keepdims=True)
    with np.errstate(divide="ignore", over="ignore", invalid="ignore"):
        total = np.sum(np.exp(x - m), axis=axis, keepdims=keepdims)
        result = np.log(total) + (m if keepdims else np.squeeze(m, axis=axis))
    return float(result) if np.ndim(result) == 0 else result
