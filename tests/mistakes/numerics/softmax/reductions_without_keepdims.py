"""Reductions without keepdims: the row maxima and sums of a square array broadcast along the wrong axis.

x.max(axis=1) has shape (n,), and (n, n) - (n,) subtracts entry j from COLUMN j, not from row j.
On a square array this runs without error and gives wrong numbers. Keep the reduced axis:
np.max(x, axis=axis, keepdims=True) has shape (n, 1) and broadcasts along the row.
"""
import numpy as np


def softmax(x, axis=-1):
    x = np.asarray(x, dtype=float)
    if x.size == 0:
        return np.empty(x.shape)
    e = np.exp(x - np.max(x, axis=axis))
    return e / np.sum(e, axis=axis)


def log_softmax(x, axis=-1):
    x = np.asarray(x, dtype=float)
    if x.size == 0:
        return np.empty(x.shape)
    shifted = x - np.max(x, axis=axis)
    return shifted - np.log(np.sum(np.exp(shifted), axis=axis))
