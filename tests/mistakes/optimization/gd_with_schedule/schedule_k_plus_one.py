"""Schedule off by one: update k uses schedule(k + 1), so the first rate schedule(0) is never used.

Update k (starting at k = 0) goes from row k to row k + 1 and uses schedule(k): the first
update uses schedule(0), the last schedule(n_steps − 1).
"""
import numpy as np


def gradient_descent(grad, x0, *, schedule, n_steps):
    x = np.array(x0, dtype=float)
    trajectory = [x]
    for k in range(n_steps):
        x = x - schedule(k + 1) * grad(x)
        trajectory.append(x)
    return np.array(trajectory)
