"""Sign flip: the update climbs the gradient (x + schedule(k)·grad(x)) instead of descending it.

Gradient descent steps against the gradient: x_{k+1} = x_k − schedule(k) · grad(x_k).
"""
import numpy as np


def gradient_descent(grad, x0, *, schedule, n_steps):
    x = np.array(x0, dtype=float)
    trajectory = [x]
    for k in range(n_steps):
        x = x + schedule(k) * grad(x)
        trajectory.append(x)
    return np.array(trajectory)
