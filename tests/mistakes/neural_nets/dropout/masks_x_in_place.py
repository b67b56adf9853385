"""Masks the caller's array in place: x *= keep / (1 − p) overwrites x (and returns it).

The layer's input is still needed elsewhere (the backward pass of the layer below, a residual
connection...). Return a new array: x * keep / (1 - p).
"""
import numpy as np

NAMED_BY_MESSAGE = "modified its argument `x`"


def dropout(x, *, p, training, seed):
    if p < 0 or p > 1:
        raise ValueError("p must be in [0, 1]")
    if not training:
        return x.copy()
    if p == 1:
        return np.zeros_like(x)
    keep = np.random.default_rng(seed).random(x.shape) >= p
    x *= keep / (1 - p)
    return x


def dropout_backward(dout, *, p, training, seed):
    if p < 0 or p > 1:
        raise ValueError("p must be in [0, 1]")
    if not training:
        return dout.copy()
    if p == 1:
        return np.zeros_like(dout)
    keep = np.random.default_rng(seed).random(dout.shape) >= p
    return dout * keep / (1 - p)
