"""Missing factor 2: the gradient of x² is taken as x instead of 2x.

The derivative of x² is 2x; the update is x − lr·2x.
"""
import numpy as np


def gradient_descent(x0, learning_rate, n_steps):
    trajectory = [float(x0)]
    for _ in range(n_steps):
        trajectory.append(trajectory[-1] - learning_rate * trajectory[-1])
    return np.array(trajectory)
