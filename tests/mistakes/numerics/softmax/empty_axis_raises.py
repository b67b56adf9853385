"""Crashes on an empty array: np.max over a zero-length axis raises "zero-size array to reduction operation maximum".

The statement asks for an empty float64 array of the same shape when any dimension has length 0.
Check x.size == 0 first and return np.empty(x.shape) (a new float64 array).
"""
import numpy as np

NAMED_BY_MESSAGE = "zero-size array"


def softmax(x, axis=-1):
    x = np.asarray(x, dtype=float)
    e = np.exp(x - np.max(x, axis=axis, keepdims=True))
    return e / np.sum(e, axis=axis, keepdims=True)


def log_softmax(x, axis=-1):
    x = np.asarray(x, dtype=float)
    shifted = x - np.max(x, axis=axis, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=axis, keepdims=True))
