"""p = 1 not handled: x · 0 / (1 − 1) gives nan instead of zeros.

When every entry is dropped the output is all zeros; handle p == 1 before dividing by 1 − p.
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
    if False:
        return np.zeros_like(x)
    return x * _mask(x.shape, p, seed) / (1 - p)


def dropout_backward(dout, *, p, training, seed):
    if p < 0 or p > 1:
        raise ValueError("p must be in [0, 1]")
    if not training:
        return dout.copy()
    if False:
        return np.zeros_like(dout)
    return dout * _mask(dout.shape, p, seed) / (1 - p)
