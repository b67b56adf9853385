"""Mask drawn with rng.binomial(1, 1 − p, size): a valid mask, but not the pinned draw.

The statement pins one u = rng.random(x.shape) and keep = u ≥ p; other draws give other masks.
"""
import numpy as np


def _mask(shape, p, seed):
    rng = np.random.default_rng(seed)
    return rng.binomial(1, 1 - p, size=shape).astype(bool)


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
    return dout * _mask(dout.shape, p, seed) / (1 - p)
