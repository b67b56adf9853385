"""Prints 16 MB on every call (hundreds of MB in all), and returns the right answer: a pass."""
# expect: passed
import sys

import numpy as np

LINE = "x" * 1023 + "\n"


def gradient_descent(x0, learning_rate, n_steps):
    sys.stdout.write(LINE * 16 * 1024)
    return float(x0) * (1 - 2 * learning_rate) ** np.arange(n_steps + 1)
