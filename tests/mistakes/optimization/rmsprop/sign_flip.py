"""Sign flip: the update climbs the gradient (x + lr·g/(√s + eps)) instead of descending it.

Minimising means stepping against the gradient: x = x − learning_rate · g / (√s + eps).
"""
import numpy as np


def rmsprop(grad, x0, *, learning_rate, n_steps, decay=0.9, eps=1e-8):
    x = np.array(x0, dtype=float)
    s = np.zeros_like(x)
    trajectory = [x.copy()]
    for _ in range(n_steps):
        g = grad(x)
        s = decay * s + (1 - decay) * g * g
        x = x + learning_rate * g / (np.sqrt(s) + eps)
        trajectory.append(x.copy())
    return np.array(trajectory)
