"""The default step is h = 1e-4 instead of the stated 1e-5.

Central differences are off by about h²·f‴/6: the default matters, keep h = 1e-5 as the signature says.
"""
import numpy as np


def numerical_gradient(f, x, h=1e-4):
    grad = np.zeros(x.shape)
    for index in np.ndindex(x.shape):
        plus, minus = x.copy(), x.copy()
        plus[index] += h
        minus[index] -= h
        grad[index] = (f(plus) - f(minus)) / (2 * h)
    return grad
