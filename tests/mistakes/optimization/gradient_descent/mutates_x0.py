"""Modifies x0: np.asarray(x0, dtype=float) returns x0 itself when it is already a float array, and x -= ... then overwrites the caller's start point.

np.asarray does not copy when it does not have to. Use np.array(x0, dtype=float) (which copies),
or x = x - step instead of the in-place x -= step.
"""
import numpy as np

NAMED_BY_MESSAGE = "modified its argument `x0`"


def gradient_descent(grad, x0, *, learning_rate, n_steps):
    x = np.asarray(x0, dtype=float)
    trajectory = [x.copy()]
    for _ in range(n_steps):
        x -= learning_rate * grad(x)
        trajectory.append(x.copy())
    return np.array(trajectory)
