"""x0 is never converted to float: with int entries and n_steps = 0 the trajectory is an int array.

Start from np.array(x0, dtype=float): the updates make later rows float, but with no update the
start point alone decides the dtype.
"""
import numpy as np


def adagrad(grad, x0, *, learning_rate, n_steps, eps=1e-8):
    x = np.array(x0)
    G = np.zeros(len(x))
    rows = [x]
    for _ in range(n_steps):
        g = grad(x)
        G = G + g * g
        x = x - learning_rate * g / (np.sqrt(G) + eps)
        rows.append(x)
    return np.array(rows)
