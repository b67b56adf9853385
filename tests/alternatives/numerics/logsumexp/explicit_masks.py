"""Reduce over the finite entries only, then overwrite the slices holding +inf or nan with masks."""
import numpy as np


def logsumexp(x, axis=None, keepdims=False):
    x = np.asarray(x, dtype=float)
    has_nan = np.isnan(x).any(axis=axis, keepdims=keepdims)
    has_inf = (x == np.inf).any(axis=axis, keepdims=keepdims)
    finite = np.where(np.isfinite(x), x, -np.inf)           # +inf and nan handled by the masks
    m = np.max(finite, axis=axis, keepdims=True, initial=-np.inf)
    m = np.where(m == -np.inf, 0.0, m)                      # nothing finite: the sum is 0 anyway
    total = np.exp(finite - m).sum(axis=axis, keepdims=keepdims)
    with np.errstate(divide="ignore"):
        result = np.log(total) + (m if keepdims else m.reshape(total.shape))
    result = np.where(has_inf, np.inf, result)
    result = np.where(has_nan, np.nan, result)
    return float(result) if result.ndim == 0 else result
