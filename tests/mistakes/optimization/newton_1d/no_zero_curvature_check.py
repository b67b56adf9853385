"""No check for zero curvature: dividing by f''(x) = 0 raises ZeroDivisionError (or gives inf), not ValueError.

Test the curvature before dividing: if d2f(x) == 0, raise ValueError with a message saying the
Newton step is undefined there.
"""
import numpy as np

NAMED_BY_MESSAGE = "should raise ValueError"


def newton_1d(df, d2f, x0, *, n_steps):
    trajectory = [float(x0)]
    for _ in range(n_steps):
        x = trajectory[-1]
        trajectory.append(x - df(x) / d2f(x))
    return np.array(trajectory)
