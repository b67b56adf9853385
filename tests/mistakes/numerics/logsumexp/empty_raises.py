"""Crashes on empty input: np.max of an empty array raises "zero-size array to reduction operation maximum".

A sum of no terms is 0, so the log-sum-exp of nothing is -inf (scipy agrees). Give np.max an
initial value, np.max(x, axis=axis, keepdims=True, initial=-np.inf), or check x.size first.
"""
import numpy as np

NAMED_BY_MESSAGE = "zero-size array"


def logsumexp(x, axis=None, keepdims=False):
    x = np.asarray(x, dtype=float)
    m = np.max(x, axis=axis, keepdims=True)
    m = np.where(np.isfinite(m), m, 0.0)
    with np.errstate(divide="ignore", over="ignore", invalid="ignore"):
        total = np.sum(np.exp(x - m), axis=axis, keepdims=keepdims)
        result = np.log(total) + (m if keepdims else np.squeeze(m, axis=axis))
    return float(result) if np.ndim(result) == 0 else result
