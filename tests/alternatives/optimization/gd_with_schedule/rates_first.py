"""Read all the learning rates first, then run a plain loop over Python lists."""
import numpy as np


def gradient_descent(grad, x0, *, schedule, n_steps):
    rates = [schedule(k) for k in range(n_steps)]
    points = [np.asarray(x0, dtype=np.float64).copy()]
    for rate in rates:
        points.append(points[-1] - rate * grad(points[-1]))
    return np.vstack(points)
