"""Grows a list of 1 MB arrays without end: page by page, not one huge allocation."""
# expect: crashed
import numpy as np


def gradient_descent(x0, learning_rate, n_steps):
    hoard = []
    while True:
        hoard.append(np.ones(1 << 17))
