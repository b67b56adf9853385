"""Ignores the axis argument: always normalises along the last axis.

`axis` says which index the probabilities run over; with axis=0 each COLUMN must sum to 1.
Pass axis (and keepdims=True) to every reduction: np.max(x, axis=axis, keepdims=True) and
np.sum(e, axis=axis, keepdims=True).
"""
import numpy as np


def softmax(x, axis=-1):
    x = np.asarray(x, dtype=float)
    if x.size == 0:
        return np.empty(x.shape)
    e = np.exp(x - np.max(x, axis=-1, keepdims=True))
    return e / np.sum(e, axis=-1, keepdims=True)


def log_softmax(x, axis=-1):
    x = np.asarray(x, dtype=float)
    if x.size == 0:
        return np.empty(x.shape)
    shifted = x - np.max(x, axis=-1, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=-1, keepdims=True))
