"""Restores x by arithmetic (x[i] += h, x[i] -= 2h, x[i] += h): rounding leaves entries off in the last bit, so x is modified.

Floating-point addition does not undo exactly: (a + h) − 2h + h is often not a. Save the
entry first (original = x[i]) and assign it back (x[i] = original), or perturb a copy.
"""
import numpy as np

NAMED_BY_MESSAGE = "modified its argument `x`"


def numerical_gradient(f, x, h=1e-5):
    gradient = np.zeros_like(x)
    for index in np.ndindex(x.shape):
        x[index] += h
        f_plus = f(x)
        x[index] -= 2 * h
        f_minus = f(x)
        x[index] += h
        gradient[index] = (f_plus - f_minus) / (2 * h)
    return gradient
