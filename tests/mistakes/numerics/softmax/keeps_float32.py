"""Keeps the input's dtype: float32 logits give a float32 result, where the statement asks for float64.

np.asarray(x) leaves float32 as float32, and every operation after it stays in float32 (about
7 significant digits). Convert first: np.asarray(x, dtype=np.float64).
"""
import numpy as np


def softmax(x, axis=-1):
    x = np.asarray(x)
    if x.size == 0:
        return np.empty(x.shape)
    e = np.exp(x - np.max(x, axis=axis, keepdims=True))
    return e / np.sum(e, axis=axis, keepdims=True)


def log_softmax(x, axis=-1):
    x = np.asarray(x)
    if x.size == 0:
        return np.empty(x.shape)
    shifted = x - np.max(x, axis=axis, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=axis, keepdims=True))
