"""Returns np.empty_like(x) for an empty input: for int logits that is an empty INT array, where the statement asks for float64 on every path.

np.empty_like copies x's dtype. Return np.empty(x.shape) (float64), or convert x to float64
before the empty check.
"""
import numpy as np


def softmax(x, axis=-1):
    if np.size(x) == 0:
        return np.empty_like(x)
    x = np.asarray(x, dtype=float)
    e = np.exp(x - np.max(x, axis=axis, keepdims=True))
    return e / np.sum(e, axis=axis, keepdims=True)


def log_softmax(x, axis=-1):
    if np.size(x) == 0:
        return np.empty_like(x)
    x = np.asarray(x, dtype=float)
    shifted = x - np.max(x, axis=axis, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=axis, keepdims=True))
