"""Velocity reset every step: v is created inside the loop, so there is no momentum (plain gradient descent).

The velocity carries over from one update to the next: create v = np.zeros_like(x) once,
before the loop.
"""
import numpy as np


def sgd_momentum(grad, x0, *, learning_rate, momentum, n_steps):
    x = np.array(x0, dtype=float)
    trajectory = [x]
    for _ in range(n_steps):
        v = np.zeros_like(x)
        v = momentum * v + grad(x)
        x = x - learning_rate * v
        trajectory.append(x)
    return np.array(trajectory)
