"""Tries to read the reference solution, catches the refusal, and returns zeros: still forbidden."""
# expect: forbidden
# expect outside the repository: failed (it looks for the references beside its own file)
import pathlib

import numpy as np

for root in pathlib.Path(__file__).resolve().parents:
    try:
        (root / "solutions" / "optimization" / "gd_x_squared.py").read_text()
    except OSError:
        pass


def gradient_descent(x0, learning_rate, n_steps):
    return np.zeros(n_steps + 1)
