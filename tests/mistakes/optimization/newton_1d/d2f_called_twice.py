"""Calls d2f twice per step: once for the zero check and again in the division.

Evaluate f''(x) once, keep it in a variable, test it and divide by it: derivatives can be
expensive (a Hessian, in more than one dimension).
"""
import numpy as np

NAMED_BY_MESSAGE = "called d2f 10 times for 5 steps"


def newton_1d(df, d2f, x0, *, n_steps):
    trajectory = [float(x0)]
    for _ in range(n_steps):
        x = trajectory[-1]
        if d2f(x) == 0:
            raise ValueError("zero curvature")
        trajectory.append(x - df(x) / d2f(x))
    return np.array(trajectory)
