"""Look-ahead without the learning rate: grad(x − momentum·v) instead of grad(x − learning_rate·momentum·v).

In this convention v accumulates raw gradients and only turns into a step when multiplied by the
learning rate, so the point momentum carries you to is x − learning_rate · momentum · v.
"""
import numpy as np


def nesterov_momentum(grad, x0, *, learning_rate, momentum, n_steps):
    x = np.array(x0, dtype=float)
    velocity = np.zeros_like(x)
    trajectory = [x.copy()]
    for _ in range(n_steps):
        velocity = momentum * velocity + grad(x - momentum * velocity)
        x = x - learning_rate * velocity
        trajectory.append(x.copy())
    return np.array(trajectory)
