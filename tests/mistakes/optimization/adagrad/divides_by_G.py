"""Divides by G instead of √G: the sum of squares has the units of g², so the step no longer has the size of lr.

The denominator is the root of the sum of squares, np.sqrt(G) + eps: that makes the first step
exactly learning_rate in every coordinate, whatever the gradient's scale.
"""
import numpy as np


def adagrad(grad, x0, *, learning_rate, n_steps, eps=1e-8):
    x = np.array(x0, dtype=float)
    G = np.zeros_like(x)
    trajectory = [x.copy()]
    for _ in range(n_steps):
        g = grad(x)
        G = G + g * g
        x = x - learning_rate * g / (G + eps)
        trajectory.append(x.copy())
    return np.array(trajectory)
