"""Velocity starts at the first gradient instead of zero, so the first gradient is counted twice.

v_0 = 0: before the first update there is no motion. Start with v = np.zeros_like(x); the first
update then gives v_1 = grad(x_0).
"""
import numpy as np


def sgd_momentum(grad, x0, *, learning_rate, momentum, n_steps):
    x = np.array(x0, dtype=float)
    v = grad(x)
    trajectory = [x]
    for _ in range(n_steps):
        v = momentum * v + grad(x)
        x = x - learning_rate * v
        trajectory.append(x)
    return np.array(trajectory)
