"""Returns a numpy scalar (grad.sum()) for shape (): the statement asks for a 0-d float64 array.

unbroadcast always returns an ndarray of exactly `shape`; for shape () that is np.array(total), whose .shape is (). grad.sum() gives an np.float64 scalar, which is not an ndarray.
"""
import numpy as np


def unbroadcast(grad, shape):
    grad = np.asarray(grad, dtype=np.float64)
    shape = tuple(shape)
    extra = grad.ndim - len(shape)
    if extra < 0 or any(s != 1 and s != g for s, g in zip(shape, grad.shape[extra:])):
        raise ValueError(f"shape {shape} does not broadcast to {grad.shape}")
    if shape == ():
        return grad.sum()
    out = grad.sum(axis=tuple(range(extra)))
    size_one = tuple(i for i, s in enumerate(shape) if s == 1 and out.shape[i] != 1)
    return np.array(out.sum(axis=size_one, keepdims=True), dtype=np.float64)
