"""Closed form: x_k = x0 · (1 − 2·lr)^k, all at once."""
import numpy as np


def gradient_descent(x0, learning_rate, n_steps):
    return float(x0) * (1.0 - 2.0 * learning_rate) ** np.arange(n_steps + 1)
