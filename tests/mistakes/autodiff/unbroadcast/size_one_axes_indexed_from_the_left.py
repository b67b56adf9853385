"""Finds the size-1 axes by their index in `shape` but sums those axes of the FULL gradient, before dropping the leading ones.

Axis i of the input is axis i + (grad.ndim − len(shape)) of the gradient: drop the added leading axes first (or offset the index), then sum the size-1 axes.
"""
import numpy as np


def unbroadcast(grad, shape):
    grad = np.asarray(grad, dtype=np.float64)
    shape = tuple(shape)
    extra = grad.ndim - len(shape)
    if extra < 0 or any(s != 1 and s != g for s, g in zip(shape, grad.shape[extra:])):
        raise ValueError(f"shape {shape} does not broadcast to {grad.shape}")
    size_one = tuple(i for i, s in enumerate(shape) if s == 1)
    out = grad.sum(axis=size_one, keepdims=True)
    return np.array(out.sum(axis=tuple(range(extra))), dtype=np.float64)
