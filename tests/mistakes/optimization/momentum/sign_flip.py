"""Sign flip: x + lr·v climbs the gradient instead of descending it.

The velocity accumulates gradients, so x moves against it: x = x - learning_rate * v.
"""
import numpy as np


def sgd_momentum(grad, x0, *, learning_rate, momentum, n_steps):
    x = np.array(x0, dtype=float)
    v = np.zeros_like(x)
    trajectory = [x]
    for _ in range(n_steps):
        v = momentum * v + grad(x)
        x = x + learning_rate * v
        trajectory.append(x)
    return np.array(trajectory)
