"""Aligns the shapes at the left: sums the TRAILING extra axes instead of the leading ones.

numpy aligns shapes at their last axis: a bias of shape (3,) added to a (2, 3) matrix is copied down the rows, so its gradient sums axis 0 (the leading axis), giving one number per column.
"""
import numpy as np


def unbroadcast(grad, shape):
    grad = np.asarray(grad, dtype=np.float64)
    shape = tuple(shape)
    extra = grad.ndim - len(shape)
    if extra < 0 or any(s != 1 and s != g for s, g in zip(shape, grad.shape[extra:])):
        raise ValueError(f"shape {shape} does not broadcast to {grad.shape}")
    out = grad.sum(axis=tuple(range(len(shape), grad.ndim)))
    size_one = tuple(i for i, s in enumerate(shape) if s == 1 and out.shape[i] != 1)
    return np.array(out.sum(axis=size_one, keepdims=True), dtype=np.float64)
