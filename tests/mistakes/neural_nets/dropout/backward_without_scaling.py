"""Backward forgets the 1/(1 − p): dx = dout · mask.

The forward multiplied by mask / (1 − p), so by the chain rule the backward multiplies by the same.
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
    return x * _mask(x.shape, p, seed) / (1 - p)


def dropout_backward(dout, *, p, training, seed):
    if p < 0 or p > 1:
        raise ValueError("p must be in [0, 1]")
    if not training:
        return dout.copy()
    if p == 1:
        return np.zeros_like(dout)
    return dout * _mask(dout.shape, p, seed)
