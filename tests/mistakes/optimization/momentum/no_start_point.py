"""Trajectory without the start point: it returns the n_steps updated points but not x0.

Row 0 of the trajectory is x0 itself, so the result has n_steps + 1 rows.
"""
import numpy as np


def sgd_momentum(grad, x0, *, learning_rate, momentum, n_steps):
    x = np.array(x0, dtype=float)
    v = np.zeros_like(x)
    trajectory = np.empty((n_steps, x.size))
    for k in range(n_steps):
        v = momentum * v + grad(x)
        x = x - learning_rate * v
        trajectory[k] = x
    return trajectory
