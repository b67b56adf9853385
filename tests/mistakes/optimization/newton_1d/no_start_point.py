"""Trajectory without the start point: it returns the n_steps iterates but not x0.

Entry 0 of the trajectory is x0 itself, so it has n_steps + 1 entries.
"""
import numpy as np


def newton_1d(df, d2f, x0, *, n_steps):
    x, trajectory = float(x0), []
    for _ in range(n_steps):
        if d2f(x) == 0:
            raise ValueError("zero curvature")
        x = x - df(x) / d2f(x)
        trajectory.append(x)
    return np.array(trajectory, dtype=float)
