"""Prints 30 MB, and returns the right answer: still a pass."""
# expect: passed
import sys

import numpy as np


def gradient_descent(x0, learning_rate, n_steps):
    sys.stdout.write("x" * 3_000_000)
    return float(x0) * (1 - 2 * learning_rate) ** np.arange(n_steps + 1)
