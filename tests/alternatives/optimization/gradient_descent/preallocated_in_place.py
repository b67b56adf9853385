"""Preallocated trajectory; each row is copied from the previous one and updated in place."""
import numpy as np


def gradient_descent(grad, x0, *, learning_rate, n_steps):
    trajectory = np.zeros((n_steps + 1, len(x0)))
    trajectory[0] = x0
    for k in range(1, n_steps + 1):
        trajectory[k] = trajectory[k - 1]
        trajectory[k] -= learning_rate * grad(trajectory[k - 1])
    return trajectory
