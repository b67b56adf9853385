"""Preallocated zeros and a while loop; the step written as multiplication by 1/f''."""
import numpy as np


def newton_1d(df, d2f, x0, *, n_steps):
    out = np.zeros(n_steps + 1)
    out[0] = x0
    k = 0
    while k < n_steps:
        curvature = d2f(out[k])
        if not curvature:
            raise ValueError("zero second derivative")
        out[k + 1] = out[k] - df(out[k]) * (1.0 / curvature)
        k += 1
    return out
