"""A plain list of Python floats, converted at the end."""
import numpy as np


def newton_1d(df, d2f, x0, *, n_steps):
    x = float(x0)
    points = [x]
    for _ in range(n_steps):
        h = d2f(x)
        if h == 0.0:
            raise ValueError("Newton step undefined: f''(x) == 0")
        g = df(x)
        x -= g / h
        points.append(x)
    return np.array(points, dtype=np.float64)
