"""Returns the right values except for an infinity at the end."""
# expect: failed
import numpy as np


def gradient_descent(x0, learning_rate, n_steps):
    trajectory = float(x0) * (1 - 2 * learning_rate) ** np.arange(n_steps + 1)
    trajectory[-1] = np.inf
    return trajectory
