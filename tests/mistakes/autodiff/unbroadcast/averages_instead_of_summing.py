"""Averages instead of summing: each copy of an input entry contributes its whole gradient.

An entry broadcast to m places affects the output through all m of them, so by the chain rule its gradient is the SUM of the m upstream gradients, not their mean.
"""
import numpy as np


def unbroadcast(grad, shape):
    grad = np.asarray(grad, dtype=np.float64)
    shape = tuple(shape)
    extra = grad.ndim - len(shape)
    if extra < 0 or any(s != 1 and s != g for s, g in zip(shape, grad.shape[extra:])):
        raise ValueError(f"shape {shape} does not broadcast to {grad.shape}")
    out = grad.mean(axis=tuple(range(extra)))
    size_one = tuple(i for i, s in enumerate(shape) if s == 1 and out.shape[i] != 1)
    return np.array(out.mean(axis=size_one, keepdims=True), dtype=np.float64)
