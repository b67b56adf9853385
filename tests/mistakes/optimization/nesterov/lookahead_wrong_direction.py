"""Look-ahead in the wrong direction: grad(x + learning_rate·momentum·v) instead of grad(x − learning_rate·momentum·v).

The step is x − learning_rate · v, so momentum is about to carry you to x − learning_rate · momentum · v:
look ahead in the direction you are moving, with the same minus sign as the update.
"""
import numpy as np


def nesterov_momentum(grad, x0, *, learning_rate, momentum, n_steps):
    x = np.array(x0, dtype=float)
    velocity = np.zeros_like(x)
    trajectory = [x.copy()]
    for _ in range(n_steps):
        velocity = momentum * velocity + grad(x + learning_rate * momentum * velocity)
        x = x - learning_rate * velocity
        trajectory.append(x.copy())
    return np.array(trajectory)
