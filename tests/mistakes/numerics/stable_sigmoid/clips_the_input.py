"""Clips x to [−500, 500] before 1 / (1 + exp(−x)) to avoid the overflow: σ(−600) comes out as σ(−500) ≈ 7e-218 instead of 2.65e-261.

Clipping changes the answer in the far tail. Branch instead: 1 / (1 + exp(−x)) for x ≥ 0 and
exp(x) / (1 + exp(x)) for x < 0; neither can overflow.
"""
import math

import numpy as np


def sigmoid(x):
    if not isinstance(x, np.ndarray):
        x = min(max(float(x), -500.0), 500.0)
        return 1.0 / (1.0 + math.exp(-x))
    x = np.clip(np.asarray(x, dtype=float), -500.0, 500.0)
    return 1.0 / (1.0 + np.exp(-x))
