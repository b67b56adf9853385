"""Integer trajectory: np.tile(x0, ...) keeps x0's int dtype, so every update is truncated to an int.

Allocate the trajectory as floats whatever x0 holds: np.empty((n_steps + 1, d)) is float64, and
np.array(x0, dtype=float) converts the start point.
"""
import numpy as np


def gradient_descent(grad, x0, *, learning_rate, n_steps):
    trajectory = np.tile(x0, (n_steps + 1, 1))
    for k in range(n_steps):
        trajectory[k + 1] = trajectory[k] - learning_rate * grad(trajectory[k])
    return trajectory
