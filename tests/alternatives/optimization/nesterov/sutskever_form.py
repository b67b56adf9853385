"""Sutskever's form: a velocity u that already includes the learning rate (u = −lr·v), same iterates."""
import numpy as np


def nesterov_momentum(grad, x0, *, learning_rate, momentum, n_steps):
    x = np.array(x0, dtype=float)
    u = np.zeros_like(x)
    points = [x]
    for _ in range(n_steps):
        u = momentum * u - learning_rate * grad(x + momentum * u)
        x = x + u
        points.append(x)
    return np.array(points)
