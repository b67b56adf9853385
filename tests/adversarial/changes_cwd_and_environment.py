"""Changes the working directory and the environment, and returns the right answer: a pass."""
# expect: passed
import os

import numpy as np


def gradient_descent(x0, learning_rate, n_steps):
    os.chdir("/")
    os.environ["PATH"] = ""
    os.environ["KATAGRAD_HOME"] = "/nonexistent"
    return float(x0) * (1 - 2 * learning_rate) ** np.arange(n_steps + 1)
