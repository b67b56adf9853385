"""Trajectory without the start point: it returns the n_steps updated points but not x0.

Row 0 of the trajectory is x0 itself, so the result has n_steps + 1 rows.
"""
import numpy as np


def gradient_descent(grad, x0, *, learning_rate, n_steps):
    x = np.array(x0, dtype=float)
    trajectory = []
    for _ in range(n_steps):
        x = x - learning_rate * grad(x)
        trajectory.append(x)
    return np.array(trajectory).reshape(n_steps, x.size)
