"""Global generator: np.random.seed(seed) and np.random.rand draw other numbers than default_rng(seed).

Create rng = np.random.default_rng(seed) and draw u = rng.random(x.shape) from it.
"""
import numpy as np


def _mask(shape, p, seed):
    np.random.seed(seed)
    return np.random.rand(*shape) >= p


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
