"""x0 is never converted to float: with int entries and n_steps = 0 the trajectory is an int array.

Start from np.array(x0, dtype=float): the updates make later rows float, but with no update the
start point alone decides the dtype.
"""
import numpy as np


def gradient_descent(grad, x0, *, schedule, n_steps):
    x = np.array(x0)
    rows = [x]
    for k in range(n_steps):
        x = x - schedule(k) * grad(x)
        rows.append(x)
    return np.array(rows)
