"""Allocates 8 GB."""
# expect: crashed
import numpy as np


def gradient_descent(x0, learning_rate, n_steps):
    hog = np.ones(1024 ** 3)  # 8 GB of float64
    return hog[: n_steps + 1]
