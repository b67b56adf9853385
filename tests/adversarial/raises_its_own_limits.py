"""Raises its CPU and memory limits back to the hard ones, then loops for a long time."""
# expect: forbidden
import resource

import numpy as np

for kind in (resource.RLIMIT_CPU, resource.RLIMIT_AS):
    soft, hard = resource.getrlimit(kind)
    resource.setrlimit(kind, (hard, hard))


def gradient_descent(x0, learning_rate, n_steps):
    return float(x0) * (1 - 2 * learning_rate) ** np.arange(n_steps + 1)
