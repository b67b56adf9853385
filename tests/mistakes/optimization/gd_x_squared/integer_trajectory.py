"""Integer trajectory: an int start point gives an int array, which truncates every update.

Build the trajectory as floats (np.empty(n, dtype=float), or float(x0)) whatever type x0 has.
"""
import numpy as np


def gradient_descent(x0, learning_rate, n_steps):
    trajectory = np.array([x0] * (n_steps + 1))
    for k in range(n_steps):
        trajectory[k + 1] = trajectory[k] - learning_rate * 2 * trajectory[k]
    return trajectory
