"""log_softmax = x - logsumexp(x); softmax = exp(log_softmax), with np.max(..., initial=-inf) for empty arrays."""
import numpy as np


def log_softmax(x, axis=-1):
    x = np.asarray(x, dtype=np.float64)
    m = np.max(x, axis=axis, keepdims=True, initial=-np.inf)
    with np.errstate(invalid="ignore", divide="ignore"):
        lse = m + np.log(np.exp(x - m).sum(axis=axis, keepdims=True))
        return x - lse


def softmax(x, axis=-1):
    return np.exp(log_softmax(x, axis=axis))
