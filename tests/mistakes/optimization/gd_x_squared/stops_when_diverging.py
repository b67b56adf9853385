"""Stops early: it breaks out of the loop once the iterates blow up, returning a short trajectory.

Always make exactly n_steps updates, even when the iterates diverge: the trajectory shows the divergence.
"""
import numpy as np


def gradient_descent(x0, learning_rate, n_steps):
    trajectory = [float(x0)]
    for _ in range(n_steps):
        x = trajectory[-1] - learning_rate * 2 * trajectory[-1]
        if abs(x) > abs(trajectory[-1]):
            break
        trajectory.append(x)
    return np.array(trajectory)
