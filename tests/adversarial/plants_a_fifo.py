"""Plants a FIFO where the grader would later read a module, to hang every later grading."""
# expect: forbidden
import os
import sys

import numpy as np

repo = os.path.dirname(os.path.dirname(sys.modules["gra" + "der"].__file__))
os.mkfifo(os.path.join(repo, "tests", "mistakes", "optimization", "gd_x_squared", "zz_fifo.py"))


def gradient_descent(x0, learning_rate, n_steps):
    return np.zeros(n_steps + 1)
