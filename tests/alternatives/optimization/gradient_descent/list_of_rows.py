"""A plain loop over a list of points, stacked at the end."""
import numpy as np


def gradient_descent(grad, x0, *, learning_rate, n_steps):
    point = [float(v) for v in x0]
    points = [point]
    for _ in range(n_steps):
        g = grad(np.array(point))
        point = [p - learning_rate * gi for p, gi in zip(point, g)]
        points.append(point)
    return np.array(points, dtype=np.float64).reshape(n_steps + 1, len(x0))
