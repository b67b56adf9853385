"""ValueError for |f''| below a tolerance (1e-12) instead of only for f'' exactly 0.

The statement raises only for exact zero curvature: a tiny but nonzero f'' is a valid Newton step.
"""
import numpy as np


def newton_1d(df, d2f, x0, *, n_steps):
    xs = [float(x0)]
    for _ in range(n_steps):
        curvature = d2f(xs[-1])
        if abs(curvature) < 1e-12:
            raise ValueError("f'' is (nearly) 0")
        xs.append(xs[-1] - df(xs[-1]) / curvature)
    return np.array(xs)
