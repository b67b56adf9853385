"""Gradient step instead of Newton step: x − f'(x), without dividing by f''(x).

Newton's step divides the slope by the curvature: x − f'(x) / f''(x). That is what makes it
jump straight to the minimum of a parabola, whatever its width.
"""
import numpy as np


def newton_1d(df, d2f, x0, *, n_steps):
    trajectory = [float(x0)]
    for _ in range(n_steps):
        x = trajectory[-1]
        if d2f(x) == 0:
            raise ValueError("zero curvature")
        trajectory.append(x - df(x))
    return np.array(trajectory)
