"""Wrong default eps: 1e-10 (PyTorch's Adagrad default) instead of the 1e-8 this kata's signature asks for.

Use the defaults the signature states: eps=1e-8. The default matters when gradients are small,
where √G is not much larger than eps.
"""
import numpy as np


def adagrad(grad, x0, *, learning_rate, n_steps, eps=1e-10):
    x = np.array(x0, dtype=float)
    G = np.zeros_like(x)
    trajectory = [x.copy()]
    for _ in range(n_steps):
        g = grad(x)
        G = G + g * g
        x = x - learning_rate * g / (np.sqrt(G) + eps)
        trajectory.append(x.copy())
    return np.array(trajectory)
