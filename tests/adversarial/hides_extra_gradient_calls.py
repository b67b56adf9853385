"""Calls grad twice per step, then rebinds the worker's callable stand-in so any count the worker
reported would look right: the grader counts the calls itself."""
# expect: failed
# kata: optimization/gradient_descent
import sys

import numpy as np

worker = sys.modules["gra" + "der.sandbox.worker"]
worker.Callback.__repr__ = lambda self: "grad"


def gradient_descent(grad, x0, *, learning_rate, n_steps):
    x = np.array(x0, dtype=float)
    trajectory = [x.copy()]
    for _ in range(n_steps):
        grad(x)
        x = x - learning_rate * grad(x)
        trajectory.append(x.copy())
    return np.array(trajectory)
