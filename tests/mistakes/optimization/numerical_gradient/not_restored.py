"""Perturbs x in place and never restores it: x is left changed, and later entries are measured at a shifted point.

After measuring entry i, put it back (x[i] = original, from a saved value), or perturb a copy
of x, never the caller's array.
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
        gradient[index] = (f_plus - f_minus) / (2 * h)
    return gradient
