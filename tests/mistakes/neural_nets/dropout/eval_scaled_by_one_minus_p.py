"""Evaluation mode multiplies by (1 − p), the non-inverted dropout's test-time scaling, on top of inverted training.

Inverted dropout already rescales during training; at evaluation time the output is x itself.
"""
import numpy as np


def _mask(shape, p, seed):
    rng = np.random.default_rng(seed)
    return rng.random(shape) >= p


def dropout(x, *, p, training, seed):
    if p < 0 or p > 1:
        raise ValueError("p must be in [0, 1]")
    if not training:
        return x * (1 - p)
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
