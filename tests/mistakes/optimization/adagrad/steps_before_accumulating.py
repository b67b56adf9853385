"""Steps before accumulating: x moves with the old G (0 on the first step, so it divides by eps and jumps).

Add this step's g² to G first, then divide: the first step then divides by |g|, not by eps.
"""
import numpy as np


def adagrad(grad, x0, *, learning_rate, n_steps, eps=1e-8):
    x = np.array(x0, dtype=float)
    G = np.zeros_like(x)
    trajectory = [x.copy()]
    for _ in range(n_steps):
        g = grad(x)
        x = x - learning_rate * g / (np.sqrt(G) + eps)
        G = G + g * g
        trajectory.append(x.copy())
    return np.array(trajectory)
