"""x0 is never converted to float: with an int x0 and n_steps = 0 the trajectory is an int array.

Start from float(x0): the updates make later entries float, but with no update the start point
alone decides the dtype.
"""
import numpy as np


def newton_1d(df, d2f, x0, *, n_steps):
    xs = [x0]
    for _ in range(n_steps):
        curvature = d2f(xs[-1])
        if curvature == 0:
            raise ValueError("f'' = 0: the parabola has no vertex")
        xs.append(xs[-1] - df(xs[-1]) / curvature)
    return np.array(xs)
