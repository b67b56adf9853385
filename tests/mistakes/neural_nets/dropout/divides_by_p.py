"""Survivors scaled by 1/p instead of 1/(1 − p): the right mask, the wrong rescaling.

Each entry survives with probability 1 − p, so dividing the survivors by 1 − p keeps the
expected value: E[out] = (1 − p) · x / (1 − p) = x. (The two agree only at p = ½.)
"""
import numpy as np


def _mask(shape, p, seed):
    return np.random.default_rng(seed).random(shape) >= p


def dropout(x, *, p, training, seed):
    if p < 0 or p > 1:
        raise ValueError("p must be in [0, 1]")
    if not training:
        return x.copy()
    if p == 1:
        return np.zeros_like(x)
    return x * _mask(x.shape, p, seed) / p


def dropout_backward(dout, *, p, training, seed):
    if p < 0 or p > 1:
        raise ValueError("p must be in [0, 1]")
    if not training:
        return dout.copy()
    if p == 1:
        return np.zeros_like(dout)
    return dout * _mask(dout.shape, p, seed) / p
