"""Gradient at the current point: grad(x_k) instead of grad at the look-ahead point (that is plain momentum).

Nesterov's whole idea is to take the gradient where momentum is about to carry you:
lookahead = x − learning_rate · momentum · v, then v = momentum · v + grad(lookahead).
"""
import numpy as np


def nesterov_momentum(grad, x0, *, learning_rate, momentum, n_steps):
    x = np.array(x0, dtype=float)
    velocity = np.zeros_like(x)
    trajectory = [x.copy()]
    for _ in range(n_steps):
        velocity = momentum * velocity + grad(x)
        x = x - learning_rate * velocity
        trajectory.append(x.copy())
    return np.array(trajectory)
