"""grad is called twice per step: once to log the gradient norm and again for the update.

The gradient is the expensive part of a training step: compute g = grad(x) once per update and
reuse g for everything else you want to do with it.
"""
import numpy as np

NAMED_BY_MESSAGE = "call grad exactly once per update"


def gradient_descent(grad, x0, *, learning_rate, n_steps):
    x = np.array(x0, dtype=float)
    trajectory = [x]
    gradient_norms = []
    for _ in range(n_steps):
        gradient_norms.append(np.linalg.norm(grad(x)))  # to watch convergence
        x = x - learning_rate * grad(x)
        trajectory.append(x)
    return np.array(trajectory)
