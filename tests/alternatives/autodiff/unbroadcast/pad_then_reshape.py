"""Pad the shape with leading 1s, sum every axis where the padded shape is 1, reshape."""
import numpy as np


def unbroadcast(grad, shape):
    grad = np.asarray(grad, dtype=np.float64)
    if np.broadcast_shapes(tuple(shape), grad.shape) != grad.shape:
        raise ValueError("shape does not broadcast to grad")
    padded = (1,) * (grad.ndim - len(shape)) + tuple(shape)
    axes = tuple(i for i, n in enumerate(padded) if n == 1)
    total = np.sum(grad, axis=axes, keepdims=True)
    return np.array(total, dtype=np.float64).reshape(shape)   # np.array: a 0-d array, never a scalar
