"""eps inside the square root: √(s + eps) instead of √s + eps.

The statement puts eps outside the root: g / (np.sqrt(s) + eps). Inside the root it acts like
√eps outside, which matters as soon as the gradients are small or eps is large.
"""
import numpy as np


def rmsprop(grad, x0, *, learning_rate, n_steps, decay=0.9, eps=1e-8):
    x = np.array(x0, dtype=float)
    s = np.zeros_like(x)
    trajectory = [x.copy()]
    for _ in range(n_steps):
        g = grad(x)
        s = decay * s + (1 - decay) * g * g
        x = x - learning_rate * g / np.sqrt(s + eps)
        trajectory.append(x.copy())
    return np.array(trajectory)
