"""Accumulator starting at 0.1 (Keras's initial_accumulator_value) instead of 0.

The statement starts G at zero (as PyTorch does): G = np.zeros_like(x). A non-zero start
shrinks the first steps.
"""
import numpy as np


def adagrad(grad, x0, *, learning_rate, n_steps, eps=1e-8):
    x = np.array(x0, dtype=float)
    G = np.full_like(x, 0.1)
    trajectory = [x.copy()]
    for _ in range(n_steps):
        g = grad(x)
        G = G + g * g
        x = x - learning_rate * g / (np.sqrt(G) + eps)
        trajectory.append(x.copy())
    return np.array(trajectory)
