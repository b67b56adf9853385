"""log_softmax computed as log(softmax(x)): a probability that underflows to 0 gives -inf instead of a finite log-probability.

softmax([0, -1000]) is [1, 0] in float64, and log(0) = -inf, although the true log-probability
is -1000. Work in log space: log_softmax = (x - m) - log(Σ exp(x - m)), with m the slice maximum.
"""
import numpy as np


def softmax(x, axis=-1):
    x = np.asarray(x, dtype=float)
    if x.size == 0:
        return np.empty(x.shape)
    e = np.exp(x - np.max(x, axis=axis, keepdims=True))
    return e / np.sum(e, axis=axis, keepdims=True)


def log_softmax(x, axis=-1):
    with np.errstate(divide="ignore"):
        return np.log(softmax(x, axis=axis))
