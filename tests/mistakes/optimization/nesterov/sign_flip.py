"""Sign flip: the update climbs the gradient (x + learning_rate·v) instead of descending it.

Minimising means stepping against the gradient: x = x − learning_rate · v, and the look-ahead
point is x − learning_rate · momentum · v.
"""
import numpy as np


def nesterov_momentum(grad, x0, *, learning_rate, momentum, n_steps):
    x = np.array(x0, dtype=float)
    velocity = np.zeros_like(x)
    trajectory = [x.copy()]
    for _ in range(n_steps):
        velocity = momentum * velocity + grad(x + learning_rate * momentum * velocity)
        x = x + learning_rate * velocity
        trajectory.append(x.copy())
    return np.array(trajectory)
