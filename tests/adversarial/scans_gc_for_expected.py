"""Searches every object the garbage collector knows for an expected answer."""
# expect: failed
import gc

import numpy as np


def gradient_descent(x0, learning_rate, n_steps):
    for obj in gc.get_objects():
        if isinstance(obj, dict):
            for value in obj.values():
                if isinstance(value, np.ndarray) and value.shape == (n_steps + 1,) and value[0] == x0:
                    return value
    return np.zeros(n_steps + 1)
