"""Uses σ(x) = (1 + tanh(x/2)) / 2: no overflow, but 1 + tanh(x/2) cancels to 0 in the negative tail (σ(−40) = 0 instead of 4.25e-18).

tanh(−20) rounds to −1 + 4e-18 = −1 in float64, so the sum loses every digit. The identity is
right; the arithmetic is not. For x < 0 use exp(x) / (1 + exp(x)).
"""
import math

import numpy as np


def sigmoid(x):
    if not isinstance(x, np.ndarray):
        return 0.5 * (1.0 + math.tanh(float(x) / 2.0))
    return 0.5 * (1.0 + np.tanh(np.asarray(x, dtype=float) / 2.0))
