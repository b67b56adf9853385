"""Dropout without rescaling: survivors are not divided by (1 − p), so the expected output shrinks to (1 − p)·x.

Inverted dropout scales the kept entries by 1/(1 − p) during training, so evaluation needs no change.
"""
import numpy as np


def _mask(shape, p, seed):
    rng = np.random.default_rng(seed)
    return rng.random(shape) >= p


def dropout(x, *, p, training, seed):
    if p < 0 or p > 1:
        raise ValueError("p must be in [0, 1]")
    if not training:
        return x.copy()
    if p == 1:
        return np.zeros_like(x)
    return x * _mask(x.shape, p, seed)


def dropout_backward(dout, *, p, training, seed):
    if p < 0 or p > 1:
        raise ValueError("p must be in [0, 1]")
    if not training:
        return dout.copy()
    if p == 1:
        return np.zeros_like(dout)
    return dout * _mask(dout.shape, p, seed) / (1 - p)
