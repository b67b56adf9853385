"""A plain Python loop over floats, converted at the end."""
import numpy as np


def gradient_descent(x0, learning_rate, n_steps):
    x = x0
    points = [x]
    for step in range(n_steps):
        x = x - learning_rate * (2 * x)
        points.append(x)
    return np.asarray(points, dtype=np.float64)
