"""Writes a sitecustomize.py into site-packages to tamper with every later Python start."""
# expect: forbidden
import site

import numpy as np

with open(site.getsitepackages()[0] + "/sitecustomize_planted.py", "w") as planted:
    planted.write("print('planted')\n")


def gradient_descent(x0, learning_rate, n_steps):
    return np.zeros(n_steps + 1)
