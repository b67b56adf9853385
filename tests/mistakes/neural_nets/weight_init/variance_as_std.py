"""Xavier normal with the variance passed as the scale: rng.normal(0, 2/(fan_in + fan_out)).

rng.normal's second argument is the standard deviation: pass √(2 / (fan_in + fan_out)).
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
    std = gain * 2.0 / (fan_in + fan_out)
    return np.random.default_rng(seed).normal(0.0, std, size=(fan_in, fan_out))


def he_normal(fan_in, fan_out, *, seed):
    _check(fan_in, fan_out)
    std = math.sqrt(2.0 / fan_in)
    return np.random.default_rng(seed).normal(0.0, std, size=(fan_in, fan_out))
