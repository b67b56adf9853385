"""A zero gradient is taken as "converged" and the step skipped, so f'' = 0 there never raises ValueError.

Every update checks f''(x_k) == 0, whatever f'(x_k) is: at x = 0 on f = x⁴ both vanish, and that is an error.
"""
import numpy as np


def newton_1d(df, d2f, x0, *, n_steps):
    xs = [float(x0)]
    for _ in range(n_steps):
        slope = df(xs[-1])
        if slope == 0:
            xs.append(xs[-1])
            continue
        curvature = d2f(xs[-1])
        if curvature == 0:
            raise ValueError("f'' = 0: the parabola has no vertex")
        xs.append(xs[-1] - slope / curvature)
    return np.array(xs)
