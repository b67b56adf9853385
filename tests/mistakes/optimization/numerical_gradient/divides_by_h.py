"""Divides by h instead of 2h: every entry comes out twice the gradient.

The two evaluation points x + h·e_i and x − h·e_i are 2h apart: divide the difference by 2 * h.
"""
import numpy as np


def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=float)
    gradient = np.zeros_like(x)
    for index in np.ndindex(x.shape):
        original = x[index]
        x[index] = original + h
        f_plus = f(x)
        x[index] = original - h
        f_minus = f(x)
        x[index] = original
        gradient[index] = (f_plus - f_minus) / h
    return gradient
