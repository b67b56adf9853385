"""grad called twice per step: once at x (unused, or "to compare") and once at the look-ahead point.

Each gradient evaluation is the expensive part of a training step (a forward and a backward pass).
Nesterov needs exactly one per step, at the look-ahead point.
"""
import numpy as np

NAMED_BY_MESSAGE = "it should call grad exactly once per step"


def nesterov_momentum(grad, x0, *, learning_rate, momentum, n_steps):
    x = np.array(x0, dtype=float)
    velocity = np.zeros_like(x)
    trajectory = [x.copy()]
    for _ in range(n_steps):
        current_gradient = grad(x)  # never needed
        lookahead_gradient = grad(x - learning_rate * momentum * velocity)
        velocity = momentum * velocity + lookahead_gradient
        x = x - learning_rate * velocity
        trajectory.append(x.copy())
    return np.array(trajectory)
