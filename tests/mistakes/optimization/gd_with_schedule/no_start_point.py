"""Trajectory without the start point: it returns the n_steps updated points but not x0.

Row 0 of the trajectory is x0 itself, so the result has n_steps + 1 rows.
"""
import numpy as np


def gradient_descent(grad, x0, *, schedule, n_steps):
    x = np.array(x0, dtype=float)
    trajectory = np.empty((n_steps, x.size))
    for k in range(n_steps):
        x = x - schedule(k) * grad(x)
        trajectory[k] = x
    return trajectory
