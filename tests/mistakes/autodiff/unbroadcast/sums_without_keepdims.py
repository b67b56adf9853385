"""Sums the size-1 axes without keepdims: a (3, 1) input gets a gradient of shape (3,).

The gradient must have the input's shape exactly: after summing an axis where the input had size 1, keep it (keepdims=True) so (3, 1) stays (3, 1).
"""
import numpy as np


def unbroadcast(grad, shape):
    grad = np.asarray(grad, dtype=np.float64)
    shape = tuple(shape)
    extra = grad.ndim - len(shape)
    if extra < 0 or any(s != 1 and s != g for s, g in zip(shape, grad.shape[extra:])):
        raise ValueError(f"shape {shape} does not broadcast to {grad.shape}")
    out = grad.sum(axis=tuple(range(extra)))
    size_one = tuple(i for i, s in enumerate(shape) if s == 1 and out.shape[i] != 1)
    return np.array(out.sum(axis=size_one), dtype=np.float64)
