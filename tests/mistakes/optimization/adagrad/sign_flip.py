"""Sign flip: the update climbs the gradient (x + lr·g/(√G + eps)) instead of descending it.

Minimising means stepping against the gradient: x = x − learning_rate · g / (√G + eps).
"""
import numpy as np


def adagrad(grad, x0, *, learning_rate, n_steps, eps=1e-8):
    x = np.array(x0, dtype=float)
    G = np.zeros_like(x)
    trajectory = [x.copy()]
    for _ in range(n_steps):
        g = grad(x)
        G = G + g * g
        x = x + learning_rate * g / (np.sqrt(G) + eps)
        trajectory.append(x.copy())
    return np.array(trajectory)
