"""Sutskever's form with the learning rate folded into the velocity: v = μv + lr·g, x = x − v (same iterates for a constant lr)."""
import numpy as np


def sgd_momentum(grad, x0, *, learning_rate, momentum, n_steps):
    x = np.array(x0, dtype=float)
    v = np.zeros_like(x)
    points = [x]
    for _ in range(n_steps):
        v = momentum * v + learning_rate * grad(x)
        x = x - v
        points.append(x)
    return np.array(points)
