"""Constant rate: schedule(0) is read once before the loop and used for every update.

Ask the schedule inside the loop, once per update: update k uses schedule(k).
"""
import numpy as np


def gradient_descent(grad, x0, *, schedule, n_steps):
    x = np.array(x0, dtype=float)
    learning_rate = schedule(0)
    trajectory = [x]
    for _ in range(n_steps):
        x = x - learning_rate * grad(x)
        trajectory.append(x)
    return np.array(trajectory)
