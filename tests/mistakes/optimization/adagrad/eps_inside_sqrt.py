"""eps inside the square root: √(G + eps) instead of √G + eps.

The statement (and PyTorch) put eps outside the root: g / (np.sqrt(G) + eps). Inside the root it
acts like eps² outside, which matters as soon as the gradients are small or eps is large.
"""
import numpy as np


def adagrad(grad, x0, *, learning_rate, n_steps, eps=1e-8):
    x = np.array(x0, dtype=float)
    G = np.zeros_like(x)
    trajectory = [x.copy()]
    for _ in range(n_steps):
        g = grad(x)
        G = G + g * g
        x = x - learning_rate * g / np.sqrt(G + eps)
        trajectory.append(x.copy())
    return np.array(trajectory)
