"""Sign flip: x + f'(x) / f''(x), which moves away from the minimum.

Newton's step goes to the vertex of the local parabola, x − f'(x) / f''(x): with f'' > 0 it
steps against the slope, like gradient descent.
"""
import numpy as np


def newton_1d(df, d2f, x0, *, n_steps):
    trajectory = [float(x0)]
    for _ in range(n_steps):
        x = trajectory[-1]
        if d2f(x) == 0:
            raise ValueError("zero curvature")
        trajectory.append(x + df(x) / d2f(x))
    return np.array(trajectory)
