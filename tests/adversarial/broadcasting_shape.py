"""Returns the right values with shape (n, 1) instead of (n,): it would broadcast."""
# expect: failed
import numpy as np


def gradient_descent(x0, learning_rate, n_steps):
    trajectory = float(x0) * (1 - 2 * learning_rate) ** np.arange(n_steps + 1)
    return trajectory[:, None]
