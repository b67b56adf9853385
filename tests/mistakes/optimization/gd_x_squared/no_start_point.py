"""Trajectory without the start point: it returns the n_steps updates but not x0.

Entry 0 of the trajectory is x0 itself, so it has n_steps + 1 entries.
"""
import numpy as np


def gradient_descent(x0, learning_rate, n_steps):
    x, trajectory = float(x0), []
    for _ in range(n_steps):
        x = x - learning_rate * 2 * x
        trajectory.append(x)
    return np.array(trajectory, dtype=float)
