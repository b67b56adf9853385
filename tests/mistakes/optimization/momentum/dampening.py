"""Dampened velocity: v = momentum·v + (1 − momentum)·g, an exponential average, instead of v = momentum·v + g.

That is the dampened (EMA) form. The statement uses PyTorch's default, no dampening: the
gradient enters the velocity with weight 1, v = momentum * v + grad(x).
"""
import numpy as np


def sgd_momentum(grad, x0, *, learning_rate, momentum, n_steps):
    x = np.array(x0, dtype=float)
    v = np.zeros_like(x)
    trajectory = [x]
    for _ in range(n_steps):
        v = momentum * v + (1 - momentum) * grad(x)
        x = x - learning_rate * v
        trajectory.append(x)
    return np.array(trajectory)
