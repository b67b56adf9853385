"""Subtracts the maximum of the whole array instead of each slice's own maximum: a row far below the global maximum underflows to 0/0 = nan.

x - x.max() is a valid shift for every row, but it only prevents overflow. A row whose logits
are all 1e4 below the global maximum becomes exp(-1e4) = 0 everywhere, and 0/0 is nan. Take
the maximum per slice: np.max(x, axis=axis, keepdims=True).
"""
import numpy as np


def softmax(x, axis=-1):
    x = np.asarray(x, dtype=float)
    if x.size == 0:
        return np.empty(x.shape)
    e = np.exp(x - x.max())
    return e / np.sum(e, axis=axis, keepdims=True)


def log_softmax(x, axis=-1):
    x = np.asarray(x, dtype=float)
    if x.size == 0:
        return np.empty(x.shape)
    shifted = x - x.max()
    return shifted - np.log(np.sum(np.exp(shifted), axis=axis, keepdims=True))
