"""Steps before averaging: x moves with the old s (0 on the first step, so it divides by eps and jumps).

Update s with this step's g² first, then divide by √s + eps.
"""
import numpy as np


def rmsprop(grad, x0, *, learning_rate, n_steps, decay=0.9, eps=1e-8):
    x = np.array(x0, dtype=float)
    s = np.zeros_like(x)
    trajectory = [x.copy()]
    for _ in range(n_steps):
        g = grad(x)
        x = x - learning_rate * g / (np.sqrt(s) + eps)
        s = decay * s + (1 - decay) * g * g
        trajectory.append(x.copy())
    return np.array(trajectory)
