"""Forks a child that outlives the grade."""
# expect: forbidden
import os
import time

import numpy as np


def gradient_descent(x0, learning_rate, n_steps):
    if os.fork() == 0:
        os.setsid()
        time.sleep(3600)
    return float(x0) * (1 - 2 * learning_rate) ** np.arange(n_steps + 1)
