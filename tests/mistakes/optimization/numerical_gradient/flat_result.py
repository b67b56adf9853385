"""Returns a flat array: the gradient of a 2-D (or 0-d) x comes back with shape (x.size,) instead of x's shape.

Walking a flattened copy is fine, but reshape the result to x.shape before returning it
(gradient.reshape(x.shape)), or fill np.zeros_like(x) directly.
"""
import numpy as np


def numerical_gradient(f, x, h=1e-5):
    flat = np.array(x, dtype=float).ravel()
    gradient = np.zeros(flat.size)
    for i in range(flat.size):
        original = flat[i]
        flat[i] = original + h
        f_plus = f(flat.reshape(np.shape(x)))
        flat[i] = original - h
        f_minus = f(flat.reshape(np.shape(x)))
        flat[i] = original
        gradient[i] = (f_plus - f_minus) / (2 * h)
    return gradient
