"""Learning rate applied to x as well: schedule(k) · (x − grad(x)) scales the point, not just the gradient step.

Only the gradient is scaled by the learning rate: x − schedule(k) * grad(x). Mind the
parentheses.
"""
import numpy as np


def gradient_descent(grad, x0, *, schedule, n_steps):
    x = np.array(x0, dtype=float)
    trajectory = [x]
    for k in range(n_steps):
        x = schedule(k) * (x - grad(x))
        trajectory.append(x)
    return np.array(trajectory)
