"""Modifies x0 in place: np.asarray(x0) is x0 itself when it is a float array, so x -= ... changes the caller's array.

np.asarray does not copy an array that already has the right dtype. Start from a copy
(np.array(x0, dtype=float)) or write x = x - ... instead of x -= ....
"""
import numpy as np

NAMED_BY_MESSAGE = "modified its argument `x0`"


def nesterov_momentum(grad, x0, *, learning_rate, momentum, n_steps):
    x = np.asarray(x0, dtype=float)
    velocity = np.zeros_like(x)
    trajectory = [x.copy()]
    for _ in range(n_steps):
        velocity = momentum * velocity + grad(x - learning_rate * momentum * velocity)
        x -= learning_rate * velocity
        trajectory.append(x.copy())
    return np.array(trajectory)
