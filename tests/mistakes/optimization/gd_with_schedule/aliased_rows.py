"""Every row is the same array: x is updated in place (x -= ...) and appended each step, so all rows show the last point.

`x -= step` changes the one array that every list entry refers to. Append a copy (x.copy()), or
write x = x - step, which makes a new array, or fill a preallocated (n_steps + 1, d) array row by row.
"""
import numpy as np


def gradient_descent(grad, x0, *, schedule, n_steps):
    x = np.array(x0, dtype=float)
    trajectory = [x]
    for k in range(n_steps):
        x -= schedule(k) * grad(x)
        trajectory.append(x)
    return np.array(trajectory)
