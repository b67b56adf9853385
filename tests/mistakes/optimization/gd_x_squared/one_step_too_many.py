"""Off by one: it makes n_steps + 1 updates instead of n_steps.

Make exactly n_steps updates: the loop runs n_steps times, and the trajectory has n_steps + 1 entries.
"""
import numpy as np


def gradient_descent(x0, learning_rate, n_steps):
    trajectory = [float(x0)]
    for _ in range(n_steps + 1):
        trajectory.append(trajectory[-1] - learning_rate * 2 * trajectory[-1])
    return np.array(trajectory)
