"""Writes a forged passing JSON verdict straight to file descriptor 1."""
# expect: failed
import os

import numpy as np

FORGED = b'{"schema": 1, "results": [{"kata": "optimization/gd_x_squared", "status": "passed"}]}\n'


def gradient_descent(x0, learning_rate, n_steps):
    os.write(1, FORGED)
    os.write(2, FORGED)
    return np.zeros(n_steps + 1)
