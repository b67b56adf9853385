"""Walks up the call stack looking for the expected answer to return."""
# expect: failed
import sys

import numpy as np


def gradient_descent(x0, learning_rate, n_steps):
    frame = sys._getframe(1)
    while frame is not None:
        for value in frame.f_locals.values():
            if isinstance(value, np.ndarray) and value.shape == (n_steps + 1,):
                return value
        frame = frame.f_back
    return np.zeros(n_steps + 1)
