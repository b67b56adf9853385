"""Shift by the max, normalise in place on a fresh copy, take log of the sum separately."""
import numpy as np


def softmax(x, axis=-1):
    z = np.array(x, dtype=np.float64)          # a copy we own
    if z.size == 0:
        return z
    z -= z.max(axis=axis, keepdims=True)
    np.exp(z, out=z)
    z /= z.sum(axis=axis, keepdims=True)
    return z


def log_softmax(x, axis=-1):
    z = np.array(x, dtype=np.float64)
    if z.size == 0:
        return z
    z -= z.max(axis=axis, keepdims=True)
    z -= np.log(np.exp(z).sum(axis=axis, keepdims=True))
    return z
