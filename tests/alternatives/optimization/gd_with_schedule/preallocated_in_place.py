"""Preallocated trajectory filled row by row; the step number is the row the update starts from."""
import numpy as np


def gradient_descent(grad, x0, *, schedule, n_steps):
    out = np.zeros((n_steps + 1, len(x0)))
    out[0] = x0
    row = 0
    while row < n_steps:
        out[row + 1] = out[row]
        out[row + 1] -= schedule(row) * grad(out[row])
        row += 1
    return out
