"""Monkeypatches math and builtins (isinstance, abs, len) to lie, then returns zeros.

The worker's own channel uses len(), so this breaks the channel: forbidden, never a pass.
"""
# expect: forbidden
import builtins
import math

import numpy as np

math.isclose = lambda *args, **kwargs: True
builtins.isinstance = lambda *args: True
builtins.abs = lambda x: 0
builtins.len = lambda x: 0


def gradient_descent(x0, learning_rate, n_steps):
    return np.zeros(n_steps + 1)
