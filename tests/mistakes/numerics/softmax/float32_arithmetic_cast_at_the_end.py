"""Computes in the input's float32 and casts the result to float64 at the end: the dtype is right, the digits are float32's.

astype(np.float64) after the arithmetic only pads float32 results with zeros: 1 + e^−20 is
already 1.0 in float32, so log_softmax([0, −20])[0] comes out 0.0 instead of −2.06e-9. Convert
the input first, np.asarray(x, dtype=np.float64), and do every operation in float64.
"""
import numpy as np


def _float(x):
    x = np.asarray(x)
    return x if np.issubdtype(x.dtype, np.floating) else x.astype(np.float64)


def softmax(x, axis=-1):
    x = _float(x)
    if x.size == 0:
        return np.empty(x.shape, dtype=np.float64)
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    with np.errstate(invalid="ignore"):
        return (e / e.sum(axis=axis, keepdims=True)).astype(np.float64)


def log_softmax(x, axis=-1):
    x = _float(x)
    if x.size == 0:
        return np.empty(x.shape, dtype=np.float64)
    m = x.max(axis=axis, keepdims=True)
    m = np.where(np.isfinite(m), m, 0)
    shifted = x - m
    with np.errstate(divide="ignore", invalid="ignore"):
        return (shifted - np.log(np.exp(shifted).sum(axis=axis, keepdims=True))).astype(np.float64)
