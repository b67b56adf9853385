"""The classic textbook form: v = μv − lr·g, x = x + v, updated in place on preallocated rows."""
import numpy as np


def sgd_momentum(grad, x0, *, learning_rate, momentum, n_steps):
    trajectory = np.zeros((n_steps + 1, len(x0)))
    trajectory[0] = x0
    velocity = np.zeros(len(x0))
    for k in range(n_steps):
        velocity *= momentum
        velocity -= learning_rate * grad(trajectory[k])
        trajectory[k + 1] = trajectory[k] + velocity
    return trajectory
