"""Preallocated zeros, filled with a while loop."""
import numpy as np


def gradient_descent(x0, learning_rate, n_steps):
    out = np.zeros(n_steps + 1)
    out[0] = x0
    k = 0
    while k < n_steps:
        out[k + 1] = out[k] * (1 - 2 * learning_rate)
        k += 1
    return out
