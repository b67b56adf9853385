"""Wrong default step: h defaults to 1e-2 instead of 1e-5.

Keep the signature numerical_gradient(f, x, h=1e-5): callers that leave h out rely on the
default, and a large h makes the estimate visibly wrong on curved functions (error ∝ h²).
"""
import numpy as np


def numerical_gradient(f, x, h=1e-2):
    x = np.array(x, dtype=float)
    gradient = np.zeros_like(x)
    for index in np.ndindex(x.shape):
        original = x[index]
        x[index] = original + h
        f_plus = f(x)
        x[index] = original - h
        f_minus = f(x)
        x[index] = original
        gradient[index] = (f_plus - f_minus) / (2 * h)
    return gradient
