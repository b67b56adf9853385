"""Trajectory without the start point: it returns the n_steps updates but not x0.

Row 0 of the trajectory is x0 itself, so the result has n_steps + 1 rows.
"""
import numpy as np


def nesterov_momentum(grad, x0, *, learning_rate, momentum, n_steps):
    x = np.array(x0, dtype=float)
    velocity = np.zeros_like(x)
    trajectory = []
    for _ in range(n_steps):
        velocity = momentum * velocity + grad(x - learning_rate * momentum * velocity)
        x = x - learning_rate * velocity
        trajectory.append(x.copy())
    return np.array(trajectory, dtype=float).reshape(n_steps, len(x))
