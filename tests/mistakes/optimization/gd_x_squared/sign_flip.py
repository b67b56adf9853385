"""Sign flip: the update climbs the gradient (x + lr·f'(x)) instead of descending it.

Check the sign of the update: gradient descent steps against the gradient, x − lr·2x.
"""
import numpy as np


def gradient_descent(x0, learning_rate, n_steps):
    trajectory = [float(x0)]
    for _ in range(n_steps):
        trajectory.append(trajectory[-1] + learning_rate * 2 * trajectory[-1])
    return np.array(trajectory)
