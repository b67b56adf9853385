"""Returns a Python list of points instead of a numpy array.

The trajectory is one float64 array of shape (n_steps + 1, d): wrap the list with np.array(...).
"""
import numpy as np


def gradient_descent(grad, x0, *, learning_rate, n_steps):
    x = np.array(x0, dtype=float)
    trajectory = [x]
    for _ in range(n_steps):
        x = x - learning_rate * grad(x)
        trajectory.append(x)
    return trajectory
