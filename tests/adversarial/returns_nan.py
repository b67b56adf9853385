"""Returns NaN everywhere."""
# expect: failed
import numpy as np


def gradient_descent(x0, learning_rate, n_steps):
    return np.full(n_steps + 1, np.nan)
