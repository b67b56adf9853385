"""Inverted ratio: x − f''(x) / f'(x) instead of x − f'(x) / f''(x).

The step is the slope divided by the curvature, f'(x) / f''(x): it is small when the slope is
small (near the minimum) and when the curvature is large.
"""
import numpy as np


def newton_1d(df, d2f, x0, *, n_steps):
    trajectory = [float(x0)]
    for _ in range(n_steps):
        x = trajectory[-1]
        if d2f(x) == 0:
            raise ValueError("zero curvature")
        trajectory.append(x - d2f(x) / df(x))
    return np.array(trajectory)
