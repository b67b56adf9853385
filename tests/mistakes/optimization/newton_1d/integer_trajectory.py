"""Integer trajectory: an int x0 gives an int array, which truncates every iterate.

Build the trajectory as floats (np.empty(n_steps + 1, dtype=float), or float(x0)) whatever type
x0 has.
"""
import numpy as np


def newton_1d(df, d2f, x0, *, n_steps):
    trajectory = np.full(n_steps + 1, x0)
    for k in range(n_steps):
        x = trajectory[k]
        second = d2f(x)
        if second == 0:
            raise ValueError("zero curvature")
        trajectory[k + 1] = x - df(x) / second
    return trajectory
