"""He with variance 1/fan_in: the ReLU gain √2 is missing (that is LeCun's initialisation).

ReLU zeroes half of its inputs, which halves the variance at every layer; He initialisation
doubles it back: std = √(2 / fan_in).
"""
import math

import numpy as np


def _check(fan_in, fan_out):
    if fan_in < 1 or fan_out < 1:
        raise ValueError("fans must be at least 1")


def xavier_uniform(fan_in, fan_out, *, gain=1.0, seed):
    _check(fan_in, fan_out)
    a = gain * math.sqrt(6.0 / (fan_in + fan_out))
    return np.random.default_rng(seed).uniform(-a, a, size=(fan_in, fan_out))


def xavier_normal(fan_in, fan_out, *, gain=1.0, seed):
    _check(fan_in, fan_out)
    std = gain * math.sqrt(2.0 / (fan_in + fan_out))
    return np.random.default_rng(seed).normal(0.0, std, size=(fan_in, fan_out))


def he_normal(fan_in, fan_out, *, seed):
    _check(fan_in, fan_out)
    std = math.sqrt(1.0 / fan_in)
    return np.random.default_rng(seed).normal(0.0, std, size=(fan_in, fan_out))
