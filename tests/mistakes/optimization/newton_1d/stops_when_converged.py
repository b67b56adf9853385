"""Stops early: it breaks out of the loop once f'(x) is (nearly) zero, returning a short trajectory.

Always make exactly n_steps updates: at the minimum the Newton step is 0, so the iterates simply
stay there, and the trajectory keeps its n_steps + 1 entries.
"""
import numpy as np


def newton_1d(df, d2f, x0, *, n_steps):
    trajectory = [float(x0)]
    for _ in range(n_steps):
        x = trajectory[-1]
        slope = df(x)
        if abs(slope) < 1e-12:
            break
        second = d2f(x)
        if second == 0:
            raise ValueError("zero curvature")
        trajectory.append(x - slope / second)
    return np.array(trajectory)
