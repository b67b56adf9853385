"""Sign flip: the update climbs the gradient (x + lr·grad(x)) instead of descending it.

Gradient descent steps against the gradient: x_{k+1} = x_k − learning_rate · grad(x_k).
"""
import numpy as np


def gradient_descent(grad, x0, *, learning_rate, n_steps):
    x = np.array(x0, dtype=float)
    trajectory = [x]
    for _ in range(n_steps):
        x = x + learning_rate * grad(x)
        trajectory.append(x)
    return np.array(trajectory)
