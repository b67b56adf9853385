"""No accumulation: it divides by the current |g| only (G = g², forgetting the past), which is sign descent.

AdaGrad's step shrinks because G keeps every squared gradient seen so far: G = G + g * g, with G
kept across the loop.
"""
import numpy as np


def adagrad(grad, x0, *, learning_rate, n_steps, eps=1e-8):
    x = np.array(x0, dtype=float)
    G = np.zeros_like(x)
    trajectory = [x.copy()]
    for _ in range(n_steps):
        g = grad(x)
        G = g * g
        x = x - learning_rate * g / (np.sqrt(G) + eps)
        trajectory.append(x.copy())
    return np.array(trajectory)
