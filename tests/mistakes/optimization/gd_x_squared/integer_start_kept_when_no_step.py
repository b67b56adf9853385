"""x0 is never converted to float: with an int x0 and n_steps = 0 the trajectory is an int array.

Start the trajectory from float(x0) (or np.array(..., dtype=float)): the updates make later entries
float, but with no update the start point alone decides the dtype.
"""
import numpy as np


def gradient_descent(x0, learning_rate, n_steps):
    xs = [x0]
    for _ in range(n_steps):
        xs.append(xs[-1] - learning_rate * 2 * xs[-1])
    return np.array(xs)
