"""x moves with the old velocity: x -= lr·v happens before v is updated, so the first step does not move at all.

Order matters: first v = momentum * v + grad(x), then x = x - learning_rate * v with the new v.
"""
import numpy as np


def sgd_momentum(grad, x0, *, learning_rate, momentum, n_steps):
    x = np.array(x0, dtype=float)
    v = np.zeros_like(x)
    trajectory = [x]
    for _ in range(n_steps):
        g = grad(x)
        x = x - learning_rate * v
        v = momentum * v + g
        trajectory.append(x)
    return np.array(trajectory)
