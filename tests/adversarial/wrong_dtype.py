"""Returns the right values as float32."""
# expect: failed
import numpy as np


def gradient_descent(x0, learning_rate, n_steps):
    return (float(x0) * (1 - 2 * learning_rate) ** np.arange(n_steps + 1)).astype(np.float32)
